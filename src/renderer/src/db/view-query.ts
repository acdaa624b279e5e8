// Reads a View from the lists index (schema.ts): the first page (for a quick first paint), the whole ordered key list
// (for the virtualized list), and membership scans (for facet counts). One tag group drives: its ranges are read in
// sortKey order, and the other groups are checked on each row's `m` string, so no article is read to filter.
import { Dexie } from 'dexie'
import { counterKeyOfTag, readFacetCounts, readTotals } from './counters'
import { idOfSortKey, tag } from './article-tags'
import { makeMembershipTest, planView, type Group, type Plan, type View } from './view'
import type { MeridianDb, StoredArticle } from './schema'

export interface Driver {
  plan: Plan
  /** Lists whose ranges are read. */
  tags: string[]
  test?: (m: string) => boolean
  /** One counter holds the driving lists' size (mentioned-country lists have none). */
  isCounted: boolean
  /** The driving lists' rows, when read from the counters (views of several groups). */
  size?: number
  /** How many of those rows are in the view, when the counters hold it (see countScopeOf): a read stops once it found
   *  them all, instead of reading the rest of the driving list to learn that nothing else matches. */
  matches?: number
}

const isMention = (t: string) => t.startsWith('n:')

/** Articles in a group's lists (summed: an upper bound when they overlap), from the counters. A mentioned country's
 *  list has no counter of its own: its size is the 'all' counter's count of that facet tag. */
export async function groupSize(db: MeridianDb, g: Group): Promise<number> {
  const counted = g.tags.filter((t) => !isMention(t))
  const mentioned = g.tags.filter(isMention)
  const [sizes, all] = await Promise.all([readTotals(db.counters, counted.map(counterKeyOfTag)), mentioned.length ? readFacetCounts(db.counters, tag.all) : undefined])
  return sizes.reduce((a, b) => a + b, 0) + mentioned.reduce((sum, t) => sum + (all?.get(t) ?? 0), 0)
}

/**
 * The counter that holds a view's size: scope and, for two filters, the facet tag counted within it ('u:c:FR' and
 * 't:sport' for unread articles about France and sport). Only views of single-valued filters, at most two besides
 * unread, with no mentions, exclusions or 'today', have one; otherwise undefined.
 */
function countScopeOf(plan: Plan): { scope: string; facet?: string } | undefined {
  if (plan.since !== undefined || plan.excluded.length > 0 || plan.isEmpty) return undefined
  const unread = tag.unread(tag.all)
  const filters = plan.groups.filter((g) => g.tags[0] !== unread && g.tags[0] !== tag.all)
  if (filters.length > 2 || filters.some((g) => g.tags.length !== 1 || isMention(g.tags[0]))) return undefined
  const scoped = (t: string) => (plan.isUnread ? tag.unread(t) : t)
  const [a, b] = filters.map((g) => g.tags[0])
  if (a === undefined) return { scope: scoped(tag.all) }
  if (b === undefined) return { scope: scoped(a) }
  // Within a scope, counters count country, topic and outlet tags (counters.ts): one of the two must be one.
  const isFacet = (t: string) => /^[cto]:/.test(t)
  if (isFacet(b)) return { scope: scoped(a), facet: b }
  return isFacet(a) ? { scope: scoped(b), facet: a } : undefined
}

/** The view's size from the counters, when they hold it (countScopeOf). */
async function countMatches(db: MeridianDb, plan: Plan): Promise<number | undefined> {
  const at = countScopeOf(plan)
  if (!at) return undefined
  const row = await db.counters.get(at.scope)
  return at.facet === undefined ? (row?.n ?? 0) : (row?.f?.[at.facet] ?? 0)
}

/** Picks the group with the fewest rows to drive the scan ('all' only drives alone). A view with one group (one
 *  list, or one facet filter on the whole library) has no choice to make, so no counter is read: that read would be
 *  a whole IndexedDB round trip ahead of the list's first page. */
