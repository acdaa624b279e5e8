// Article search over the search index (search-index.ts): the articles of a view whose title or summary holds
// every term of a query, newest first, a page at a time. Nothing is held in memory between calls; each call reads
// index ranges, so the cost follows the rarest term (or the view's size), not the library's.
//
// Three ways to find the hits, chosen by estimated rows read (index counts and the view's counters):
//   term   one exact term's range read newest first; other terms checked on each hit's search row, the view on its
//          tag row. Best when a term is rare, or the view is wide.
//   prefix a prefix term's whole range (the word being typed), sorted by date, then checked like term.
//   view   the view's own list read newest first (view-query.ts), each row's search row checked for every term.
//          Best when the view is small (a feed) or the words are everywhere.
import { tag, idOfSortKey } from './article-tags'
import { counterKeyOfTag, readTotals } from './counters'
import { SEP, timeOfSortKey, type SearchRow } from './search-index'
import { parseQuery, type Term } from './search-tokens'
import type { MeridianDb } from './schema'
import { makeMembershipTest, planView, rangeTag, type View } from './view'
import { listKeys } from './view-query'

export interface SearchPage {
  /** sortKeys of the hits, newest first. */
  keys: string[]
  hasMore: boolean
}

export interface SearchOptions {
  /** Defaults to every article. */
  view?: View
  limit: number
  /** sortKey of the last hit of the previous page. */
  after?: string
  /** Forces the plan (tests and the benchmark compare them); 'term' and 'prefix' drive with the rarest such term. */
  plan?: SearchPlanKind
}

export type SearchPlanKind = 'view' | 'term' | 'prefix'

/** Entries read per index batch. */
const BATCH = 200
/** A prefix range larger than this is not sorted in memory (one letter typed): another plan drives. */
const PREFIX_CAP = 20_000

const ALL: View = { scope: { kind: 'all' } }

/** The hits of `query` in the view, newest first: the first `limit` after `after`, and whether more follow. */
export async function searchArticles(db: MeridianDb, query: string, opts: SearchOptions): Promise<SearchPage> {
  const terms = parseQuery(query)
  const view = { ...(opts.view ?? ALL), order: 'newest' as const }
  const check = viewCheckOf(view)
  if (terms.length === 0 || check.isEmpty) return { keys: [], hasMore: false }
  const sizes = await Promise.all(terms.map((t) => rangeOf(db, t).count()))
  if (sizes.some((n) => n === 0)) return { keys: [], hasMore: false }
  const [viewSize, [total]] = await Promise.all([estimateViewSize(db, view), readTotals(db.counters, [counterKeyOfTag(tag.all)])])
  const plan = opts.plan ? forcedPlan(opts.plan, terms, sizes) : choosePlan(terms, sizes, viewSize, Math.max(total, 1), opts.limit, check.isTrivial)
  const want = opts.limit + 1
  const keys: string[] = []
  const source = plan.kind === 'view' ? viewBatches(db, view, opts.after) : plan.kind === 'term' ? termBatches(db, plan.term, opts.after) : prefixBatches(db, plan.term, opts.after)
  const others = plan.kind === 'view' ? terms : terms.filter((t) => t !== plan.term)
  for await (const batch of source) {
    let hits = batch
    if (others.length) {
      const rows = await db.search.bulkGet(hits.map(idOfSortKey))
      hits = hits.filter((_, i) => rowMatches(rows[i], others))
    }
    if (plan.kind !== 'view') hits = await filterInView(db, check, hits)
    keys.push(...hits)
    if (keys.length >= want) break
  }
  return { keys: keys.slice(0, opts.limit), hasMore: keys.length > opts.limit }
}

type SearchPlan = { kind: 'view' } | { kind: 'term' | 'prefix'; term: Term }

function forcedPlan(kind: SearchPlanKind, terms: Term[], sizes: number[]): SearchPlan {
  if (kind === 'view') return { kind }
  const candidates = terms.map((term, i) => ({ term, n: sizes[i] })).filter((c) => c.term.isPrefix === (kind === 'prefix'))
  if (candidates.length === 0) return { kind: 'view' }
  return { kind, term: candidates.reduce((a, b) => (b.n < a.n ? b : a)).term }
}

/** Estimated rows read by each plan, assuming terms and view are independent; the cheapest wins. */
function choosePlan(terms: Term[], sizes: number[], viewSize: number, total: number, limit: number, isTrivialView: boolean): SearchPlan {
  const want = limit + 1
  const hits = Math.max(1, (Math.min(...sizes) * Math.min(viewSize, total)) / total)
  const scanned = (n: number) => Math.min(n, (want * n) / hits)
  const perHit = 1 + (terms.length > 1 ? 1 : 0) + (isTrivialView ? 0 : 1) // index entry, search row, tag row
  let best: SearchPlan = { kind: 'view' }
  let bestCost = scanned(viewSize) * 2 // view row, search row
  terms.forEach((term, i) => {
    const n = sizes[i]
    if (term.isPrefix && n > PREFIX_CAP) return
    const cost = (term.isPrefix ? n : 0) + scanned(n) * perHit
    if (cost < bestCost) {
      best = { kind: term.isPrefix ? 'prefix' : 'term', term }
      bestCost = cost
    }
  })
  return best
}

