// Retention on fake-indexeddb: read articles older than N days and each feed's oldest beyond N are deleted,
// starred ones never, and their full texts and image blobs go with them (no orphans).
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { removeFeed } from '../../../src/renderer/src/db/feeds'
import { applyRetention, pickExpired, sweepOrphans } from '../../../src/renderer/src/db/offline/retention'
import { offlineDb } from '../../../src/renderer/src/db/offline/tables'
import { markRead, toggleStar } from '../../../src/renderer/src/db/queries'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
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
const tagRowsOf = async (id: string) => (await db.tags.toArray()).filter((t) => t.articleId === id).length

describe('pickExpired', () => {
  const row = (id: string, over: Partial<{ feedId: string; isRead: 0 | 1; isStarred: 0 | 1; readAt: number; sortKey: string }> = {}) => ({
    id,
    feedId: 'f',
    isRead: 0 as const,
    isStarred: 0 as const,
    firstSeenAt: NOW - 200 * DAY,
    sortKey: `2026-11-01|${id}`,
    ...over,
  })

  it('deletes read articles older than the limit, by the time they were read; keeps unread and starred', () => {
    const picked = pickExpired(
      [
        row('old-read', { isRead: 1, readAt: NOW - 91 * DAY }),
        row('recent-read', { isRead: 1, readAt: NOW - 89 * DAY }),
        row('old-unread'),
        row('old-starred', { isRead: 1, isStarred: 1, readAt: NOW - 400 * DAY }),
      ],
      { keepReadDays: 90, maxPerFeed: 100 },
      NOW,
    )
    expect(picked).toEqual({ byAge: ['old-read'], byFeedCap: [] })
  })

  it('keeps the newest N per feed; starred ones count but are never deleted', () => {
    const rows = [1, 2, 3, 4, 5].map((i) => row(`f${i}`, { sortKey: `2026-11-0${i}|f${i}`, isStarred: i === 1 ? 1 : 0 }))
    const other = row('g1', { feedId: 'g', sortKey: '2020-01-01|g1' })
    const picked = pickExpired([...rows.reverse(), other], { keepReadDays: 90, maxPerFeed: 2 }, NOW)
    expect(picked.byFeedCap).toEqual(['f2', 'f3', 'f4']) // oldest first, f1 starred skipped, g under its cap
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
