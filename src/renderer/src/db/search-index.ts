// The full-text index: one row per article in the `search` table, {id, w}, where w holds an entry
// `${token}\u0001${publishedAt}` for each token of the title and summary (search-tokens.ts), indexed multiEntry.
// The index then reads as (token, publishedAt, article id) in order, which is (token, sortKey): the articles
// holding a word come newest first from one range, and a later page starts from a range bound.
//
// It is kept in step by a DBCore middleware rather than by the code that writes articles: every put, add or delete
// of the articles table (bulk or not, modify() and Collection.delete() included) writes or deletes the search rows
// in the same IndexedDB transaction, which the middleware widens to include `search`. Rows are keyed by the article
// id, so a write replaces its row and a delete removes it without reading anything first.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Table } from 'dexie'
import { tokenize } from './search-tokens'
import type { StoredArticle } from './schema'

export const SEARCH_TABLE = 'search'
/** Sorts below every character a token can hold. */
export const SEP = '\u0001'

export interface SearchRow {
  id: string
  /** `${token}\u0001${publishedAt}` per distinct token. */
  w: string[]
}

/** The publishedAt part of a sortKey: what tags order by, whatever form the article's publishedAt has. */
export function timeOfSortKey(sortKey: string): string {
  return sortKey.slice(0, sortKey.indexOf('|'))
}

export function searchRowOf(a: Pick<StoredArticle, 'id' | 'title' | 'summary' | 'sortKey'>): SearchRow {
  const time = timeOfSortKey(a.sortKey)
  return { id: a.id, w: tokenize(`${a.title ?? ''}\n${a.summary ?? ''}`).map((t) => `${t}${SEP}${time}`) }
}

function sameEntries(a: SearchRow | undefined, b: SearchRow): boolean {
  return a !== undefined && a.w.length === b.w.length && a.w.every((e, i) => e === b.w[i])
}

function hasSearchStore(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames
  return !names || names.contains(SEARCH_TABLE) // an upgrade to a version before the search table has none yet
}

function wrapArticles(articles: DBCoreTable, search: () => DBCoreTable): DBCoreTable {
  return {
    ...articles,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      if (!hasSearchStore(req.trans)) return articles.mutate(req)
      if (req.type === 'delete') {
        const [res] = await Promise.all([articles.mutate(req), search().mutate({ type: 'delete', trans: req.trans, keys: req.keys })])
        return res
      }
      if (req.type === 'deleteRange') {
        const [res] = await Promise.all([articles.mutate(req), search().mutate({ type: 'deleteRange', trans: req.trans, range: req.range })])
        return res
      }
      const res = await articles.mutate(req)
      // Values that failed (bulkAdd of an existing id) were not written: their search rows stay as they were.
      const values = (req.values as StoredArticle[]).filter((_, i) => !res.failures[i])
      if (values.length === 0) return res
      // A write that leaves title, summary and date as they were (a read mark, a star, mark all read) keeps its
      // search row: rewriting it would rewrite every one of its multiEntry index entries for nothing.
      const rows = values.map(searchRowOf)
      const stored = (await search().getMany({ trans: req.trans, keys: rows.map((r) => r.id) })) as (SearchRow | undefined)[]
      const changed = rows.filter((row, i) => !sameEntries(stored[i], row))
      if (changed.length) await search().mutate({ type: 'put', trans: req.trans, values: changed })
      return res
    },
  }
}

/** Registered by schema.ts on every database it opens. */
export const searchIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SearchIndex',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const widen = mode === 'readwrite' && stores.includes('articles') && !stores.includes(SEARCH_TABLE)
      return down.transaction(widen ? [...stores, SEARCH_TABLE] : stores, mode, options)
    },
    table(name) {
      const table = down.table(name)
      return name === 'articles' ? wrapArticles(table, () => down.table(SEARCH_TABLE)) : table
    },
  }),
}

/** Recreates every search row from the articles, a page at a time (a version upgrade; a repair). */
export async function rebuildSearchIndex<I>(articles: Table<StoredArticle, string, I>, search: Table<SearchRow, string>): Promise<void> {
  await search.clear()
  let last: string | undefined
  for (;;) {
    const page = await (last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(500).toArray()
    if (page.length === 0) break
    await search.bulkPut(page.map(searchRowOf))
    last = page[page.length - 1].id
  }
}
