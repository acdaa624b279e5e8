// Coverage over time and across borders (issue 20), for the news map: country counts of a time range, daily series
// for sparklines and "rising", and who covers whom (outlet country × about-country). Read from the per-day counters
// (day-counts.ts) and the scope counters where they answer; scanned from the list rows otherwise.
import type { CountryCode } from '../../../shared/model'
import { tag } from './article-tags'
import { dailySeries, dayOf, daysBetween, facetCountsSince } from './day-counts'
import { readFacetCounts } from './counters'
import type { MeridianDb } from './schema'
import { isUnreadView, type View } from './view'
import { chooseDriver, listRange, scanMembership } from './view-query'

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

/** Outlet country (rows) × about-country (columns): how many articles of the view each outlet country published
 *  about each country. NO_OUTLET stands for feeds with no outlet country set. */
export type CoverageMatrix = Map<string, Map<CountryCode, number>>
export const NO_OUTLET = '?'

/** The view the matrix counts: its scope, unread switch, topics and date, without its country and outlet filters
 *  (they are the matrix's own axes, as the facets count each axis without its own filter). */
function matrixView(view: View): View {
  return { scope: view.scope, unreadOnly: view.unreadOnly, topics: view.topics }
}

/** Who covers whom in the view: from the outlet counters for the whole library or its unread part, from the outlet
 *  countries' day rows for a date range, from the feeds' counters for a feed or a folder, scanned from the list rows
 *  otherwise (a topic, Starred, a label). */
export async function coverageMatrix(db: MeridianDb, view: View): Promise<CoverageMatrix> {
  const base = matrixView(view)
  const fromCounters = (await matrixFromCounters(db, base)) ?? (await matrixFromFeedCounters(db, base))
  return fromCounters ?? matrixFromScan(db, base)
}

/** A feed's or a folder's matrix from each feed's counter: a feed's articles share its outlet country, so the
 *  feed's country counts are its row. Undefined (scan) for a topic within the feeds, or a feed whose articles carry
 *  more than one outlet country (its outlet changed and not all its articles were re-tagged). */
async function matrixFromFeedCounters(db: MeridianDb, view: View): Promise<CoverageMatrix | undefined> {
  const s = view.scope
  const feedIds = s.kind === 'feed' ? [s.feedId] : s.kind === 'folder' ? [...new Set(s.feedIds)] : undefined
  if (!feedIds || view.topics?.length) return undefined
  const scope = (id: string) => (isUnreadView(view) ? tag.unread(tag.feed(id)) : tag.feed(id))
  const matrix: CoverageMatrix = new Map()
  for (const row of await db.counters.bulkGet(feedIds.map(scope))) {
    if (!row) continue
    const outlets = Object.entries(row.f ?? {}).filter(([k, n]) => k.startsWith('o:') && n > 0)
    if (outlets.length > 1 || (outlets.length === 1 && outlets[0][1] !== row.n)) return undefined
    const outlet = outlets.length ? outlets[0][0].slice(2) : NO_OUTLET
    const cells = matrix.get(outlet) ?? new Map<CountryCode, number>()
    for (const [c, n] of countriesOf(new Map(Object.entries(row.f ?? {})))) cells.set(c, (cells.get(c) ?? 0) + n)
    matrix.set(outlet, cells)
  }
  return matrix
}

async function matrixFromCounters(db: MeridianDb, view: View): Promise<CoverageMatrix | undefined> {
  if (view.topics?.length) return undefined
  const unread = isUnreadView(view)
  const kind = view.scope.kind
  if (kind === 'today' && unread) return undefined
  if (kind !== 'all' && kind !== 'unread' && kind !== 'today') return undefined
  const since = kind === 'today' ? dayOf(view.scope.since) : undefined
  const scopeOf = (t: string) => (unread ? tag.unread(t) : t)
  const read = (t: string) => (since ? facetCountsSince(db.counters, t, since) : readFacetCounts(db.counters, scopeOf(t)))
  const whole = await read(tag.all)
  const outlets = [...whole.keys()].filter((k) => k.startsWith('o:'))
  const rows = await Promise.all(outlets.map(read))
  const matrix: CoverageMatrix = new Map()
  const unknown = new Map(countriesOf(whole))
  outlets.forEach((o, i) => {
    const row = countriesOf(rows[i])
    matrix.set(o.slice(2), row)
    for (const [c, n] of row) unknown.set(c, (unknown.get(c) ?? 0) - n)
  })
  for (const [c, n] of unknown) if (n <= 0) unknown.delete(c)
  if (unknown.size) matrix.set(NO_OUTLET, unknown)
  return matrix
}

function countriesOf(counts: Map<string, number>): Map<CountryCode, number> {
  const out = new Map<CountryCode, number>()
  for (const [k, n] of counts) if (k.startsWith('c:') && n > 0) out.set(k.slice(2), n)
  return out
}

/** One pass over the view's list rows, pairing each row's outlet country with each country it is about. */
async function matrixFromScan(db: MeridianDb, view: View): Promise<CoverageMatrix> {
  const matrix: CoverageMatrix = new Map()
  const d = await chooseDriver(db, view)
  if (d.plan.isEmpty) return matrix
  const seen = d.tags.length > 1 ? new Set<string>() : undefined
  for (const t of d.tags) {
    for (const row of await listRange(db, t, d.plan.since, false).toArray()) {
      if (d.test && !d.test(row.m)) continue
      if (seen) {
        if (seen.has(row.s)) continue // a starred article under two tags counts once
        seen.add(row.s)
      }
      const tokens = row.m.split(' ')
      const outlet = tokens.find((k) => k.startsWith('o:'))?.slice(2) ?? NO_OUTLET
      let cells = matrix.get(outlet)
      if (!cells) matrix.set(outlet, (cells = new Map()))
      for (const k of tokens) if (k.startsWith('c:')) cells.set(k.slice(2), (cells.get(k.slice(2)) ?? 0) + 1)
    }
  }
  return matrix
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
