// Daily counts of one view (issue 20), for the sparklines and "rising": how many of the view's articles were
// published on each of the last days, per facet tag ('c:FR', 't:sport', 'o:GB', 'n:DE'). Callers drop the filter of
// the facet they draw, as the facet counts do (a country's series over the view without its country filter). From
// the view's own day rows when the day counters keep its scope (the whole library, its unread part, one topic, one
// outlet country, with no country filter: day-counts.ts); otherwise from one bounded scan of the view's list rows
// over those days (a feed, a folder, Starred, unread within a topic, two topics, a country). A view with no day rows
// and more than DAILY_SCAN_LIMIT articles in the window shows the whole library's counts instead, and says so
// (basis 'library'), rather than a scan that grows with the library.
import { tag } from './article-tags'
import { dayScopeOfView } from './coverage'
import { dailySeries, dayOf, daysBetween } from './day-counts'
import type { MeridianDb } from './schema'
import type { View } from './view'
import { chooseDriver, listRange } from './view-query'

/** List rows a scan reads at most (about 100 ms in Chromium on a quiet machine). */
export const DAILY_SCAN_LIMIT = 10_000

export interface ViewDaily {
  /** Local days, oldest first; the last is today. */
  days: string[]
  /** Facet tag → one count per day. With "also articles that only mention it", 'c:' counts include the mentions. */
  series: Map<string, number[]>
  /** 'view': counted in the view; 'library': the whole library's counts, the view being too large to scan. */
  basis: 'view' | 'library'
}

/** The view's daily counts over the `days` local days ending today (`limit`: rows a scan may read). */
export async function viewDailyCounts(db: MeridianDb, view: View, days: number, today = new Date(), limit = DAILY_SCAN_LIMIT): Promise<ViewDaily> {
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1))
  const list = daysBetween(start, today)
  const counted: View = { ...view, order: undefined, showHidden: undefined }
  const scope = view.countries?.length ? undefined : dayScopeOfView(counted)
  const scanned = scope ? undefined : await scanDaily(db, counted, start, list, limit)
  const basis = scope || scanned ? 'view' : 'library'
  const series = scanned ?? (await dailySeries(db.counters, scope ?? tag.all, list))
  return { days: list, series: basis === 'view' && view.includeMentions ? withMentions(series) : series, basis }
}

/** The series with each country's mentions added to its 'c:' series, as the country facet counts with mentions on. */
function withMentions(series: Map<string, number[]>): Map<string, number[]> {
  const out = new Map(series)
  for (const [k, counts] of series) {
    if (!k.startsWith('n:')) continue
    const about = `c:${k.slice(2)}`
    const base = out.get(about) ?? counts.map(() => 0)
    out.set(about, base.map((n, i) => n + counts[i]))
  }
  return out
}

/** One pass over the view's list rows published from `start` on, each counted on its local day; undefined when the
 *  view's driving lists hold more than `limit` rows there. */
async function scanDaily(db: MeridianDb, view: View, start: Date, days: string[], limit: number): Promise<Map<string, number[]> | undefined> {
  const series = new Map<string, number[]>()
  const d = await chooseDriver(db, view)
  if (d.plan.isEmpty) return series
  const from = start.toISOString()
  const since = d.plan.since !== undefined && d.plan.since > from ? d.plan.since : from
  const index = new Map(days.map((day, i) => [day, i]))
  const seen = d.tags.length > 1 ? new Set<string>() : undefined // an article under two of the tags counts once
  let read = 0
  for (const t of d.tags) {
    const rows = await listRange(db, t, since, false)
      .limit(limit + 1 - read)
      .toArray()
    read += rows.length
    if (read > limit) return undefined
    for (const row of rows) {
      if ((d.test && !d.test(row.m)) || seen?.has(row.s)) continue
      seen?.add(row.s)
      const i = index.get(dayOf(row.s.slice(0, row.s.indexOf('|'))))
      if (i === undefined) continue // published after today
      for (const k of row.m.split(' ')) {
        if (!/^[ctno]:/.test(k)) continue
        let counts = series.get(k)
        if (!counts) series.set(k, (counts = days.map(() => 0)))
        counts[i]++
      }
    }
  }
  return series
}
