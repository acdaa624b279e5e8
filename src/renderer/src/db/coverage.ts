// Coverage over time and across borders (issue 20), for the news map: country counts of a time range, daily series
// for sparklines and "rising", and the per-country card of who covers whom (the matrix: coverage-matrix.ts). Read from
// the per-day counters (day-counts.ts) where they answer; scanned from the list rows otherwise.
import type { CountryCode } from '../../../shared/model'
import { tag } from './article-tags'
import { dailySeries, dayOf, daysBetween, facetCountsSince } from './day-counts'
import { matrixView } from './coverage-matrix'
import type { MeridianDb } from './schema'
import { isUnreadView, type View } from './view'

export { coverageMatrix, NO_OUTLET, type CoverageMatrix } from './coverage-matrix'
import { scanMembership } from './view-query'

/** The scope whose day rows hold the view's country counts (the view without its country filter), or undefined
 *  when none does: unread within a topic or outlet, two topics, a topic and an outlet, an excluded outlet, a feed. */
export function dayScopeOfView(view: View): string | undefined {
  const isLibrary = view.scope.kind === 'all' || view.scope.kind === 'unread' || view.scope.kind === 'today'
  if (!isLibrary || view.excludeOutlets?.length) return undefined
  const topics = [...new Set(view.topics ?? [])]
  const outlets = [...new Set(view.outlets ?? [])]
  if (topics.length + outlets.length === 0) return isUnreadView(view) ? tag.unread(tag.all) : tag.all
  if (topics.length + outlets.length > 1 || isUnreadView(view)) return undefined
  return topics.length ? tag.topic(topics[0]) : tag.outlet(outlets[0])
}

/**
 * Articles about each country in the view from `since` (local midnight of the range's first day) on, counted without
 * the view's country filter as the country facet is; undefined when the day counters cannot answer (the caller
 * then scans, facets.ts). With includeMentions a country also counts the articles that only mention it.
 */
export async function countriesSince(db: MeridianDb, view: View, since: Date): Promise<Map<CountryCode, number> | undefined> {
  const scope = dayScopeOfView(view)
  if (!scope) return undefined
  const sums = await facetCountsSince(db.counters, scope, dayOf(since.toISOString()))
  const out = new Map<CountryCode, number>()
  for (const [k, n] of sums) {
    const isCounted = k.startsWith('c:') || (view.includeMentions === true && k.startsWith('n:'))
    if (isCounted && n > 0) out.set(k.slice(2), (out.get(k.slice(2)) ?? 0) + n)
  }
  return out
}

/** Daily article counts of the whole library over the `days` days ending today (oldest first), per country
 *  ('c:FR'), topic ('t:sport'), outlet country ('o:GB') and mentioned country ('n:DE'): sparklines and rising. */
export async function dailyCounts(db: MeridianDb, days: number, today = new Date()): Promise<{ days: string[]; series: Map<string, number[]> }> {
  const first = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1))
  const list = daysBetween(first, today)
  return { days: list, series: await dailySeries(db.counters, tag.all, list) }
}

/** Who covers one country in the view: from inside (outlets of that country), from abroad, from outlets of no
 *  known country, and the feeds that published most about it. One scan of the country's list rows. */
export interface CountryCoverage {
  total: number
  inside: number
  abroad: number
  unknown: number
  topFeeds: [feedId: string, count: number][]
}

export async function countryCoverage(db: MeridianDb, view: View, code: CountryCode, feedsShown = 5): Promise<CountryCoverage> {
  const { total, counts } = await scanMembership(db, { ...matrixView(view), countries: [code] })
  let inside = 0
  let abroad = 0
  const feeds: [string, number][] = []
  for (const [k, n] of counts) {
    if (k === tag.outlet(code)) inside = n
    else if (k.startsWith('o:')) abroad += n
    else if (k.startsWith('f:')) feeds.push([k.slice(2), n])
  }
  feeds.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return { total, inside, abroad, unknown: total - inside - abroad, topFeeds: feeds.slice(0, feedsShown) }
}
