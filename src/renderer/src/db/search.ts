// Article search over the search index (search-index.ts): the articles of a view whose title or summary holds
// every term of a query, newest first, a page at a time. Nothing is held in memory between calls; each call reads
// key ranges, so the cost follows the hits read, not the library's size.
//
// The driving term is read newest first from its posting lists (search-postings.ts): an exact token is one key range;
// a prefix (the word being typed) is first expanded to the distinct tokens it covers, one key step each, and their
// hits are merged. Each hit is checked against the view on its driving tag's rows over the hits' time window, then
// against its forward row for every term (posting lists are never rewritten, so that row says whether a hit still
// holds). With several terms, or within a country, the rarest stream drives and the others' posting lists over the
// same days are intersected with its hits (search-join.ts), so only the intersection is checked; a term too common
// to be read that way is checked on the forward rows. The view drives instead when that reads less (a common
// word in a small view: few of its rows to read, against many entries of the word), or when a prefix covers too many
// tokens (one letter typed): its list is read newest first and each row's search row checked for every term.
import { tag, idOfSortKey } from './article-tags'
import { readTotals } from './counters'
import { SEP, sortKeyOfRow, timeOfRow, timeOfSortKey, tokensOfRow, type SearchRow } from './search-index'
import { chooseJoin, joinedBatches, mergedBatches, type JoinPlan } from './search-join'
import { countPostings, expandPrefix, postingBatches, postingRange } from './search-postings'
import { parseQuery, type Term } from './search-tokens'
import type { MeridianDb } from './schema'
import { makeMembershipTest, planView, type View } from './view'
import { chooseDriver, groupSize, listKeys, type Driver } from './view-query'

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
  /** Forces the plan (tests and the benchmark compare them); 'term' and 'prefix' drive with the rarest such term
   *  alone, 'join' intersects the posting lists of the terms and the view's countries where there are two or more. */
  plan?: SearchPlanKind
  /** Rows of the view read at most when a prefix covers too many words to use the index (default BROAD_PREFIX_ROWS). */
  broadPrefixRows?: number
  /** Views up to this size are read whole rather than through the index (default SMALL_VIEW). */
  smallView?: number
}

type SearchPlanKind = 'view' | 'term' | 'prefix' | 'join'

/** Keys read per batch from the view's list. */
const BATCH = 200
/** Posting records read first from a token's range (doubling after), and at most at first in a small view. */
const FIRST_RECORDS = 8
const MAX_FIRST_RECORDS = 128
/** Posting records read first by a join whose driver has at least JOIN_FIRST_READ_SIZE hits: its hits are thinned
 *  by the probes, so a page needs several times a page of them. */
const JOIN_FIRST_RECORDS = 32
const JOIN_FIRST_READ_SIZE = 1000
/** Index entries counted at most to decide whether a term or the view drives (one getAllKeys of that many ids). */
const DRIVE_COUNT_CAP = 2000
/** A prefix covering more tokens than this is not expanded (one or two letters typed): the view drives. */
const PREFIX_TOKENS = 24
/** A view this small is read whole rather than through the index, without counting anything. */
const SMALL_VIEW = 300
/** A prefix too broad for the index (one or two letters, or a common stem) searches only this many of the view's
 *  newest articles: otherwise a rare hit would read the whole library, and the next letter typed narrows it anyway. */
const BROAD_PREFIX_ROWS = 3000
/** Terms are counted up to this: past it, either term finds a first page quickly, so which drives matters little. */
const COUNT_CAP = 250

const ALL: View = { scope: { kind: 'all' } }

/** The hits of `query` in the view, newest first: the first `limit` after `after`, and whether more follow. */
export async function searchArticles(db: MeridianDb, query: string, opts: SearchOptions): Promise<SearchPage> {
  const terms = parseQuery(query)
  const view = { ...(opts.view ?? ALL), order: 'newest' as const }
  const check = viewCheckOf(view)
  if (terms.length === 0 || check.isEmpty) return { keys: [], hasMore: false }
  const [indexed, pending] = await Promise.all([searchIndexed(db, terms, view, check, opts), pendingHits(db, terms, check, opts.after)])
  // Both newest first; an article is in one or the other (its stale search row is deleted when it is queued).
  const keys = pending.length ? [...new Set([...indexed, ...pending])].sort().reverse() : indexed
  return { keys: keys.slice(0, opts.limit), hasMore: keys.length > opts.limit }
}

