// The full-text index, in two parts. The forward rows: one row per article in `search`, {id, t, w}, its distinct
// tokens of title and summary (search-tokens.ts) and its time, no index; writeArticles (article-tags.ts) writes them
// in the article's own transaction whenever the words, date or visibility change, without reading anything, and notes
// their ids in `searchQueue` (one row per write). A change of countries alone leaves the forward row as it is (its
// country tokens may go stale) and queues the country tokens the article gained instead (a row of its own). The
// inverted index: posting lists per (token, day) in `postings` (search-postings.ts), which indexPending() appends
// from the queued ids' forward rows and the queued country tokens in the background
// (search-indexer.ts), also without reading the index; readers check every posted hit against the forward row (a
// country's against the list row), so a stale posting never shows. Search reads the queue too (search.ts), so a result never depends on how far the indexer
// got.
//
// Index writes are the dearest there are (db/README.md, "Search as posting lists"): ingest writes none of them.
// A new article's forward row waits in its queue row (`r`) until the indexer writes it to `search` with its postings
// (db/README.md, "The farm in Chromium, session 17"); search reads queued rows as they are.
import type { Table } from 'dexie'
import { SEP, countryToken, tokenize } from './search-tokens'
import { newBatchId, postingsOf } from './search-postings'
import { idOfSortKey } from './vocab/tags'
import type { PostingRow, QueuedSearchRow, SearchQueueRow, SearchRow, StoredArticle } from './rows/types'

export { SEP }

export type { SearchRow }

/** The publishedAt part of a sortKey: what tags order by, whatever form the article's publishedAt has. */
export function timeOfSortKey(sortKey: string): string {
  return sortKey.slice(0, sortKey.indexOf('|'))
}

type Searchable = Pick<StoredArticle, 'id' | 'title' | 'summary' | 'sortKey' | 'isHidden' | 'countries'>

/** The article's forward row: its tokens, then its countries' tokens (the lists 'c:FR' it is in), and its time. */
export function searchRowOf(a: Searchable): SearchRow {
  // An article a rule hid is found by no search (issue 19), and is in no country's list.
  if (a.isHidden) return { id: a.id, t: timeOfSortKey(a.sortKey), w: [] }
  const words = tokenize(`${a.title ?? ''}\n${a.summary ?? ''}`)
  return { id: a.id, t: timeOfSortKey(a.sortKey), w: words.length ? [...words, ...new Set(a.countries.map(countryToken))] : [] }
}

/** The row's time; undefined for an entries-form row without tokens (nothing to find). */
export function timeOfRow(r: SearchRow): string | undefined {
  if (r.t !== undefined) return r.t
  return r.w.length ? r.w[0].slice(r.w[0].indexOf(SEP) + 1) : undefined
}

/** The row's article's sortKey; undefined as for timeOfRow. */
export function sortKeyOfRow(r: SearchRow): string | undefined {
  const t = timeOfRow(r)
  return t === undefined ? undefined : `${t}|${r.id}`
}

/** The row's tokens (of either form). */
export function tokensOfRow(r: SearchRow): string[] {
  return r.t === undefined ? r.w.map((e) => e.slice(0, e.indexOf(SEP))) : r.w
}

export interface SearchTables {
  search: Table<SearchRow, string>
  postings: Table<PostingRow, string>
  searchQueue: Table<SearchQueueRow, string>
  searchPending: Table<QueuedSearchRow, string>
}

/** Recreates every forward row and posting list from the articles, a page at a time (a repair, and the oracle of
 *  tests); nothing is left queued. */
