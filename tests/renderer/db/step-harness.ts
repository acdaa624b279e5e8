// Runs a data step outside the app's runner, for the tests that compare a step with its shipped copy.
import { openDatabase, type MeridianDb } from '../../../src/renderer/src/db/schema'
import type { DataStep } from '../../../src/renderer/src/db/migrations/data-step'

/** A second database holding the same records. */
export async function cloneDb(db: MeridianDb): Promise<MeridianDb> {
  const copy = openDatabase(`${db.name}-copy`)
  await copy.open()
  for (const table of db.tables) await copy.table(table.name).bulkPut(await table.toArray())
  return copy
}

/** The step alone, a transaction per batch as the runner does, `limit` units each, from `cursor`, at most `batches`
 *  of them: the cursor reached, the units counted, and whether the step is done. */
export async function runStepAlone(db: MeridianDb, step: DataStep, limit: number, cursor?: string, batches = Infinity): Promise<{ cursor?: string; count: number; done: boolean }> {
  let count = 0
  for (let b = 0; b < batches; b++) {
    const out = await db.transaction('rw', [...step.tables], () => step.batch(db, cursor, limit))
    count += out.count
    cursor = out.cursor ?? cursor
    if (out.done) return { count, done: true }
  }
  return { cursor, count, done: false }
}