export async function chooseDriver(db: MeridianDb, view: View): Promise<Driver> {
  const plan = planView(view)
  // Hidden articles are only in 'h' (issue 19): read beside the first group's lists, with every group tested on `m`.
  if (view.showHidden) return { plan, tags: [...plan.groups[0].tags, tag.hidden], test: makeMembershipTest(plan.groups.filter((g) => g.isCheckable), plan.excluded), isCounted: false }
  const drive = (g: Group, others: Group[]): Driver => ({ plan, tags: g.tags, test: makeMembershipTest(others, plan.excluded), isCounted: !g.tags.some(isMention) })
  if (plan.groups.length < 2) return drive(plan.groups[0], [])
  const [sizes, matches] = await Promise.all([Promise.all(plan.groups.map((g) => groupSize(db, g))), countMatches(db, plan)])
  const best = sizes.indexOf(Math.min(...sizes))
  return { ...drive(plan.groups[best], plan.groups.filter((_, i) => i !== best)), size: sizes[best], matches }
}

/** A list's index range, newest (or oldest) first, from `since`, strictly past `after`. */
export function listRange(db: MeridianDb, t: string, since: string | undefined, newest: boolean, after?: string) {
  const lo: [string, unknown] = [t, !newest && after !== undefined ? after : (since ?? Dexie.minKey)]
  const hi: [string, unknown] = [t, newest && after !== undefined ? after : Dexie.maxKey]
  const c = db.lists.where('k').between(lo, hi, newest || after === undefined, !newest || after === undefined)
  return newest ? c.reverse() : c
}

interface ListedRow {
  sortKey: string
  m: string
}

/** Rows of several tags merged in sortKey order, each article once, read in batches. Keys only when no membership
 *  string needs testing: a key read is cheaper than a row read. */
async function* mergedRows(db: MeridianDb, d: Driver, newest: boolean, batch: number, start?: string): AsyncGenerator<ListedRow> {
  const heads = d.tags.map((t) => ({ t, rows: [] as ListedRow[], i: 0, after: start, done: false }))
  const read = async (t: string, after: string | undefined): Promise<ListedRow[]> => {
    const r = listRange(db, t, d.plan.since, newest, after).limit(batch)
    return d.test ? (await r.toArray()).map((row) => ({ sortKey: row.s, m: row.m })) : (await r.primaryKeys()).map((sortKey) => ({ sortKey, m: '' }))
  }
  const fill = async (h: (typeof heads)[number]) => {
    if (h.i < h.rows.length || h.done) return
    h.rows = await read(h.t, h.after)
    h.i = 0
    if (h.rows.length < batch) h.done = true
    if (h.rows.length) h.after = h.rows[h.rows.length - 1].sortKey
  }
  let last: string | undefined
  for (;;) {
    await Promise.all(heads.map(fill))
    let pick: (typeof heads)[number] | undefined
    for (const h of heads) {
      if (h.i >= h.rows.length) continue
      const k = h.rows[h.i].sortKey
      if (!pick || (newest ? k > pick.rows[pick.i].sortKey : k < pick.rows[pick.i].sortKey)) pick = h
    }
    if (!pick) return
    const row = pick.rows[pick.i++]
    if (row.sortKey !== last) yield row // the same article under two tags of the group (FR and DE) comes once
    last = row.sortKey
  }
}

/** Rows read per request for `want` keys. A tested list (unread in a country, country + topic) rejects some of its
 *  rows, so it reads more at once: as many as the counters say hold `want` matches (a fifth more), else four times
 *  `want`. Each further request is a round trip, and small rows are cheap. */
function batchFor(d: Driver, want: number): number {
  if (!d.test) return Math.min(Math.max(want + 1, 50), 1000)
  const perMatch = d.matches && d.size ? d.size / d.matches : 4
  return Math.min(1000, Math.max(200, Math.ceil((want + 1) * perMatch * 1.2)))
}

/** True once a scan has found every row of the view (the counters said how many there are). */
const foundAll = (d: Driver, found: number) => d.matches !== undefined && found >= d.matches

/** The first `limit` articles of the view. */
export async function firstPage(db: MeridianDb, view: View, limit: number): Promise<StoredArticle[]> {
  return (await listHead(db, view, limit, limit)).rows
}

export interface ListHead {
  /** The first `rowLimit` articles. */
  rows: StoredArticle[]
  /** The first `keyLimit` sortKeys. */
  keys: string[]
  hasMore: boolean
  /** The view's size when one counter holds it, else undefined. */
  total?: number
}

/** The top of a view in one pass over its driving tag: articles for the first paint, sortKeys for the rest of
 *  the head, whether more follow, and the size when known. */
