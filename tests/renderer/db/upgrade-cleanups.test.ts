// Clean-ups (steps that empty a store nothing else reads: schema 14's tag rows, schema 30's set-aside forward rows)
// run last, and the runner says the upgrade is ready before them, so the start-up re-tag need not wait for them
// (v15-drop-tags took ~17 minutes at 100,000). Why that is safe: their tables are none of the re-tag's nor any other
// step's, and a re-tag run beside them ends where a rebuild from the articles does.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { ClassifyRequest, ClassifyResponse } from '../../../src/shared/model'
import { openDatabase } from '../../../src/renderer/src/db/schema'
import { MIGRATIONS_TABLE, runDataMigrations, type MigrationRow } from '../../../src/renderer/src/db/data-migrations'
import { DATA_STEPS } from '../../../src/renderer/src/db/migrations/data-steps'
import { articleTables } from '../../../src/renderer/src/db/article-tags'
import { retagArticles } from '../../../src/renderer/src/db/retag'
import { createAt, derived, manyArticlesAt, rebuilt } from './released-schemas'

const cleanups = DATA_STEPS.filter((s) => s.isCleanup)

describe('clean-up steps', () => {
  it('come after every other step and touch no table the re-tag touches', () => {
    expect(cleanups.map((s) => s.name)).toEqual(['v15-drop-tags', 'v31-drop-old-search'])
    const first = DATA_STEPS.findIndex((s) => s.isCleanup)
    expect(DATA_STEPS.slice(first).every((s) => s.isCleanup)).toBe(true)
    const db = openDatabase(`cleanup-tables-${Math.random().toString(36).slice(2)}`)
    const retagTables = new Set(articleTables(db).map((t) => t.name))
    expect(cleanups.flatMap((s) => s.tables).filter((t) => retagTables.has(t))).toEqual([])
    // The one other step reading a clean-up's store (the copy back from searchOld) runs before it, so it is done too.
    expect(DATA_STEPS.filter((s) => !s.isCleanup && s.tables.some((t) => cleanups.some((c) => c.tables.includes(t)))).map((s) => s.name)).toEqual(['v31-copy-search'])
  })

  it('are not waited for: ready comes before their first batch, and a re-tag beside them ends as a rebuild', async () => {
    const name = `cleanup-ready-${Math.random().toString(36).slice(2)}`
    await createAt(14, name, manyArticlesAt(14, 120))
    const db = openDatabase(name)
    const classify = async (requests: ClassifyRequest[]): Promise<ClassifyResponse> => ({
      version: 2,
      results: requests.map((_, i) => ({ countries: [i % 2 ? 'EG' : 'FR'], mentions: [], topics: ['health' as const], evidence: { countries: {}, topics: {} } })),
    })
    let retag: Promise<unknown> | undefined
    let atReady: { rows: MigrationRow[]; tags: number; old: number } | undefined
    const steps: string[] = []
    try {
      const done = await runDataMigrations(db, {
        batchSize: 40,
        pauseMs: 0,
        onProgress: (p) => void steps.push(p.step),
        onReady: () => {
          retag = retagArticles(db, classify, { all: true, batchSize: 25 })
          void Promise.all([db.table<MigrationRow, string>(MIGRATIONS_TABLE).toArray(), db.table('tags').count(), db.table('searchOld').count()]).then(([rows, tags, old]) => (atReady = { rows, tags, old }))
        },
      })
      expect(done).toBe(true)
      expect(await retag).toMatchObject({ version: 2, retagged: 120 })
      // At ready, every step but the clean-ups was done, and their stores still full.
      expect(atReady!.rows.filter((r) => !r.done).map((r) => r.name).sort()).toEqual(['v15-drop-tags', 'v31-drop-old-search'])
      expect(atReady!.tags).toBeGreaterThan(0)
      expect(atReady!.old).toBe(120)
      expect(steps.indexOf('v15-drop-tags')).toBeGreaterThan(steps.lastIndexOf('v34-country-postings'))
      expect(await db.table('tags').count()).toBe(0)
      expect(await db.table('searchOld').count()).toBe(0)
      expect((await db.articles.toArray()).map((a) => a.topics)).toEqual(Array.from({ length: 120 }, () => ['health']))
      expect(await derived(db)).toEqual(await rebuilt(db))
    } finally {
      db.close()
      await db.delete()
    }
  })

  it('ready is not said when the steps stop before the clean-ups', async () => {
    const name = `cleanup-stop-${Math.random().toString(36).slice(2)}`
    await createAt(14, name, manyArticlesAt(14, 60))
    const db = openDatabase(name)
    const stop = new AbortController()
    let isReady = false
    try {
      expect(await runDataMigrations(db, { batchSize: 40, pauseMs: 0, signal: stop.signal, onProgress: () => stop.abort(), onReady: () => (isReady = true) })).toBe(false)
      expect(isReady).toBe(false)
    } finally {
      db.close()
      await db.delete()
    }
  })
})