export async function rebuildSearchIndex<I>(articles: Table<StoredArticle, string, I>, t: SearchTables): Promise<void> {
  await Promise.all([t.search.clear(), t.postings.clear(), t.searchQueue.clear(), t.searchPending.clear()])
  let last: string | undefined
  for (;;) {
    const page = await (last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(500).toArray()
    if (page.length === 0) break
    const rows = page.map(searchRowOf)
    await Promise.all([t.search.bulkPut(rows), t.postings.bulkAdd(postingsOf(rows, newBatchId()))])
    last = page[page.length - 1].id
  }
}

/** Posts up to about `limit` queued articles, in one transaction over the four tables; resolves with how many it
 *  took (0 when nothing is queued). Rows schemas 16–30 queued go first: their forward rows are written too. A queue
 *  row holding more articles than the batch takes is put back with the rest. Nothing of the index is read. */
export async function indexPending(t: SearchTables, limit: number): Promise<number> {
  const legacy = await t.searchPending.limit(limit).toArray()
  if (legacy.length) {
    await Promise.all([t.search.bulkPut(legacy), t.postings.bulkAdd(postingsOf(legacy, newBatchId())), t.searchPending.bulkDelete(legacy.map((r) => r.id))])
    return legacy.length
  }
  const queue = await t.searchQueue.limit(Math.max(1, Math.ceil(limit / 100))).toArray()
  const ids = new Set<string>()
  const countryRows: SearchRow[] = []
  const fresh = new Map<string, SearchRow>() // forward rows of new articles, to write and post (a later one wins)
  const done: string[] = []
  const writes: Promise<unknown>[] = []
  let taken = 0
  for (const q of queue) {
    const room = limit - taken
    if (room <= 0) break
    const posts = q.c ?? []
    const queued = q.r ?? []
    for (const id of q.ids.slice(0, room)) ids.add(id)
    for (const [sortKey, w] of posts.slice(0, room)) countryRows.push({ id: idOfSortKey(sortKey), t: timeOfSortKey(sortKey), w })
    for (const row of queued.slice(0, room)) fresh.set(row.id, row)
    const size = q.ids.length + posts.length + queued.length
    taken += Math.min(room, size)
    // writeArticles queues ids, country posts and new rows in rows of their own, so a row put back holds one kind.
    if (size > room) writes.push(t.searchQueue.put(posts.length ? { k: q.k, ids: [], c: posts.slice(room) } : queued.length ? { k: q.k, ids: [], r: queued.slice(room) } : { k: q.k, ids: q.ids.slice(room) }))
    else done.push(q.k)
  }
  if (taken === 0) return 0
  // A queued new row is its article's current one (writeArticles drops it when it rewrites or deletes the article):
  // it is written as it is. A row gone since (its article deleted) has nothing to post; one written again since posts
  // what it holds now.
  for (const id of fresh.keys()) ids.delete(id)
  const rows = ids.size ? (await t.search.bulkGet([...ids].sort())).filter((r): r is SearchRow => r !== undefined) : []
  if (fresh.size) writes.push(t.search.bulkPut([...fresh.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))))
  writes.push(t.postings.bulkAdd(postingsOf([...rows, ...fresh.values(), ...countryRows], newBatchId())))
  if (done.length) writes.push(t.searchQueue.bulkDelete(done))
  await Promise.all(writes)
  return taken
}

/** Drops the queued new rows (`r`) of these articles, which a writeArticles call is rewriting in `search` or
 *  deleting: a queued row must stay its article's current one. Reads the queue (short but while an import is being
 *  indexed); rewrites only the queue rows that held any of them. */
export async function dropQueuedRows(queue: Table<SearchQueueRow, string>, ids: readonly string[]): Promise<void> {
  const gone = new Set(ids)
  const held = (await queue.toArray()).filter((q) => q.r?.some((row) => gone.has(row.id)))
  if (held.length === 0) return
  const kept = held.map((q) => ({ ...q, r: (q.r ?? []).filter((row) => !gone.has(row.id)) }))
  const [empty, rest] = [kept.filter((q) => q.r.length === 0), kept.filter((q) => q.r.length > 0)]
  await Promise.all([empty.length ? queue.bulkDelete(empty.map((q) => q.k)) : undefined, rest.length ? queue.bulkPut(rest) : undefined])
}
