// The data step `v31-drop-old-search` exactly as shipped (commit bdfedde), kept as the oracle of upgrade-cleanup-steps.test.ts:
// the step in migrations/ may change how it walks, never what it stores.
// Data step of version 31 (issue 15): empties `searchOld`, the forward rows of schemas 11–30 that version 30.5 set
// aside (search-swap-v30.ts), once they were copied back (d31-copy-search.ts runs before it). Each row takes its
// ~55 index entries with it, so rows go a batch per transaction over `searchOld` alone, which nothing else opens but
// retention's all-tables transaction; one key-range delete per batch. The empty store stays declared (a version that
// deletes it must come after every library has run this step). Frozen: never edit.
import type { DataStep } from '../../../../src/renderer/src/db/migrations/data-step'

const DROP_OLD_SEARCH_STEP = 'v31-drop-old-search'

export const dropOldSearchStep: DataStep = {
  name: DROP_OLD_SEARCH_STEP,
  tables: ['searchOld'],
  isBackground: true,
  isCleanup: true,
  size: (db) => db.table('searchOld').count(),
  async batch(db, _cursor, limit) {
    const old = db.table('searchOld')
    const keys = (await old.limit(limit).primaryKeys()) as string[]
    if (keys.length) await old.where(':id').between(keys[0], keys[keys.length - 1], true, true).delete()
    return { count: keys.length, done: keys.length < limit }
  },
}
