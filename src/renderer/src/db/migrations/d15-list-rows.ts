// Data step of version 15 (issue 15): one list row per article (see schema.ts), built from the articles a batch at a
// time after the database opened. Schema 14's tag rows are dropped by the versionchange itself; the articles are the
// truth, and reading them in the batch's own transaction means a mark or star the reader made meanwhile is what the
// row records. Frozen: the list-row shape of frozen/list-rows-v23.ts.
import type { Table } from 'dexie'
import { listRowV23, type ArticleV23, type ListRowV23 } from './frozen/list-rows-v23'
import { outcomeOf, pageAfter, type DataStep } from './data-step'

export const LIST_ROWS_STEP = 'v15-list-rows'

const byKey = (a: ListRowV23, b: ListRowV23) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0)

export const listRowsStep: DataStep = {
  name: LIST_ROWS_STEP,
  tables: ['articles', 'lists'],
  size: (db) => db.table('articles').count(),
  async batch(db, cursor, limit) {
    const page = await pageAfter(db.table<ArticleV23, string>('articles'), cursor, limit)
    // In key order: Chromium writes a batch in key order faster (fewer LevelDB files reopened).
    const rows = page.map(listRowV23).sort(byKey)
    if (rows.length) await (db.table('lists') as Table<ListRowV23, string>).bulkPut(rows)
    return outcomeOf(page, limit, (a) => a.id)
  },
}
