import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/renderer/src/db/schema'
import { migrationProgress, runDataMigrations } from '../../../src/renderer/src/db/data-migrations'
import { applyRetention } from '../../../src/renderer/src/db/offline/retention'
import { RELEASED, createAt, derived, rebuilt } from './released-schemas'

describe('upgrades from every released schema', () => {
  for (const v of Object.keys(RELEASED).map(Number)) {
    it(`version ${v} → latest: every derived table equals a rebuild from the articles; reader state survives`, async () => {
      const name = `upgrade-${v}-${Math.random().toString(36).slice(2)}`
      await createAt(v, name)
      const db = openDatabase(name)
      try {
        await db.open()
        // Only schemas before the list rows leave data work for after the open.
        expect((await migrationProgress(db)).isRunning).toBe(v < 21)
        expect(await runDataMigrations(db, { pauseMs: 0 })).toBe(true)
        expect(await migrationProgress(db)).toMatchObject({ isRunning: false })
        const upgraded = await derived(db)
        expect(upgraded).toEqual(await rebuilt(db))
        expect(upgraded.lists).toHaveLength(4)
        expect(upgraded.pending).toBe(0)
        const stored = await db.articles.orderBy('id').toArray()
        expect(stored.map((a) => [a.id, a.isRead, a.isStarred, a.outletCountry])).toEqual([['a', 0, 0, 'FR'], ['b', 1, 0, 'FR'], ['c', 0, 1, undefined], ['d', 1, 1, undefined]])
        expect(stored.find((a) => a.id === 'd')?.userTags?.addCountries).toEqual(['KR'])
        expect(stored.filter((a) => a.readAt !== undefined).map((a) => a.id)).toEqual(['b', 'd'])
        // Schema 14's tag rows are gone (their store stays declared, empty).
        expect(await db.table('tags').count()).toBe(0)
        // Schemas 11–30's forward rows set aside by 30.5 are gone too.
        expect(await db.table('searchOld').count()).toBe(0)
        // The list rows say it too, independently of the rebuild: read, starred, the reader's correction.
        const m = new Map(upgraded.lists.map((r) => [r.s.split('|')[1], r.m]))
        expect(m.get('a')).toContain(' u ')
        expect(m.get('b')).not.toContain(' u ')
        expect(m.get('d')).toMatch(/ c:KR .* s $/)
      } finally {
        db.close()
        await db.delete()
      }
    })
  }
})

describe('schema upgrade to the readAt index (version 12)', () => {
  it('gives read articles stored without a read time their first-seen time, so retention still finds them', async () => {
    const name = `upgrade-readat-${Math.random().toString(36).slice(2)}`
    const v11 = new Dexie(name)
    v11.version(11).stores({ feeds: 'id, &url', articles: 'id, feedId, [feedId+url]', tags: '[tag+sortKey]', counters: 'key', search: 'id, *w' })
    const DAY = 86_400_000
    const row = (id: string, isRead: 0 | 1, extra: object = {}) => ({
      id, feedId: 'f', title: id, summary: '', publishedAt: '2026-01-01T00:00:00.000Z', enclosures: [], categories: [], countries: [], topics: [],
      classified: { countries: [], topics: [] }, classifierVersion: 1, isRead, isStarred: 0, firstSeenAt: 1000 * DAY, sortKey: `2026-01-01T00:00:00.000Z|${id}`, ...extra,
    })
    await v11.table('articles').bulkAdd([row('legacy', 1), row('stamped', 1, { readAt: 1001 * DAY }), row('unread', 0)])
    await v11.table('tags').bulkAdd([
      ...['legacy', 'stamped', 'unread'].map((id) => ({ tag: 'all', sortKey: `2026-01-01T00:00:00.000Z|${id}`, articleId: id, m: ' f:f ' })),
      { tag: 'u:all', sortKey: '2026-01-01T00:00:00.000Z|unread', articleId: 'unread', m: ' f:f ' },
    ])
    v11.close()

    const db = openDatabase(name)
    await runDataMigrations(db, { pauseMs: 0 })
    expect((await db.articles.get('legacy'))?.readAt).toBe(1000 * DAY)
    expect((await db.articles.get('stamped'))?.readAt).toBe(1001 * DAY)
    expect((await db.articles.get('unread'))?.readAt).toBeUndefined()
    expect(await db.articles.where('readAt').above(0).primaryKeys()).toEqual(['legacy', 'stamped'])
    // Read 90 days are kept: at day 1091 only the legacy article (first seen day 1000) has expired.
    expect(await applyRetention(db, { keepReadDays: 90, maxPerFeed: 100 }, 1090.5 * DAY)).toEqual({ deletedByAge: 1, deletedByFeedCap: 0 })
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(['stamped', 'unread'])
    db.close()
    await db.delete()
  })
})