export async function listHead(db: MeridianDb, view: View, rowLimit: number, keyLimit: number): Promise<ListHead> {
  // The counters and the rows are separate reads: a write landing between them can make the scan stop short, and
  // the same write makes the open list's live query read again.
  const d = await chooseDriver(db, view)
  if (d.plan.isEmpty) return { rows: [], keys: [], hasMore: false, total: 0 }
  // The size is read alongside the scan, not after it: each read that waits for another is a round trip.
  // A folder's feeds never share an article, so its size is the sum of its feeds' counters (issue 17).
  const isDisjoint = d.tags.length === 1 || d.tags.every((t) => /^(?:u:)?f:/.test(t))
  const isCounted = d.isCounted && !d.test && !d.plan.since && isDisjoint
  const total = isCounted ? readTotals(db.counters, d.tags.map(counterKeyOfTag)).then((n) => n.reduce((sum, x) => sum + x, 0)) : undefined
  const keys: string[] = []
  for await (const row of mergedRows(db, d, (view.order ?? 'newest') === 'newest', batchFor(d, keyLimit))) {
    if (!d.test || d.test(row.m)) keys.push(row.sortKey)
    if (keys.length > keyLimit || foundAll(d, keys.length)) break
  }
  const rows = await db.articles.bulkGet(keys.slice(0, rowLimit).map(idOfSortKey))
  return { rows: rows.filter((a): a is StoredArticle => a !== undefined), keys: keys.slice(0, keyLimit), hasMore: keys.length > keyLimit, total: (await total) ?? d.matches }
}

/** The view's sortKeys after `after` (from the top without it), up to `limit`, and whether more follow. Reads
 *  about `limit` rows for a single tag; more when a filter rejects rows of the driving tag. */
export async function listKeys(db: MeridianDb, view: View, limit: number, after?: string): Promise<{ keys: string[]; hasMore: boolean }> {
  const d = await chooseDriver(db, view)
  if (d.plan.isEmpty) return { keys: [], hasMore: false }
  const keys: string[] = []
  // Past `after`, the matches already listed are not counted here: the counters only stop the first page's scan.
  const scan = after === undefined ? d : { ...d, matches: undefined }
  for await (const row of mergedRows(db, d, (view.order ?? 'newest') === 'newest', batchFor(d, limit), after)) {
    if (!d.test || d.test(row.m)) keys.push(row.sortKey)
    if (keys.length > limit || foundAll(scan, keys.length)) break
  }
  return { keys: keys.slice(0, limit), hasMore: keys.length > limit }
}

/** Every sortKey of the view, in list order (mark all as read). Keys only when no row needs checking. */
export async function viewSortKeys(db: MeridianDb, view: View): Promise<string[]> {
  const d = await chooseDriver(db, view)
  if (d.plan.isEmpty) return []
  const parts = await Promise.all(
    d.tags.map(async (t) => {
      const r = listRange(db, t, d.plan.since, false)
      if (!d.test) return r.primaryKeys()
      const test = d.test
      return (await r.toArray()).filter((row) => test(row.m)).map((row) => row.s)
    }),
  )
  let keys = parts.length === 1 ? parts[0] : [...new Set(parts.flat())].sort()
  if ((view.order ?? 'newest') === 'newest') keys = keys.reverse()
  return keys
}

export const articleIdsOf = (sortKeys: string[]): string[] => sortKeys.map(idOfSortKey)

/** How many of the view's articles carry each facet tag (c:, t:, o:, f:, n:), and the view's size. */
export async function scanMembership(db: MeridianDb, view: View): Promise<{ total: number; counts: Map<string, number> }> {
  const d = await chooseDriver(db, view)
  const counts = new Map<string, number>()
  if (d.plan.isEmpty) return { total: 0, counts }
  const seen = d.tags.length > 1 ? new Set<string>() : undefined
  let total = 0
  for (const t of d.tags) {
    const rows = await listRange(db, t, d.plan.since, false).toArray()
    for (const row of rows) {
      if (d.test && !d.test(row.m)) continue
      if (seen) {
        if (seen.has(row.s)) continue
        seen.add(row.s)
      }
      total++
      for (const token of row.m.split(' ')) if (token) counts.set(token, (counts.get(token) ?? 0) + 1)
    }
  }
  return { total, counts }
}
