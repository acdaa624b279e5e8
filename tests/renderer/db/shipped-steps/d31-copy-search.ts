// The data step `v31-copy-search` exactly as shipped (commit 443e307), kept as the oracle of upgrade-cleanup-steps.test.ts:
// the step in migrations/ may change how it walks, never what it stores.
// Data step of version 31 (issue 15): the forward search rows schemas 11–30 wrote, back from `searchOld` (where
// version 30.5 moved them so that version 31's index drop touches an empty store; search-swap-v30.ts) into `search`,
// before the posting lists are built from them (d31-postings.ts). A row goes back only if its article is still stored
// and `search` has no row for it: since the open, the app may have written a newer row (an edit, a rule hiding the
// article, the indexer moving a queued row) or deleted the article and its row (retention, unsubscribe), and in
// either case the store now holds what the shipped version 31 would hold. A background step: search misses the
// articles it has not reached (as it missed those v31-postings had not reached). Frozen: never edit.
import { outcomeOf, pageAfter, type DataStep } from '../../../../src/renderer/src/db/migrations/data-step'

const COPY_SEARCH_STEP = 'v31-copy-search'

interface SearchRowV30 {
  id: string
  w: string[]
}

export const copySearchStep: DataStep = {
  name: COPY_SEARCH_STEP,
  tables: ['searchOld', 'search', 'articles'],
  isBackground: true,
  size: (db) => db.table('searchOld').count(),
  async batch(db, cursor, limit) {
    const page = await pageAfter(db.table<SearchRowV30, string>('searchOld'), cursor, limit)
    const ids = page.map((r) => r.id)
    const [stored, written] = await Promise.all([db.table('articles').where(':id').anyOf(ids).primaryKeys(), db.table('search').where(':id').anyOf(ids).primaryKeys()])
    const isStored = new Set(stored)
    const isWritten = new Set(written)
    const rows = page.filter((r) => isStored.has(r.id) && !isWritten.has(r.id))
    if (rows.length) await db.table('search').bulkAdd(rows)
    return outcomeOf(page, limit, (r) => r.id)
  },
}
