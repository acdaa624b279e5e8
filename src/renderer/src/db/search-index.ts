// The full-text index, in two parts. The forward rows: one row per article in `search`, {id, w}, where w holds an
// entry `${token}\u0001${publishedAt}` for each token of the title and summary (search-tokens.ts), no index. The
// inverted index: posting lists per (token, day) in `postings` (search-postings.ts), appended per indexer batch and
// checked against the forward rows on read.
//
// Index writes are the dearest there are (db/README.md), so they are made after the fact: writeArticles
// (article-tags.ts) puts every article whose words or date changed into `searchPending` (its tokens and time, no
// index) in the article's own transaction and deletes its stale forward row, without reading either; indexPending()
// moves pending rows into `search` and `postings` in batches when the app is idle (search-indexer.ts). Search reads
// the queue too (search.ts), so a result never depends on how far the indexer got. Rows are keyed by the article
// id, so nothing is read to find them.
import type { Table } from 'dexie'
import { SEP, tokenize } from './search-tokens'
import { newBatchId, postingsOf } from './search-postings'
import type { PostingRow, QueuedSearchRow, SearchRow, StoredArticle } from './rows/types'

export { SEP }

export type { QueuedSearchRow, SearchRow }

/** The publishedAt part of a sortKey: what tags order by, whatever form the article's publishedAt has. */
export function timeOfSortKey(sortKey: string): string {
  return sortKey.slice(0, sortKey.indexOf('|'))
}

type Searchable = Pick<StoredArticle, 'id' | 'title' | 'summary' | 'sortKey' | 'isHidden'>

export function searchRowOf(a: Searchable): SearchRow {
  return indexRowOf(queuedRowOf(a))
}

/** What writeArticles queues: the article's tokens and time. */
export function queuedRowOf(a: Searchable): QueuedSearchRow {
  // An article a rule hid is found by no search (issue 19).
  if (a.isHidden) return { id: a.id, t: timeOfSortKey(a.sortKey), w: [] }
  return { id: a.id, t: timeOfSortKey(a.sortKey), w: tokenize(`${a.title ?? ''}\n${a.summary ?? ''}`) }
}

/** The index row of a queued one (of either form, see QueuedSearchRow). */
function indexRowOf(q: QueuedSearchRow): SearchRow {
  return q.t === undefined ? { id: q.id, w: q.w } : { id: q.id, w: q.w.map((token) => `${token}${SEP}${q.t}`) }
}

/** The queued article's sortKey; undefined for a legacy row without tokens (nothing to find). */
export function sortKeyOfQueued(q: QueuedSearchRow): string | undefined {
  if (q.t !== undefined) return `${q.t}|${q.id}`
  return q.w.length ? `${q.w[0].slice(q.w[0].indexOf(SEP) + 1)}|${q.id}` : undefined
}

/** The queued article's tokens (of either form). */
export function tokensOfQueued(q: QueuedSearchRow): string[] {
  return q.t === undefined ? q.w.map((e) => e.slice(0, e.indexOf(SEP))) : q.w
}

export interface SearchTables {
  search: Table<SearchRow, string>
  postings: Table<PostingRow, string>
  searchPending: Table<QueuedSearchRow, string>
}

/** Recreates every forward row and posting list from the articles, a page at a time (a repair, and the oracle of
 *  tests); nothing is left pending. */
export async function rebuildSearchIndex<I>(articles: Table<StoredArticle, string, I>, t: SearchTables): Promise<void> {
  await Promise.all([t.search.clear(), t.postings.clear(), t.searchPending.clear()])
  let last: string | undefined
  for (;;) {
    const page = await (last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(500).toArray()
    if (page.length === 0) break
    const rows = page.map(searchRowOf)
    await Promise.all([t.search.bulkPut(rows), t.postings.bulkAdd(postingsOf(rows, newBatchId()))])
    last = page[page.length - 1].id
  }
}

/** Moves up to `limit` pending rows into the index, in one transaction over the three tables; resolves with how
 *  many it moved (0 when the queue is empty). Rows are taken in id order, which is also the search table's key
 *  order; their posting lists are added without reading any. */
export async function indexPending(t: SearchTables, limit: number): Promise<number> {
  const queued = await t.searchPending.limit(limit).toArray()
  if (queued.length === 0) return 0
  const rows = queued.map(indexRowOf)
  await Promise.all([t.search.bulkPut(rows), t.postings.bulkAdd(postingsOf(rows, newBatchId())), t.searchPending.bulkDelete(queued.map((r) => r.id))])
  return queued.length
}