/** Hits among articles not posted yet (search-index.ts): every queued one is read, which is cheap while the queue is
 *  short and only happens while the indexer catches up after a large import. */
async function pendingHits(db: MeridianDb, terms: Term[], check: ViewCheck, after: string | undefined): Promise<string[]> {
  let hits: string[] = []
  // An article queued for its country tokens alone is checked here too: its postings may lack a country it is in now.
  // A new article's forward row is in its queue row until posted (search-index.ts): it is the article's current row.
  const queue = await db.searchQueue.toArray()
  const fresh = queue.flatMap((q) => q.r ?? [])
  const inQueue = new Set(fresh.map((r) => r.id))
  const queued = [...new Set(queue.flatMap((q) => [...q.ids, ...(q.c ?? []).map(([k]) => idOfSortKey(k))]))].filter((id) => !inQueue.has(id)).sort()
  const rows = [...(await db.searchPending.toArray()), ...(queued.length ? await db.search.bulkGet(queued) : []), ...fresh]
  for (const row of rows) {
    const sortKey = row && sortKeyOfRow(row)
    const tokens = row ? tokensOfRow(row) : []
    if (sortKey !== undefined && terms.every((t) => (t.isPrefix ? tokens.some((w) => w.startsWith(t.text)) : tokens.includes(t.text)))) hits.push(sortKey)
  }
  hits = [...new Set(hits)]
  if (after !== undefined) hits = hits.filter((k) => k < after)
  if (check.since !== undefined) hits = hits.filter((k) => k >= (check.since as string))
  if (!check.isTrivial && hits.length) {
    const lists = await db.lists.bulkGet(hits)
    hits = hits.filter((_, i) => lists[i] !== undefined && (!check.test || check.test(lists[i]!.m)))
  }
  return hits.sort().reverse()
}

/** The hits in the index, newest first: `limit` + 1 of them at most (fewer when the index holds fewer). */
async function searchIndexed(db: MeridianDb, terms: Term[], view: View, check: ViewCheck, opts: SearchOptions): Promise<string[]> {
  const plan = await choosePlan(db, terms, view, check, opts.plan, opts.smallView ?? SMALL_VIEW, opts.limit)
  if (plan.kind === 'none') return []
  const want = opts.limit + 1
  const keys: string[] = []
  const source = plan.kind === 'view' ? viewBatches(db, view, opts.after) : plan.kind === 'join' ? joinedBatches(db, plan, opts.after, plan.firstRead) : mergedBatches(plan.tokens.map((t) => postingBatches(db, t, opts.after, plan.firstRead)))
  const mustFilter = plan.kind === 'term' || (plan.kind === 'join' && !plan.isInView)
  const maxRows = plan.kind === 'view' && plan.isBounded ? (opts.broadPrefixRows ?? BROAD_PREFIX_ROWS) : Infinity
  let rowsRead = 0
  let driver: Promise<Driver> | undefined
  for await (const read of source) {
    const batch = read.length > maxRows - rowsRead ? read.slice(0, maxRows - rowsRead) : read
    rowsRead += batch.length
    let hits = batch
    // The view first: it is usually checked by one range read, and then fewer search rows are read for other terms.
    if (mustFilter) hits = await filterInView(db, check, hits, (driver ??= chooseDriver(db, view)))
    keys.push(...(await confirmed(db, hits, terms, want - keys.length, plan.kind === 'join' && plan.isInView ? plan.countryTags : undefined)))
    if (keys.length >= want || rowsRead >= maxRows) break
  }
  return keys.slice(0, want)
}

/** Least forward rows read at once to confirm hits. */
const CONFIRM_MIN = 16

/** The first `want` of `hits` (newest first) whose forward row holds every term at the hit's time, the driving one
 *  too (a posting may be stale: a re-dated or changed article), and, given `countryTags` ('c:FR'), whose list row is
 *  in one of them (the forward row's country tokens may be stale: a re-tag does not rewrite it). Read in slices of
 *  about as many as are still wanted, so a read of many postings does not read as many rows when a page needs fewer;
 *  a slice that leaves the page short doubles the next (two words seldom together: few hits hold the second). */
