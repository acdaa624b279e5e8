// Version 30.5 sets the forward search rows of schemas 11–30 aside (renames their store) so that version 31 drops the
// index of an empty store; background steps copy them back and empty the old store. Checked against a rebuild from
// the articles (the oracle), with the reader and retention at work between the open and the copy, and resumed.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { runDataMigrations } from '../../../src/renderer/src/db/data-migrations'
import { removeFeed } from '../../../src/renderer/src/db/feeds'
import { articleTables, writeArticles } from '../../../src/renderer/src/db/article-tags'
import { COPY_SEARCH_STEP } from '../../../src/renderer/src/db/migrations/d31-copy-search'
import { createAt, derived, manyArticlesAt, rebuilt, withDb } from './released-schemas'

const N = 90

async function at30(): Promise<{ name: string; ids: string[] }> {
  const name = `swap-${Math.random().toString(36).slice(2)}`
  const articles = manyArticlesAt(30, N)
  await createAt(30, name, articles)
  return { name, ids: articles.map((a) => a.id) }
}

describe('version 30.5: the forward rows set aside, copied back, the old store emptied', () => {
  it('leaves the versionchange an empty search store without the token index, the rows in searchOld', async () => {
    const { name } = await at30()
    await withDb(name, async (db) => {
      await db.open()
      // createAt(30) indexed every other article (45 forward rows) and queued the rest.
      expect(await db.table('searchOld').count()).toBe(N / 2)
      expect(await db.search.count()).toBe(0)
      expect(db.search.schema.indexes).toEqual([])
      expect(db.table('searchOld').schema.indexes.map((i) => i.name)).toEqual(['w'])
      expect(await runDataMigrations(db, { pauseMs: 0 })).toBe(true)
      expect(await db.table('searchOld').count()).toBe(0)
      expect(await derived(db)).toEqual(await rebuilt(db))
      await db.delete()
    })
  })

  it('keeps what the app wrote or deleted between the open and the copy', async () => {
    const { name, ids } = await at30()
    await withDb(name, async (db) => {
      await db.open()
      // Feed f2 holds the even articles, whose forward rows were set aside (the odd ones were queued): unsubscribing
      // deletes them and their rows but for the starred (every fifth). The first one is edited: writeArticles writes
      // its new forward row, which the copy must not overwrite.
      await removeFeed(db, 'f2')
      const before = (await db.articles.get(ids[0]))!
      await db.transaction('rw', articleTables(db), () => writeArticles(db, [{ before, after: { ...before, title: 'Kouign-amann' } }]))
      expect(await runDataMigrations(db, { pauseMs: 0 })).toBe(true)
      const upgraded = await derived(db)
      expect(upgraded).toEqual(await rebuilt(db))
      expect(upgraded.search.find((r) => r.id === ids[0])?.w).toContain('kouign')
      const kept = ids.filter((_, i) => i % 2 === 1 || i % 5 === 0)
      expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(kept)
      expect(upgraded.search.map((r) => r.id)).toEqual(kept)
      await db.delete()
    })
  })

  it('resumes a copy interrupted after any batch', async () => {
    for (const k of [1, 2, 3]) {
      const { name } = await at30()
      await withDb(name, async (db) => {
        const stop = new AbortController()
        let copies = 0
        await runDataMigrations(db, { batchSize: 20, pauseMs: 0, signal: stop.signal, onProgress: (p) => p.step === COPY_SEARCH_STEP && ++copies >= k && stop.abort() })
        expect(copies).toBe(k)
      })
      await withDb(name, async (db) => {
        expect(await runDataMigrations(db, { batchSize: 20, pauseMs: 0 })).toBe(true)
        expect(await db.table('searchOld').count()).toBe(0)
        expect(await derived(db)).toEqual(await rebuilt(db))
        await db.delete()
      })
    }
  })
})
