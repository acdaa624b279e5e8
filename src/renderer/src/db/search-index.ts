// The full-text index: one row per article in the `search` table, {id, w}, where w holds an entry
// `${token}\u0001${publishedAt}` for each token of the title and summary (search-tokens.ts), indexed multiEntry.
// The index then reads as (token, publishedAt, article id) in order, which is (token, sortKey): the articles
// holding a word come newest first from one range, and a later page starts from a range bound.
//
// Index entries are the dearest writes there are (db/README.md: ~40 per article cost more than the article and its
// lists together), so they are written after the fact: a DBCore middleware puts every article whose words or date
// changed into `searchPending` ({id, w} as its search row will be, no index) in the article's own transaction, and
// deletes its stale search row; indexPending() moves pending rows into `search` in batches when the app is idle
// (search-indexer.ts). Search reads both (search.ts), so a result never depends on how far the indexer got.
// Deletes of articles delete both rows. Rows are keyed by the article id, so nothing is read to find them.
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware, Table } from 'dexie'
import { tokenize } from './search-tokens'
import type { SearchRow, StoredArticle } from './rows/types'

const SEARCH_TABLE = 'search'
/** Articles whose search row is not written yet (version 16). */
const PENDING_TABLE = 'searchPending'
/** Sorts below every character a token can hold. */
export const SEP = '\u0001'

export type { SearchRow }

/** The publishedAt part of a sortKey: what tags order by, whatever form the article's publishedAt has. */
export function timeOfSortKey(sortKey: string): string {
  return sortKey.slice(0, sortKey.indexOf('|'))
}

export function searchRowOf(a: Pick<StoredArticle, 'id' | 'title' | 'summary' | 'sortKey' | 'isHidden'>): SearchRow {
  const time = timeOfSortKey(a.sortKey)
  if (a.isHidden) return { id: a.id, w: [] } // an article a rule hid is found by no search (issue 19)
  return { id: a.id, w: tokenize(`${a.title ?? ''}\n${a.summary ?? ''}`).map((t) => `${t}${SEP}${time}`) }
}

function sameEntries(a: SearchRow | undefined, b: SearchRow): boolean {
  return a !== undefined && a.w.length === b.w.length && a.w.every((e, i) => e === b.w[i])
}

function hasStore(trans: DBCoreTransaction, name: string): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames
  return !names || names.contains(name) // an upgrade to an older version has fewer stores
}

type Tables = { search: () => DBCoreTable; pending: () => DBCoreTable }

async function deleteBoth(req: Extract<DBCoreMutateRequest, { type: 'delete' | 'deleteRange' }>, t: Tables, withPending: boolean): Promise<void> {
  const targets = withPending ? [t.search(), t.pending()] : [t.search()]
  await Promise.all(targets.map((table) => table.mutate(req.type === 'delete' ? { type: 'delete', trans: req.trans, keys: req.keys } : { type: 'deleteRange', trans: req.trans, range: req.range })))
}

function wrapArticles(articles: DBCoreTable, t: Tables): DBCoreTable {
  return {
    ...articles,
    async mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
      if (!hasStore(req.trans, SEARCH_TABLE)) return articles.mutate(req)
      const withPending = hasStore(req.trans, PENDING_TABLE)
      if (req.type === 'delete' || req.type === 'deleteRange') {
        const [res] = await Promise.all([articles.mutate(req), deleteBoth(req, t, withPending)])
        return res
      }
      const res = await articles.mutate(req)
      // Values that failed (bulkAdd of an existing id) were not written: their search rows stay as they were.
      const values = (req.values as StoredArticle[]).filter((_, i) => !res.failures[i])
      if (values.length === 0) return res
      // A write that leaves title, summary and date as they were (a read mark, a star, mark all read) keeps its
      // search row: rewriting it would rewrite every one of its multiEntry index entries for nothing.
      const rows = values.map(searchRowOf)
      const keys = rows.map((r) => r.id)
      const [stored, queued] = (await Promise.all([
        t.search().getMany({ trans: req.trans, keys }),
        withPending ? t.pending().getMany({ trans: req.trans, keys }) : [],
      ])) as (SearchRow | undefined)[][]
      const changed = rows.filter((row, i) => !sameEntries(queued[i] ?? stored[i], row))
      if (changed.length === 0) return res
      if (!withPending) {
        await t.search().mutate({ type: 'put', trans: req.trans, values: changed })
        return res
      }
      const stale = rows.flatMap((row, i) => (stored[i] && !sameEntries(stored[i], row) ? [row.id] : []))
      await Promise.all([
        t.pending().mutate({ type: 'put', trans: req.trans, values: changed }),
        stale.length ? t.search().mutate({ type: 'delete', trans: req.trans, keys: stale }) : undefined,
      ])
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
      if (mode !== 'readwrite' || !stores.includes('articles')) return down.transaction(stores, mode, options)
      const known = new Set(down.schema.tables.map((table) => table.name))
      const extra = [SEARCH_TABLE, PENDING_TABLE].filter((name) => known.has(name) && !stores.includes(name))
      return down.transaction([...stores, ...extra], mode, options)
    },
    table(name) {
      const table = down.table(name)
      return name === 'articles' ? wrapArticles(table, { search: () => down.table(SEARCH_TABLE), pending: () => down.table(PENDING_TABLE) }) : table
    },
  }),
}

/** Recreates every search row from the articles, a page at a time (a repair, and the oracle of tests); nothing is
 *  left pending. */
export async function rebuildSearchIndex<I>(articles: Table<StoredArticle, string, I>, search: Table<SearchRow, string>, pending?: Table<SearchRow, string>): Promise<void> {
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
export async function indexPending(search: Table<SearchRow, string>, pending: Table<SearchRow, string>, limit: number): Promise<number> {
  const rows = await pending.limit(limit).toArray()
  if (rows.length === 0) return 0
  await Promise.all([search.bulkPut(rows), pending.bulkDelete(rows.map((r) => r.id))])
  return rows.length
}
