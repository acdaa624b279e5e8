import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { rebuildLists } from '../../../src/renderer/src/db/article-tags'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import {
  countUnread, countUnreadByFeed, getArticle, listArticles, markRead, toggleStar,
} from '../../../src/renderer/src/db/queries'
import type { Feed, MeridianDb } from '../../../src/renderer/src/db/schema'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

let db: MeridianDb
let a: Feed
let b: Feed
const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T09:00:00.000Z`
const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

beforeEach(async () => {
  db = freshDb()
  a = await addFeed(db, 'https://a.example/rss')
  b = await addFeed(db, 'https://b.example/rss')
  // Ids are deliberately not in date order, so primary-key order would give a wrong answer.
  await ingestFeedResult(db, updated(a.id, a.url, [
    makeArticle({ feedId: a.id, id: 'a-z', publishedAt: day(1), countries: ['FR'], topics: ['politics'] }),
    makeArticle({ feedId: a.id, id: 'a-m', publishedAt: day(5), countries: ['FR', 'DE'], topics: ['sport'] }),
    makeArticle({ feedId: a.id, id: 'a-a', publishedAt: day(3), countries: ['DE'], topics: ['politics'] }),
  ]))
  await ingestFeedResult(db, updated(b.id, b.url, [
    makeArticle({ feedId: b.id, id: 'b-1', publishedAt: day(4), countries: ['FR'], topics: ['politics'] }),
    makeArticle({ feedId: b.id, id: 'b-2', publishedAt: day(2), countries: ['US'], topics: ['economy-business-finance'] }),
  ]))
})
afterEach(() => dropDatabase(db))

describe('listArticles', () => {
  it('lists everything newest first, or oldest first', async () => {
    expect(ids(await listArticles(db, {}, { limit: 10 }))).toEqual(['a-m', 'b-1', 'a-a', 'b-2', 'a-z'])
    expect(ids(await listArticles(db, {}, { limit: 10, order: 'oldest' }))).toEqual(['a-z', 'b-2', 'a-a', 'b-1', 'a-m'])
  })

  it('filters by country, topic and feed, newest first', async () => {
    expect(ids(await listArticles(db, { country: 'FR' }, { limit: 10 }))).toEqual(['a-m', 'b-1', 'a-z'])
    expect(ids(await listArticles(db, { topic: 'politics' }, { limit: 10 }))).toEqual(['b-1', 'a-a', 'a-z'])
    expect(ids(await listArticles(db, { feedId: b.id }, { limit: 10 }))).toEqual(['b-1', 'b-2'])
  })

  it('combines conditions (country AND topic AND feed)', async () => {
    expect(ids(await listArticles(db, { country: 'FR', topic: 'politics' }, { limit: 10 }))).toEqual(['b-1', 'a-z'])
    expect(ids(await listArticles(db, { country: 'FR', topic: 'politics', feedId: a.id }, { limit: 10 }))).toEqual(['a-z'])
  })

  it('lists unread only, and follows marking read and unread', async () => {
    await markRead(db, 'b-1', true)
    await markRead(db, 'a-m', true)
    expect(ids(await listArticles(db, { unreadOnly: true }, { limit: 10 }))).toEqual(['a-a', 'b-2', 'a-z'])
    expect(ids(await listArticles(db, { unreadOnly: true, country: 'FR' }, { limit: 10 }))).toEqual(['a-z'])
    await markRead(db, 'a-m', false)
    expect(ids(await listArticles(db, { unreadOnly: true, country: 'FR' }, { limit: 10 }))).toEqual(['a-m', 'a-z'])
    expect((await getArticle(db, 'a-m'))?.readAt).toBeUndefined()
  })

  it('lists starred only', async () => {
    await toggleStar(db, 'a-z')
    await toggleStar(db, 'b-2')
    expect(ids(await listArticles(db, { starredOnly: true }, { limit: 10 }))).toEqual(['b-2', 'a-z'])
    expect(ids(await listArticles(db, { starredOnly: true, country: 'FR' }, { limit: 10 }))).toEqual(['a-z'])
    await toggleStar(db, 'b-2')
    expect(ids(await listArticles(db, { starredOnly: true }, { limit: 10 }))).toEqual(['a-z'])
  })

  it('limits the first page, in both orders', async () => {
    expect(ids(await listArticles(db, {}, { limit: 2 }))).toEqual(['a-m', 'b-1'])
    expect(ids(await listArticles(db, {}, { limit: 2, order: 'oldest' }))).toEqual(['a-z', 'b-2'])
  })

  it('fills a page even when the first batch of the driving tag is mostly filtered out', async () => {
    // 120 newer articles that each match only one condition (FR+sport or DE+politics): whichever tag drives
    // the scan, its first batches hold no match, and the loop must keep reading until it finds the old ones.
    const minute = (i: number) => `2026-11-20T${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00.000Z`
    const many = Array.from({ length: 120 }, (_, i) =>
      i % 2
        ? makeArticle({ feedId: a.id, id: `n${i}`, publishedAt: minute(i), countries: ['FR'], topics: ['sport'] })
        : makeArticle({ feedId: a.id, id: `n${i}`, publishedAt: minute(i), countries: ['DE'], topics: ['politics'] }))
    await ingestFeedResult(db, updated(a.id, a.url, many))
    expect(ids(await listArticles(db, { country: 'FR', topic: 'politics' }, { limit: 2 }))).toEqual(['b-1', 'a-z'])
  })
})

describe('counts', () => {
  it('counts unread per feed and overall from the tags', async () => {
    await markRead(db, 'a-z', true)
    const counts = await countUnreadByFeed(db, [a.id, b.id, 'missing'])
    expect(Object.fromEntries(counts)).toEqual({ [a.id]: 2, [b.id]: 2, missing: 0 })
    expect(await countUnread(db)).toBe(4)
  })

  it('counts unread per feed for many feeds (one range read) as the articles say', async () => {
    const feeds = [a, b]
    for (let f = 0; f < 70; f++) feeds.push(await addFeed(db, `https://many${f}.example/rss`))
    for (const [f, feed] of feeds.slice(2).entries()) {
      if (f % 3 === 0) continue // some feeds have no articles at all
      await ingestFeedResult(db, updated(feed.id, feed.url, Array.from({ length: 1 + (f % 4) }, (_, k) => makeArticle({ feedId: feed.id, id: `m${f}-${k}` }))))
    }
    for (let f = 0; f < 70; f += 5) await markRead(db, `m${f}-0`, true)
    const asked = [...feeds.map((f) => f.id), 'missing']
    const counts = await countUnreadByFeed(db, asked)
    // The oracle: unread articles counted feed by feed from the article rows.
    const articles = await db.articles.toArray()
    expect([...counts]).toEqual(asked.map((id) => [id, articles.filter((x) => x.feedId === id && !x.isRead).length]))
  })
})

describe('tags stay consistent', () => {
  it('rebuildTags reproduces exactly the tag rows the writes maintained', async () => {
    await markRead(db, 'a-a', true)
    await toggleStar(db, 'b-2')
    const maintained = await db.lists.toArray()
    const counters = await db.counters.toArray()
    await db.transaction('rw', db.articles, db.lists, db.counters, () => rebuildLists(db.articles, db.lists, db.counters))
    expect(await db.lists.toArray()).toEqual(maintained)
    expect(await db.counters.toArray()).toEqual(counters)
    expect(maintained.length).toBeGreaterThan(0)
  })
})
