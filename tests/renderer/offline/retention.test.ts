// Retention on fake-indexeddb: read articles older than N days and each feed's oldest beyond N are deleted,
// starred ones never, and their full texts and image blobs go with them (no orphans).
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { removeFeed } from '../../../src/renderer/src/db/feeds'
import { applyRetention, isExpiredByAge, sweepOrphans } from '../../../src/renderer/src/db/offline/retention'
import { offlineDb } from '../../../src/renderer/src/db/offline/tables'
import { markRead, toggleStar } from '../../../src/renderer/src/db/queries'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { rebuildLists } from '../../../src/renderer/src/db/article-tags'
import { dropDatabase, freshDb } from '../helpers/factories'
import { seedFeed, storeWithImages } from './offline-helpers'

const DAY = 86_400_000
const NOW = Date.UTC(2026, 10, 29, 12)
let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(async () => {
  await dropDatabase(db)
})

const ids = async () => (await db.articles.toCollection().primaryKeys()).sort()
const tagRowsOf = async (id: string) => (await db.lists.toArray()).filter((r) => r.s.endsWith(`|${id}`)).length

describe('isExpiredByAge', () => {
  const row = (over: Partial<{ isRead: 0 | 1; isStarred: 0 | 1; readAt: number }> = {}) => ({ isRead: 0 as const, isStarred: 0 as const, firstSeenAt: NOW - 200 * DAY, ...over })
  const cutoff = NOW - 90 * DAY

  it('expires read articles by the time they were read; keeps unread and starred', () => {
    expect(isExpiredByAge(row({ isRead: 1, readAt: NOW - 91 * DAY }), cutoff)).toBe(true)
    expect(isExpiredByAge(row({ isRead: 1, readAt: NOW - 89 * DAY }), cutoff)).toBe(false)
    expect(isExpiredByAge(row(), cutoff)).toBe(false)
    expect(isExpiredByAge(row({ isRead: 1, isStarred: 1, readAt: NOW - 400 * DAY }), cutoff)).toBe(false)
    expect(isExpiredByAge(row({ isRead: 1 }), cutoff)).toBe(true) // no read time: first seen 200 days ago
  })
})

describe('applyRetention', () => {
  it('deletes expired articles with their tag rows, full texts and images; starred ones stay whole', async () => {
    await seedFeed(db, 'https://news.example/rss', 5)
    await markRead(db, 'a0', true, NOW - 100 * DAY)
    await markRead(db, 'a1', true, NOW - 100 * DAY)
    await toggleStar(db, 'a1')
    await markRead(db, 'a2', true, NOW - 10 * DAY)
    for (const id of ['a0', 'a1', 'a2']) await storeWithImages(db, id, 2, 1000, NOW - DAY)

    const outcome = await applyRetention(db, { keepReadDays: 90, maxPerFeed: 3 }, NOW)

    // a0: read 100 days ago. Then 4 left, cap 3: the oldest unstarred (a2) goes; a1 is starred.
    expect(outcome).toEqual({ deletedByAge: 1, deletedByFeedCap: 1 })
    expect(await ids()).toEqual(['a1', 'a3', 'a4'])
    expect(await tagRowsOf('a0')).toBe(0)
    expect(await tagRowsOf('a2')).toBe(0)
    const odb = offlineDb(db)
    expect((await odb.images.toArray()).map((i) => i.articleId).sort()).toEqual(['a1', 'a1'])
    expect(await odb.fullTexts.toCollection().primaryKeys()).toEqual(['a1'])
    expect(await odb.offlineArticles.toCollection().primaryKeys()).toEqual(['a1'])
  })

  it('leaves counters equal to a rebuild from the remaining articles after deleting by age and by cap', async () => {
    await seedFeed(db, 'https://news.example/rss', 6, (i) => ({ countries: i % 2 ? ['FR', 'DE'] : ['US'], topics: ['politics'] }))
    await seedFeed(db, 'https://other.example/rss', 3, () => ({ countries: ['FR'], topics: ['sport', 'politics'] }), 'b')
    await markRead(db, 'a1', true, NOW - 100 * DAY)
    await toggleStar(db, 'a0')
    expect(await applyRetention(db, { keepReadDays: 90, maxPerFeed: 2, capDeletesUnread: true }, NOW)).toEqual({ deletedByAge: 1, deletedByFeedCap: 4 })
    const kept = { counters: await db.counters.toArray(), lists: await db.lists.toArray() }
    await db.transaction('rw', db.articles, db.lists, db.counters, () => rebuildLists(db.articles, db.lists, db.counters))
    expect(await db.counters.toArray()).toEqual(kept.counters)
    expect(await db.lists.toArray()).toEqual(kept.lists)
    expect((await db.counters.get('all'))?.n).toBe((await ids()).length)
  })

  it('keeps the newest N per feed, oldest deleted first, starred never (unread ones too, when the reader chose so)', async () => {
    await seedFeed(db, 'https://news.example/rss', 5)
    const oldest = (await db.lists.where('k').between(['all', ''], ['all', '\uffff']).primaryKeys()).map((k) => k.slice(k.indexOf('|') + 1))
    await toggleStar(db, oldest[0]!)
    const outcome = await applyRetention(db, { keepReadDays: 90, maxPerFeed: 2, capDeletesUnread: true }, NOW)
    expect(outcome).toEqual({ deletedByAge: 0, deletedByFeedCap: 3 })
    expect(await ids()).toEqual([oldest[0]!, ...oldest.slice(4)].sort())
  })

  it('sweepOrphans removes offline data left behind when a feed is removed elsewhere', async () => {
    const feed = await seedFeed(db, 'https://news.example/rss', 3)
    await toggleStar(db, 'a2')
    for (const id of ['a0', 'a1', 'a2']) await storeWithImages(db, id, 1, 500, NOW)
    await removeFeed(db, feed.id) // the UI's code path: knows nothing of our tables
    expect(await sweepOrphans(db)).toBe(2)
    const odb = offlineDb(db)
    expect((await odb.images.toArray()).map((i) => i.articleId)).toEqual(['a2'])
    expect(await odb.fullTexts.count()).toBe(1)
    expect(await sweepOrphans(db)).toBe(0)
  })
})
