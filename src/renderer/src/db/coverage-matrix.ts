// Who covers whom (issue 20): outlet country (rows) × about-country (columns) for a view, from counters wherever a
// view has them: the outlet counters for the whole library, its unread part or a date range (their day rows), the
// topic × outlet counters for one topic in those (coverage-scopes.ts), the feeds' counters for a feed or a folder.
// Any other view (Starred, a label, two topics, a topic within a feed, unread within a date range) is counted from
// its newest MATRIX_SCAN_LIMIT list rows, and the result says so.
import type { CountryCode } from '../../../shared/model'
import { tag } from './article-tags'
import { readFacetCounts } from './counters'
import { topicOutletScope } from './coverage-scopes'
import { MIGRATIONS_TABLE, type MigrationRow } from './data-migrations'
import { dayOf, facetCountsSince } from './day-counts'
import { TOPIC_OUTLETS_STEP } from './migrations/data-steps'
import type { ListRow, MeridianDb } from './schema'
import { isUnreadView, type View } from './view'
import { chooseDriver, listRange } from './view-query'

/** Outlet country → about-country → articles. NO_OUTLET stands for feeds with no outlet country set. */
export type CoverageMatrix = Map<string, Map<CountryCode, number>>
export const NO_OUTLET = '?'

/** List rows a view without counters is counted from at most, newest first (about 100 ms in Chromium, quiet). */
const MATRIX_SCAN_LIMIT = 10_000

export interface CoverageResult {
  cells: CoverageMatrix
  /** Set when the view has no counters and more rows than the limit: only its newest `newestOnly` rows counted. */
  newestOnly?: number
}

/** The view the matrix counts: its scope, unread switch, topics and date, without its country and outlet filters
 *  (they are the matrix's own axes, as the facets count each axis without its own filter). */
export function matrixView(view: View): View {
  return { scope: view.scope, unreadOnly: view.unreadOnly, topics: view.topics }
}

/** Who covers whom in the view (`limit`: list rows a view without counters is counted from). */
export async function coverageMatrix(db: MeridianDb, view: View, limit = MATRIX_SCAN_LIMIT): Promise<CoverageResult> {
  const base = matrixView(view)
  const fromCounters = (await matrixFromCounters(db, base)) ?? (await matrixFromFeedCounters(db, base))
  return fromCounters ? { cells: fromCounters } : matrixFromScan(db, base, limit)
}

/** True once version 32's step has counted the stored articles into the topic × outlet counters. */
async function topicCountersReady(db: MeridianDb): Promise<boolean> {
  const row = await db.table<MigrationRow, string>(MIGRATIONS_TABLE).get(TOPIC_OUTLETS_STEP)
  return !row || row.done === 1
}

/** The whole library, its unread part or a date range, within at most one topic: the base scope's outlet tags give
 *  the rows, each from its own counter (or day rows); what no outlet row holds is NO_OUTLET's. */
async function matrixFromCounters(db: MeridianDb, view: View): Promise<CoverageMatrix | undefined> {
  const topics = [...new Set(view.topics ?? [])]
  const unread = isUnreadView(view)
  const kind = view.scope.kind
  if (topics.length > 1 || (kind !== 'all' && kind !== 'unread' && kind !== 'today') || (kind === 'today' && unread)) return undefined
  if (topics.length && !(await topicCountersReady(db))) return undefined
  const since = kind === 'today' ? dayOf(view.scope.since) : undefined
  const base = topics.length ? tag.topic(topics[0]) : tag.all
  const scopeOf = (s: string) => (unread ? tag.unread(s) : s)
  const read = (s: string) => (since ? facetCountsSince(db.counters, s, since) : readFacetCounts(db.counters, scopeOf(s)))
  const whole = await read(base)
  const outlets = [...whole.keys()].filter((k) => k.startsWith('o:') && (whole.get(k) ?? 0) > 0)
  const rows = await Promise.all(outlets.map((o) => read(topics.length ? topicOutletScope(base, o) : o)))
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

/** A feed's or a folder's matrix from each feed's counter: a feed's articles share its outlet country, so the
 *  feed's country counts are its row. Undefined for a topic within the feeds, or a feed whose articles carry more
 *  than one outlet country (its outlet changed and not all its articles were re-tagged). */
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

function countriesOf(counts: Map<string, number>): Map<CountryCode, number> {
  const out = new Map<CountryCode, number>()
  for (const [k, n] of counts) if (k.startsWith('c:') && n > 0) out.set(k.slice(2), n)
  return out
}

/** The newest `limit` rows of the view's driving lists (each article once), each row's outlet country paired with
 *  each country it is about when the row passes the view's other filters. */
async function matrixFromScan(db: MeridianDb, view: View, limit: number): Promise<CoverageResult> {
  const cells: CoverageMatrix = new Map()
  const d = await chooseDriver(db, view)
  if (d.plan.isEmpty) return { cells }
  const read = await Promise.all(d.tags.map((t) => listRange(db, t, d.plan.since, true).limit(limit + 1).toArray()))
  const rows = newestDistinct(read)
  for (const row of rows.slice(0, limit)) {
    if (d.test && !d.test(row.m)) continue
    const tokens = row.m.split(' ')
    const outlet = tokens.find((k) => k.startsWith('o:'))?.slice(2) ?? NO_OUTLET
    let counts = cells.get(outlet)
    if (!counts) cells.set(outlet, (counts = new Map()))
    for (const k of tokens) if (k.startsWith('c:')) counts.set(k.slice(2), (counts.get(k.slice(2)) ?? 0) + 1)
  }
  return rows.length > limit ? { cells, newestOnly: limit } : { cells }
}

/** Rows of several lists, newest first, an article under two of them once. */
function newestDistinct(lists: ListRow[][]): ListRow[] {
  if (lists.length === 1) return lists[0]
  const bySortKey = new Map<string, ListRow>()
  for (const list of lists) for (const row of list) bySortKey.set(row.s, row)
  return [...bySortKey.values()].sort((a, b) => (a.s < b.s ? 1 : a.s > b.s ? -1 : 0))
}
