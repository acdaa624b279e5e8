// Data step of version 11 (issues 4 and 6): every article's search row, for databases older than 11. Rows go to the
// search queue (`searchPending`, no index, so cheap to write), which the background indexer moves into the index
// and search reads meanwhile; an article whose row the app already wrote is skipped. Frozen: the tokenizer of
// frozen/search-v11.ts.
import { searchRowOfV11, type ArticleV11 } from './frozen/search-v11'
import { outcomeOf, pageAfter, type DataStep } from './data-step'

export const SEARCH_QUEUE_STEP = 'v11-search-queue'

export const searchQueueStep: DataStep = {
  name: SEARCH_QUEUE_STEP,
  tables: ['articles', 'search', 'searchPending'],
  size: (db) => db.table('articles').count(),
  async batch(db, cursor, limit) {
    const page = await pageAfter(db.table<ArticleV11, string>('articles'), cursor, limit)
    const ids = page.map((a) => a.id)
    const [indexed, queued] = await Promise.all([db.table('search').where(':id').anyOf(ids).primaryKeys(), db.table('searchPending').where(':id').anyOf(ids).primaryKeys()])
    const has = new Set([...indexed, ...queued])
    const rows = page.filter((a) => !has.has(a.id)).map(searchRowOfV11)
    if (rows.length) await db.table('searchPending').bulkPut(rows)
    return outcomeOf(page, limit, (a) => a.id)
  },
}