async function confirmed(db: MeridianDb, hits: string[], terms: Term[], want: number, countryTags?: string[]): Promise<string[]> {
  const out: string[] = []
  const inCountry = countryTags && makeMembershipTest([{ tags: countryTags, isCheckable: true }])
  let size = Math.max(CONFIRM_MIN, Math.ceil(want * 1.25))
  for (let at = 0; at < hits.length && out.length < want; size *= 2) {
    const slice = hits.slice(at, at + size)
    at += slice.length
    const [rows, lists] = await Promise.all([db.search.bulkGet(slice.map(idOfSortKey)), inCountry ? db.lists.bulkGet(slice) : undefined])
    for (const [i, k] of slice.entries()) if (rowMatches(rows[i], timeOfSortKey(k), terms) && (!inCountry || (lists?.[i] !== undefined && inCountry(lists[i]!.m)))) out.push(k)
  }
  return out
}

type SearchPlan = { kind: 'none' } | { kind: 'view'; isBounded?: boolean } | { kind: 'term'; term: Term; tokens: string[]; firstRead: number } | (JoinPlan & { firstRead: number })

/** The driving term (fewest index entries when there are several) read through the index, or the view. */
async function choosePlan(db: MeridianDb, terms: Term[], view: View, check: ViewCheck, forced: SearchPlanKind | undefined, smallView: number, limit: number): Promise<SearchPlan> {
  if (forced === 'view') return { kind: 'view' }
  if (!forced || forced === 'join') {
    const join = await chooseJoin(db, terms, view, forced === 'join')
    if (join === 'none') return { kind: 'none' }
    if (join) return { ...join, firstRead: join.driver.size >= JOIN_FIRST_READ_SIZE ? JOIN_FIRST_RECORDS : FIRST_RECORDS }
  }
  const candidates = forced && forced !== 'join' ? terms.filter((t) => t.isPrefix === (forced === 'prefix')) : terms
  if (candidates.length === 0) return { kind: 'view' }
  const [sizes, viewSize, librarySize] = await Promise.all([
    terms.length > 1 ? Promise.all(terms.map((t) => cappedCount(db, t))) : [1],
    forced || check.isTrivial ? Infinity : estimateViewSize(db, view),
    check.isTrivial ? Infinity : readTotals(db.counters, [tag.all]).then(([n]) => n),
  ])
  if (sizes.some((n) => n === 0)) return { kind: 'none' }
  if (viewSize <= smallView) return { kind: 'view' }
  // A term's hits are about as spread over time as the library, so in a view holding a tenth of it, finding a page
  // of hits reads about ten times the records: the first read is sized for that rather than growing from FIRST_RECORDS.
  const share = Number.isFinite(viewSize) && librarySize > 0 ? Math.min(1, viewSize / librarySize) : 1
  const firstRead = Math.min(MAX_FIRST_RECORDS, Math.ceil(FIRST_RECORDS / share))
  // Fewest entries first; on a tie an exact term, whose one range is read without expanding.
  const byCount = [...candidates].sort((a, b) => sizes[terms.indexOf(a)] - sizes[terms.indexOf(b)] || Number(a.isPrefix) - Number(b.isPrefix))
  for (const term of byCount) {
    const tokens = term.isPrefix ? await expandPrefix(db, term.text, PREFIX_TOKENS) : [term.text]
    if (tokens?.length === 0) return { kind: 'none' }
    if (!tokens) continue
    if (!forced && Number.isFinite(viewSize) && (await viewReadsLess(db, term, viewSize, librarySize, limit + 1))) return { kind: 'view' }
    return { kind: 'term', term, tokens, firstRead }
  }
  return { kind: 'view', isBounded: true } // every candidate is a prefix too broad to expand
}

/** Relative cost of reading one view row with its search row (two point reads) against one index entry (a cursor step). */
const VIEW_ROW_COST = 4

/**
 * Whether reading the view and checking each row's search row finds a page of hits for less than reading the term's
 * index entries and checking each against the view. Hits are assumed spread evenly over time: the view holds
 * `viewSize` of `librarySize` articles, the term's entries are counted (up to DRIVE_COUNT_CAP, a lower bound past it).
 */
