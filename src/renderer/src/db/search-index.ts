// The full-text index: one row per article in the `search` table, {id, w}, where w holds an entry
// `${token}\u0001${publishedAt}` for each token of the title and summary (search-tokens.ts), indexed multiEntry.
// The index then reads as (token, publishedAt, article id) in order, which is (token, sortKey): the articles
// holding a word come newest first from one range, and a later page starts from a range bound.
//
// Index entries are the dearest writes there are (db/README.md: ~40 per article cost more than the article and its
// lists together), so they are written after the fact: writeArticles (article-tags.ts) puts every article whose
// words or date changed into `searchPending` ({id, w} as its search row will be, no index) in the article's own
// transaction and deletes its stale search row, without reading either; indexPending() moves pending rows into
// `search` in batches when the app is idle (search-indexer.ts). Search reads both (search.ts), so a result never
// depends on how far the indexer got. Rows are keyed by the article id, so nothing is read to find them.
import type { Table } from 'dexie'
import { tokenize } from './search-tokens'
import type { QueuedSearchRow, SearchRow, StoredArticle } from './rows/types'

/** Sorts below every character a token can hold. */
export const SEP = '\u0001'

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

/** Recreates every search row from the articles, a page at a time (a repair, and the oracle of tests); nothing is
 *  left pending. */
export async function rebuildSearchIndex<I>(articles: Table<StoredArticle, string, I>, search: Table<SearchRow, string>, pending?: Table<QueuedSearchRow, string>): Promise<void> {
  await search.clear()
  await pending?.clear()
  let last: string | undefined
  for (;;) {
    const page = await (last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(500).toArray()
    if (page.length === 0) break
    await search.bulkPut(page.map(searchRowOf))
    last = page[page.length - 1].id
  }
}

/** Moves up to `limit` pending rows into the index, in one transaction; resolves with how many remain unknown (0 when
 *  the queue is empty). Rows are taken in id order, which is also the search table's key order. */
export async function indexPending(search: Table<SearchRow, string>, pending: Table<QueuedSearchRow, string>, limit: number): Promise<number> {
  const rows = await pending.limit(limit).toArray()
  if (rows.length === 0) return 0
  await Promise.all([search.bulkPut(rows.map(indexRowOf)), pending.bulkDelete(rows.map((r) => r.id))])
  return rows.length
}
