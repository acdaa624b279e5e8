import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  AddFeedError, addFeed, feedDisplayTitle, listFeeds, removeFeed, renameFeed, setFolder, toSubscription, waitForFirstFetch,
} from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { listArticles, toggleStar } from '../../../src/renderer/src/db/queries'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { dropDatabase, freshDb, makeArticle, makeHttp, updated } from '../helpers/factories'

let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(() => dropDatabase(db))

describe('addFeed', () => {
  it('creates a feed with a uuid, defaults, and the host as a placeholder title', async () => {
    const feed = await addFeed(db, '  https://News.Example/rss  ', { now: 1234 })
    expect(feed.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(feed).toMatchObject({ url: 'https://news.example/rss', title: 'news.example', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: 1234 })
    expect(await db.feeds.get(feed.id)).toEqual(feed)
  })

  it('assumes https when no scheme is given', async () => {
    expect((await addFeed(db, 'example.org/feed')).url).toBe('https://example.org/feed')
  })

  it('refuses a duplicate URL with a clear error', async () => {
    await addFeed(db, 'https://news.example/rss')
    const err = await addFeed(db, 'https://news.example/rss').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(AddFeedError)
    expect((err as AddFeedError).code).toBe('duplicate')
    expect((err as Error).message).toMatch(/Already subscribed to https:\/\/news\.example\/rss/)
    expect(await db.feeds.count()).toBe(1)
  })

  it('refuses non-http schemes and garbage', async () => {
    await expect(addFeed(db, 'ftp://x.example/feed')).rejects.toThrow(/Only http and https/)
    await expect(addFeed(db, 'javascript:alert(1)')).rejects.toThrow(AddFeedError)
    await expect(addFeed(db, 'http://')).rejects.toThrow(AddFeedError)
    expect(await db.feeds.count()).toBe(0)
  })
})

describe('rename, folders, list, subscription', () => {
  it('renames with customTitle, and an empty name restores the feed title', async () => {
    const feed = await addFeed(db, 'https://news.example/rss', { title: 'News' })
    await renameFeed(db, feed.id, '  Morning paper ')
    expect(feedDisplayTitle((await db.feeds.get(feed.id))!)).toBe('Morning paper')
    await renameFeed(db, feed.id, '')
    const back = await db.feeds.get(feed.id)
    expect(back?.customTitle).toBeUndefined()
    expect(feedDisplayTitle(back!)).toBe('News')
  })

  it('lists feeds by folder, then name', async () => {
    const z = await addFeed(db, 'https://z.example/rss', { title: 'Zeta' })
    await addFeed(db, 'https://a.example/rss', { title: 'alpha' })
    const m = await addFeed(db, 'https://m.example/rss', { title: 'Mu' })
    await setFolder(db, z.id, 'World')
    await setFolder(db, m.id, 'World')
    expect((await listFeeds(db)).map((f) => f.title)).toEqual(['alpha', 'Mu', 'Zeta'])
    await setFolder(db, m.id, undefined)
    expect((await db.feeds.get(m.id))?.folder).toBeUndefined()
  })

  it('toSubscription carries what the poller needs and nothing of the reader\'s', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    await ingestFeedResult(db, { ...updated(feed.id, feed.url, []), http: makeHttp({ url: feed.url, nextPollAt: 5, failureCount: 0 }) })
    await renameFeed(db, feed.id, 'Mine')
    expect(toSubscription((await db.feeds.get(feed.id))!)).toEqual({
      id: feed.id, url: feed.url, validators: { etag: '"v1"', contentHash: 'abc' }, nextPollAt: 5, failureCount: 0, isDead: false, intervalMinutes: 30,
    })
  })
})

describe('removeFeed', () => {
  it('deletes the feed and its articles but keeps starred ones, still listed as starred', async () => {
    const feed = await addFeed(db, 'https://news.example/rss', { title: 'Daily' })
    const other = await addFeed(db, 'https://other.example/rss')
    await ingestFeedResult(db, updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: 'keep' }), makeArticle({ feedId: feed.id, id: 'drop' })]))
    await ingestFeedResult(db, updated(other.id, other.url, [makeArticle({ feedId: other.id, id: 'else' })]))
    await renameFeed(db, feed.id, 'My daily')
    await toggleStar(db, 'keep')
    await removeFeed(db, feed.id)
    expect(await db.feeds.get(feed.id)).toBeUndefined()
    expect((await db.articles.toArray()).map((x) => x.id).sort()).toEqual(['else', 'keep'])
    expect((await db.articles.get('keep'))?.sourceTitle).toBe('My daily')
    expect((await listArticles(db, { starredOnly: true }, { limit: 10 })).map((x) => x.id)).toEqual(['keep'])
    expect((await listArticles(db, {}, { limit: 10 })).map((x) => x.id).sort()).toEqual(['else', 'keep'])
    expect(await db.lists.filter((r) => r.s.endsWith('|drop')).count()).toBe(0)
  })
})

describe('waitForFirstFetch', () => {
  it('resolves with the feed once a result has been stored', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    const waiting = waitForFirstFetch(db, feed.id, 5000)
    await ingestFeedResult(db, { feedId: feed.id, kind: 'failed', error: { code: 'not-a-feed', message: 'HTML' }, http: makeHttp({ url: feed.url }) })
    expect((await waiting)?.lastError?.code).toBe('not-a-feed')
  })

  it('resolves undefined on timeout', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    expect(await waitForFirstFetch(db, feed.id, 30)).toBeUndefined()
  })
})