/** The index range of a term: exact token entries, or every token starting with the prefix. */
function rangeOf(db: MeridianDb, t: Term, upperTime?: string) {
  if (t.isPrefix) return db.search.where('w').between(t.text, `${t.text}\uffff`, true, true)
  return db.search.where('w').between(`${t.text}${SEP}`, `${t.text}${SEP}${upperTime ?? '\uffff'}`, true, true)
}

function rowMatches(row: SearchRow | undefined, terms: Term[]): boolean {
  if (!row) return false
  return terms.every((t) => {
    const needle = t.isPrefix ? t.text : `${t.text}${SEP}`
    return row.w.some((e) => e.startsWith(needle))
  })
}

const sortKeyOfEntry = (entry: string, id: string) => `${entry.slice(entry.indexOf(SEP) + 1)}|${id}`

/** An exact term's hits newest first, in batches, strictly before `after`. Entries sharing one time are ordered by
 *  id, like sortKeys, so a batch ends on a whole key only when the next batch re-reads that time and skips what it saw. */
async function* termBatches(db: MeridianDb, t: Term, after?: string): AsyncGenerator<string[]> {
  let bound = after
  let size = BATCH
  for (;;) {
    const batch: string[] = []
    await rangeOf(db, t, bound && timeOfSortKey(bound))
      .reverse()
      .limit(size)
      .eachKey((key, cursor) => void batch.push(sortKeyOfEntry(key as string, cursor.primaryKey as string)))
    const fresh = bound === undefined ? batch : batch.filter((k) => k < (bound as string))
    if (fresh.length) yield fresh
    if (batch.length < size) return
    // A batch holding nothing new (one time shared by more entries than it reads) is read again, bigger.
    if (fresh.length === 0) size *= 2
    else bound = fresh[fresh.length - 1]
  }
}

/** A prefix term's hits: its whole range (bounded by PREFIX_CAP), each article once, sorted newest first. */
async function* prefixBatches(db: MeridianDb, t: Term, after?: string): AsyncGenerator<string[]> {
  const keys = new Set<string>()
  await rangeOf(db, t).eachKey((key, cursor) => void keys.add(sortKeyOfEntry(key as string, cursor.primaryKey as string)))
  let sorted = [...keys].sort().reverse()
  if (after !== undefined) sorted = sorted.filter((k) => k < after)
  for (let i = 0; i < sorted.length; i += BATCH) yield sorted.slice(i, i + BATCH)
}

/** The view's own list, newest first. */
async function* viewBatches(db: MeridianDb, view: View, after?: string): AsyncGenerator<string[]> {
  let bound = after
  for (;;) {
    const page = await listKeys(db, view, BATCH, bound)
    if (page.keys.length) yield page.keys
    if (!page.hasMore) return
    bound = page.keys[page.keys.length - 1]
  }
}

/** An upper estimate of the view's size from the counters: its smallest group's. */
async function estimateViewSize(db: MeridianDb, view: View): Promise<number> {
  const plan = planView(view)
  const sizes = await Promise.all(
    plan.groups.map(async (g) => (await readTotals(db.counters, g.tags.map((t) => counterKeyOfTag(rangeTag(plan, t))))).reduce((a, b) => a + b, 0)),
  )
  return Math.min(...sizes)
}

interface ViewCheck {
  isEmpty: boolean
  /** Every article is in the view: no tag row needs reading. */
  isTrivial: boolean
  /** The tag whose row every listed article has ('all', 's', or their unread twins). */
  tag: string
  test?: (m: string) => boolean
  since?: string
}

/** The view as one tag row per article: 'all' (or starred, unread) exists, and its membership string passes. */
function viewCheckOf(view: View): ViewCheck {
  const plan = planView(view)
  const base = plan.groups.find((g) => !g.isCheckable)?.tags[0] ?? tag.all
  const test = makeMembershipTest(plan.groups.filter((g) => g.isCheckable), plan.excluded)
  return { isEmpty: plan.isEmpty, isTrivial: base === tag.all && !plan.isUnread && !test && !plan.since, tag: rangeTag(plan, base), test, since: plan.since }
}

async function filterInView(db: MeridianDb, c: ViewCheck, keys: string[]): Promise<string[]> {
  if (c.isTrivial || keys.length === 0) return keys
  const rows = await db.tags.bulkGet(keys.map((k): [string, string] => [c.tag, k]))
  return keys.filter((k, i) => {
    const row = rows[i]
    return row !== undefined && (c.since === undefined || k >= c.since) && (!c.test || c.test(row.m))
  })
}
