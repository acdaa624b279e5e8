// The data step `v15-drop-tags` exactly as shipped (commit bdfedde), kept as the oracle of upgrade-cleanup-steps.test.ts:
// the step in migrations/ may change how it walks, never what it stores.
// Data step of version 15 (issue 15): empties schema 14's tag rows (~18 per article) once the list rows replaced them.
// Deleting the store in the versionchange took as long as writing it (the reader waited for it, measured in
// db/README.md); here its rows go a chunk per transaction over `tags` alone, which nothing else opens, so the app
// never waits for them. The empty store stays declared.
import { type DataStep } from '../../../../src/renderer/src/db/migrations/data-step'

const DROP_TAGS_STEP = 'v15-drop-tags'

/** Tag rows deleted per batch, per unit of the runner's batch size: they are small keys-only deletes. */
const ROWS_PER_UNIT = 10
/** IndexedDB's limit on a request's count is an unsigned long. */
const MAX_ROWS = 1_000_000

export const dropTagsStep: DataStep = {
  name: DROP_TAGS_STEP,
  tables: ['tags'],
  isBackground: true,
  isCleanup: true,
  size: (db) => db.table('tags').count(),
  async batch(db, _cursor, limit) {
    const tags = db.table('tags')
    const rows = Math.min(limit * ROWS_PER_UNIT, MAX_ROWS)
    const keys = await tags.limit(rows).primaryKeys()
    if (keys.length) await tags.bulkDelete(keys)
    return { count: keys.length, done: keys.length < rows }
  },
}
