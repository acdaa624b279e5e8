// A background batch run while the reader was away is given up when the reader comes back (its transaction aborted,
// nothing of it committed), so the reader's first read does not wait for it; the step does that batch again later
// and ends where an upgrade without interruptions does.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/renderer/src/db/schema'
import { MIGRATIONS_TABLE, runDataMigrations, type MigrationRow } from '../../../src/renderer/src/db/data-migrations'
import { DATA_STEPS } from '../../../src/renderer/src/db/migrations/data-steps'
import { createAt, derived, manyArticlesAt, rebuilt } from './released-schemas'

const isBackground = (name: string) => DATA_STEPS.find((s) => s.name === name)?.isBackground === true

describe("the reader's return", () => {
  it('rolls the background batch in flight back; the steps end as a rebuild, each unit counted once', async () => {
    const name = `yield-${Math.random().toString(36).slice(2)}`
    await createAt(30, name, manyArticlesAt(30, 120))
    const db = openDatabase(name)
    let isActive = false
    let subscriptions = 0
    let returns = 0
    const committed: string[] = []
    let comeBack: (() => void) | undefined
    let searchWrites = 0
    const onWrite = () => {
      if (!comeBack) return
      const listener = comeBack
      comeBack = undefined
      returns++
      isActive = true
      listener()
    }
    db.table('search').hook('creating', () => void searchWrites++)
    for (const table of ['search', 'postings']) db.table(table).hook('creating', onWrite)
    try {
      const done = await runDataMigrations(db, {
        batchSize: 50,
        pauseMs: 0,
        isReaderActive: () => isActive,
        // The reader comes back during every third idle batch, at its first write (a hook, inside its transaction),
        // and goes away again after the next batch.
        onReaderReturn: (listener) => {
          comeBack = ++subscriptions % 3 === 1 ? listener : undefined
          return () => (comeBack = undefined)
        },
        onProgress: (p) => {
          committed.push(p.step)
          isActive = false
        },
      })
      expect(done).toBe(true)
      expect(returns).toBeGreaterThan(2)
      const rows = await db.table<MigrationRow, string>(MIGRATIONS_TABLE).toArray()
      expect(rows.every((r) => r.done === 1)).toBe(true)
      // Only background steps, and only while the reader was away, subscribe: 60 forward rows to copy back at 50 a
      // batch; any batch given up would have added its units again had it committed.
      expect(rows.find((r) => r.name === 'v31-copy-search')).toMatchObject({ processed: 60 })
      expect(rows.find((r) => r.name === 'v31-drop-old-search')).toMatchObject({ processed: 60 })
      expect(committed.every(isBackground)).toBe(true)
      // The first copy batch (50 rows) was written, rolled back and written again.
      expect(searchWrites).toBe(50 + 60)
      expect(await db.table('searchOld').count()).toBe(0)
      expect(await derived(db)).toEqual(await rebuilt(db))
    } finally {
      db.close()
      await db.delete()
    }
  })
})
