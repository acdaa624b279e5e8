// Issue 16 items 3: the per-feed cap against a feed that lists more items than the cap. What the cap removed must not
// come back unread on the next poll (tombstones), and the cap never deletes unread articles unless the reader chose so.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { applyRetention } from '../../../src/renderer/src/db/offline/retention'
import { markRead } from '../../../src/renderer/src/db/queries'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import type { Feed } from '../../../src/renderer/src/db/schema'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'
import { seedFeed } from './offline-helpers'

const NOW = Date.UTC(2026, 10, 29, 12)
let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(() => dropDatabase(db))

const ids = async () => (await db.articles.toCollection().primaryKeys()).sort()
/** The feed's next poll: it still lists all five items. */
const poll = (feed: Feed) =>
  ingestFeedResult(db, updated(feed.id, feed.url, Array.from({ length: 5 }, (_, i) => makeArticle({ feedId: feed.id, id: `a${i}`, publishedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString() }))), NOW)

describe('the per-feed cap', () => {
  it('does not let a feed that still lists removed articles bring them back', async () => {
    const feed = await seedFeed(db, 'https://news.example/rss', 5)
    for (let i = 0; i < 5; i++) await markRead(db, `a${i}`, true, NOW)
    expect(await applyRetention(db, { keepReadDays: 90, maxPerFeed: 2 }, NOW)).toEqual({ deletedByAge: 0, deletedByFeedCap: 3 })
    const summary = await poll(feed)
    expect(summary.added).toBe(0)
    expect(await ids()).toEqual(['a3', 'a4'])
    expect((await db.counters.get('u:all'))?.n ?? 0).toBe(0)
  })

  it('keeps unread articles unless the reader chose to let the cap delete them', async () => {
    await seedFeed(db, 'https://news.example/rss', 5)
    await markRead(db, 'a0', true, NOW)
    expect(await applyRetention(db, { keepReadDays: 90, maxPerFeed: 2 }, NOW)).toEqual({ deletedByAge: 0, deletedByFeedCap: 1 })
    expect(await ids()).toEqual(['a1', 'a2', 'a3', 'a4'])
    expect(await applyRetention(db, { keepReadDays: 90, maxPerFeed: 2, capDeletesUnread: true }, NOW)).toEqual({ deletedByAge: 0, deletedByFeedCap: 2 })
    expect(await ids()).toEqual(['a3', 'a4'])
  })
})