async function viewReadsLess(db: MeridianDb, term: Term, viewSize: number, librarySize: number, want: number): Promise<boolean> {
  const entries = await cappedCount(db, term, DRIVE_COUNT_CAP)
  const isCapped = entries >= DRIVE_COUNT_CAP
  const density = Math.max(entries, 1) / Math.max(librarySize, 1)
  const viewRows = Math.min(viewSize, want / density)
  const termEntries = Math.min(isCapped ? Infinity : entries, (want * librarySize) / Math.max(viewSize, 1))
  return viewRows * VIEW_ROW_COST < termEntries
}

/** Hits of a term, counted up to COUNT_CAP: enough to tell a rare term from a common one, without walking the
 *  posting lists of a word every article holds. */
function cappedCount(db: MeridianDb, t: Term, cap = COUNT_CAP): Promise<number> {
  return countPostings(db, postingRange(t.text, t.isPrefix), cap)
}

/** Whether the forward row holds every term, at the hit's time (a hit from a stale posting does not). */
function rowMatches(row: SearchRow | undefined, time: string, terms: Term[]): boolean {
  if (!row || timeOfRow(row) !== time) return false
  if (row.t !== undefined) return terms.every((t) => (t.isPrefix ? row.w.some((w) => w.startsWith(t.text)) : row.w.includes(t.text)))
  return terms.every((t) => {
    const needle = t.isPrefix ? t.text : `${t.text}${SEP}`
    return row.w.some((e) => e.startsWith(needle))
  })
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
  const sizes = await Promise.all(planView(view).groups.map((g) => groupSize(db, g)))
  return Math.min(...sizes)
}

interface ViewCheck {
  isEmpty: boolean
  /** Every article is in the view: no list row needs reading. */
  isTrivial: boolean
  /** The view's lists, unread and starred tested on a list row's membership string. */
  test?: (m: string) => boolean
  since?: string
}

function viewCheckOf(view: View): ViewCheck {
  const plan = planView(view)
  const test = makeMembershipTest(plan.groups.filter((g) => g.isCheckable), plan.excluded)
  return { isEmpty: plan.isEmpty, isTrivial: !test && !plan.since, test, since: plan.since }
}

/** The hits (sortKeys, newest first) that are in the view. Mostly one range read: the rows of the view's driving
 *  list between the newest and the oldest hit; when that window holds many more rows than there are hits (a rare
 *  word in a large view), each hit's list row is read instead. */
async function filterInView(db: MeridianDb, c: ViewCheck, keys: string[], driver: Promise<Driver>): Promise<string[]> {
  if (c.isTrivial || keys.length === 0) return keys
  const members = await windowMembers(db, await driver, keys)
  if (members) return keys.filter((k) => members.has(k) && (c.since === undefined || k >= c.since))
  const rows = await db.lists.bulkGet(keys)
  return keys.filter((k, i) => {
    const row = rows[i]
    return row !== undefined && (c.since === undefined || k >= c.since) && (!c.test || c.test(row.m))
  })
}

/** Rows read at most per hit to check hits against the view by range (WINDOW_ROWS_PER_HIT × hits, at least
 *  WINDOW_ROWS_MIN): a range row costs a fraction of a point read, so a window a few times larger still wins. */
const WINDOW_ROWS_PER_HIT = 4
const WINDOW_ROWS_MIN = 256

/** The view's sortKeys between the oldest and the newest of `keys`, from its driving tags' rows (each tested on
 *  its membership string); undefined when the window holds more rows than the bound. */
async function windowMembers(db: MeridianDb, d: Driver, keys: string[]): Promise<Set<string> | undefined> {
  if (d.plan.isEmpty) return new Set()
  const [hi, lo] = [keys[0], keys[keys.length - 1]]
  const bound = Math.max(WINDOW_ROWS_MIN, keys.length * WINDOW_ROWS_PER_HIT)
  const members = new Set<string>()
  for (const t of d.tags) {
    const range = db.lists.where('k').between([t, lo], [t, hi], true, true).limit(bound + 1)
    if (!d.test) {
      const found = await range.primaryKeys()
      if (found.length > bound) return undefined
      for (const k of found) members.add(k)
      continue
    }
    const rows = await range.toArray()
    if (rows.length > bound) return undefined
    for (const r of rows) if (d.test(r.m)) members.add(r.s)
  }
  return members
}
