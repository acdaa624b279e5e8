// Data step of version 15 (issue 15), as recorded since 2026-12-07: the same list rows as d15-list-rows.ts (one per
// article, frozen/list-rows-v23.ts), written in their own key order. That step walks the articles by id, so each
// batch's rows land all over the list index; at 100,000 articles Chromium took about twice as long to write them so
// as in time order (db/README.md, "Upgrades that finish"). Every library older than 15 lists its articles in time
// order already: schema 14's 'all' tag rows, keyed [tag, sortKey]. A batch reads the next keys of that list and the
// articles they name (in the batch's own transaction, so a mark or star made meanwhile is what the row records) and
// writes their list rows. Articles without an 'all' tag row (ingested during the upgrade, which writes their list
// rows itself, or missing from an old library's tag rows) are found by the last batch: it compares the counts, and
// when they differ, the ids. Frozen once shipped.
import type { Table } from 'dexie'
import { listRowV23, type ArticleV23, type ListRowV23 } from './frozen/list-rows-v23'
import type { DataStep } from './data-step'

export const LIST_ROWS_BY_TIME_STEP = 'v15-list-rows-by-time'

const ALL_V14 = 'all'
/** Articles read per request when the last batch looks for articles no tag row named. */
const CHUNK = 1000

const byKey = (a: ListRowV23, b: ListRowV23) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0)
const idOfSortKeyV15 = (sortKey: string) => sortKey.slice(sortKey.indexOf('|') + 1)

async function writeRowsOf(db: Parameters<DataStep['batch']>[0], ids: string[]): Promise<void> {
  const articles = await db.table<ArticleV23, string>('articles').bulkGet(ids)
  const rows = articles.filter((a): a is ArticleV23 => a !== undefined).map(listRowV23).sort(byKey)
  if (rows.length) await (db.table('lists') as Table<ListRowV23, string>).bulkPut(rows)
}

/** The list rows of articles that have none (compared by id), written a chunk at a time. */
async function writeMissingRows(db: Parameters<DataStep['batch']>[0]): Promise<void> {
  const [articles, listed] = await Promise.all([db.table('articles').count(), db.table('lists').count()])
  if (articles === listed) return
  const [ids, keys] = await Promise.all([db.table<ArticleV23, string>('articles').toCollection().primaryKeys(), db.table<ListRowV23, string>('lists').toCollection().primaryKeys()])
  const has = new Set(keys.map(idOfSortKeyV15))
  const missing = ids.filter((id) => !has.has(id))
  for (let i = 0; i < missing.length; i += CHUNK) await writeRowsOf(db, missing.slice(i, i + CHUNK))
}

export const listRowsByTimeStep: DataStep = {
  name: LIST_ROWS_BY_TIME_STEP,
  tables: ['articles', 'lists', 'tags'],
  size: (db) => db.table('articles').count(),
  async batch(db, cursor, limit) {
    const tags = db.table<unknown, [string, string]>('tags')
    const lower: [string, string] = [ALL_V14, cursor ?? '']
    const keys = await tags.where('[tag+sortKey]').between(lower, [ALL_V14, '\uffff'], cursor === undefined, true).limit(limit).primaryKeys()
    if (keys.length) await writeRowsOf(db, keys.map(([, sortKey]) => idOfSortKeyV15(sortKey)))
    const done = keys.length < limit
    if (done) await writeMissingRows(db)
    return { cursor: keys.length ? keys[keys.length - 1][1] : cursor, count: keys.length, done }
  },
}
