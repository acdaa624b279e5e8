// Data step of version 15 (issue 15): empties schema 14's tag rows (~18 per article) once the list rows replaced them.
// Deleting the store in the versionchange took as long as writing it (the reader waited for it, measured in
// db/README.md); here its rows go a chunk per transaction over `tags` alone, which nothing else opens, so the app
// never waits for them. The empty store stays declared.
import { type DataStep } from './data-step'

export const DROP_TAGS_STEP = 'v15-drop-tags'

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
  async batch(db, cursor, limit) {
    const tags = db.table('tags')
    const rows = Math.min(limit * ROWS_PER_UNIT, MAX_ROWS)
    // After the last key deleted (the cursor holds it as JSON: tag rows have [tag, sortKey] keys), not from the
    // start: LevelDB keeps deleted rows as tombstones until it compacts, and a walk from the start steps over all of
    // them, each batch more than the one before. The keys read go as one key range.
    const from = cursor === undefined ? tags.orderBy(':id') : tags.where(':id').above(JSON.parse(cursor))
    const keys = (await from.limit(rows).primaryKeys()) as [string, string][]
    if (keys.length) await tags.where(':id').between(keys[0], keys[keys.length - 1], true, true).delete()
    return { cursor: keys.length ? JSON.stringify(keys[keys.length - 1]) : cursor, count: keys.length, done: keys.length < rows }
  },
}
