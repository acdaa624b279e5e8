import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult, ingestFeedResults, sameRow } from '../../../src/renderer/src/db/ingest'
import { rebuildLists } from '../../../src/renderer/src/db/article-tags'
import type { FeedResult } from '../../../src/shared/model'
import { listArticles, markRead, setUserTags, toggleStar } from '../../../src/renderer/src/db/queries'
import type { Feed, MeridianDb } from '../../../src/renderer/src/db/schema'
import { saveRule } from '../../../src/renderer/src/db/rules/store'
import { dropDatabase, freshDb, makeArticle, makeHttp, updated } from '../helpers/factories'
import { derived } from './released-schemas'

let db: MeridianDb
let feed: Feed
const URL1 = 'https://news.example/rss'

beforeEach(async () => {
  db = freshDb()
  feed = await addFeed(db, URL1)
})
afterEach(() => dropDatabase(db))

const allRows = async () => ({
  articles: await db.articles.orderBy('id').toArray(),
  lists: await db.lists.toArray(),
})

describe('ingestFeedResult: updated', () => {
  it('stores new articles unread, unstarred, with firstSeenAt', async () => {
    const a = makeArticle({ feedId: feed.id, id: 'x1' })
    const summary = await ingestFeedResult(db, updated(feed.id, URL1, [a]), 1000)
    expect(summary).toMatchObject({ added: 1, updated: 0, skipped: 0, duplicates: 0, ignored: false })
    const stored = await db.articles.get('x1')
    expect(stored).toMatchObject({ isRead: 0, isStarred: 0, firstSeenAt: 1000, title: a.title })
    expect(stored?.sortKey).toBe(`${a.publishedAt}|x1`)
  })

  it('is idempotent: the same result twice gives the same rows and no duplicates', async () => {
    const result = updated(feed.id, URL1, [
      makeArticle({ feedId: feed.id, id: 'x1', countries: ['FR'], topics: ['politics'] }),
      makeArticle({ feedId: feed.id, id: 'x2', publishedAt: '2026-11-02T10:00:00.000Z' }),
    ])
    await ingestFeedResult(db, result, 1000)
    const first = await allRows()
    const second = await ingestFeedResult(db, result, 2000)
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 2 })
    expect(await allRows()).toEqual(first)
    expect(first.articles).toHaveLength(2)
  })

  it('does not duplicate an article that comes back under a new guid with the same canonical URL', async () => {
    const url = 'https://news.example/story'
    await ingestFeedResult(db, updated(feed.id, URL1, [makeArticle({ feedId: feed.id, id: 'guid-1', url })]))
    await markRead(db, 'guid-1', true)
    const again = await ingestFeedResult(
      db,
      updated(feed.id, URL1, [makeArticle({ feedId: feed.id, id: 'guid-2', url, title: 'Corrected title' })]),
    )
    expect(again).toMatchObject({ added: 0, updated: 1 })
    const rows = await db.articles.toArray()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ id: 'guid-1', title: 'Corrected title', isRead: 1 })
  })

  it('does not bring back an article retention deleted, with few tombstones or many', async () => {
    await db.tombstones.bulkPut([{ id: 'gone', at: 1 }])
    const result = updated(feed.id, URL1, [makeArticle({ feedId: feed.id, id: 'gone' }), makeArticle({ feedId: feed.id, id: 'new1' })])
    expect(await ingestFeedResult(db, result)).toMatchObject({ added: 1, removedBefore: 1 })
    // Past the number of tombstones read at once, each incoming id is looked up instead.
    await db.tombstones.bulkPut(Array.from({ length: 5_001 }, (_, i) => ({ id: `old${i}`, at: 1 })))
    const again = updated(feed.id, URL1, [makeArticle({ feedId: feed.id, id: 'gone' }), makeArticle({ feedId: feed.id, id: 'old4999' }), makeArticle({ feedId: feed.id, id: 'new2' })])
    expect(await ingestFeedResult(db, again)).toMatchObject({ added: 1, removedBefore: 2 })
    expect((await db.articles.orderBy('id').primaryKeys())).toEqual(['new1', 'new2'])
  })

  it('counts repeats inside one result as duplicates', async () => {
    const url = 'https://news.example/same'
    const summary = await ingestFeedResult(
      db,
      updated(feed.id, URL1, [
        makeArticle({ feedId: feed.id, id: 'd1', url }),
        makeArticle({ feedId: feed.id, id: 'd2', url }),
        makeArticle({ feedId: feed.id, id: 'd1', url: 'https://news.example/other' }),
      ]),
    )
    expect(summary).toMatchObject({ added: 1, duplicates: 2 })
    expect(await db.articles.count()).toBe(1)
  })

  it('keeps read, starred and readAt across re-ingest while refreshing content', async () => {
    const a = makeArticle({ feedId: feed.id, id: 'x1' })
    await ingestFeedResult(db, updated(feed.id, URL1, [a]))
    await markRead(db, 'x1', true, 5000)
    await toggleStar(db, 'x1')
    await ingestFeedResult(db, updated(feed.id, URL1, [{ ...a, title: 'New title', contentHtml: '<p>new</p>' }]))
    expect(await db.articles.get('x1')).toMatchObject({
      isRead: 1, isStarred: 1, readAt: 5000, title: 'New title', contentHtml: '<p>new</p>',
    })
    const unread = await listArticles(db, { unreadOnly: true }, { limit: 10 })
    const starred = await listArticles(db, { starredOnly: true }, { limit: 10 })
    expect(unread).toHaveLength(0)
    expect(starred.map((x) => x.id)).toEqual(['x1'])
  })

  it('re-applies the reader\'s tag corrections over the classifier\'s new tags', async () => {
    const a = makeArticle({ feedId: feed.id, id: 'x1', countries: ['FR', 'DE'], topics: ['sport'] })
    await ingestFeedResult(db, updated(feed.id, URL1, [a]))
    await setUserTags(db, 'x1', { addCountries: ['IT'], removeCountries: ['DE'], addTopics: ['politics'], removeTopics: [] })
    // The classifier now also says GB and sees DE again; the reader's removal of DE must still hold.
    await ingestFeedResult(db, updated(feed.id, URL1, [{ ...a, countries: ['FR', 'DE', 'GB'], classifierVersion: 2 }]))
    const stored = await db.articles.get('x1')
    expect(stored?.countries.sort()).toEqual(['FR', 'GB', 'IT'])
    expect(stored?.topics.sort()).toEqual(['politics', 'sport'])
    expect(stored?.classified.countries).toEqual(['FR', 'DE', 'GB'])
    expect(stored?.userTags?.removeCountries).toEqual(['DE'])
    expect((await listArticles(db, { country: 'DE' }, { limit: 10 })).map((x) => x.id)).toEqual([])
    expect((await listArticles(db, { country: 'IT' }, { limit: 10 })).map((x) => x.id)).toEqual(['x1'])
  })

  it('keeps the stored date when the new one is only a first-seen guess, but takes a real correction', async () => {
    const a = makeArticle({ feedId: feed.id, id: 'x1', publishedAt: '2026-11-01T10:00:00.000Z' })
    await ingestFeedResult(db, updated(feed.id, URL1, [a]))
    await ingestFeedResult(db, updated(feed.id, URL1, [{ ...a, publishedAt: '2026-11-29T12:00:00.000Z', isDateMissing: true }]))
    expect((await db.articles.get('x1'))?.publishedAt).toBe('2026-11-01T10:00:00.000Z')
    await ingestFeedResult(db, updated(feed.id, URL1, [{ ...a, publishedAt: '2026-11-03T08:00:00.000Z' }]))
    const stored = await db.articles.get('x1')
    expect(stored?.publishedAt).toBe('2026-11-03T08:00:00.000Z')
    // The old position in every list is gone: one list row, at the new sortKey.
    const inAll = await db.lists.where('k').between(['all', ''], ['all', '\uffff']).primaryKeys()
    expect(inAll).toEqual(['2026-11-03T08:00:00.000Z|x1'])
  })

  it('skips malformed rows and stores the others', async () => {
    const good = makeArticle({ feedId: feed.id, id: 'good' })
    const bad = [
      null,
      { ...makeArticle({ feedId: feed.id }), id: '' },
      { ...makeArticle({ feedId: feed.id }), title: 42 },
      makeArticle({ feedId: 'another-feed', id: 'stray' }),
    ] as unknown as ReturnType<typeof makeArticle>[]
    const odd = { ...makeArticle({ feedId: feed.id, id: 'odd-date' }), publishedAt: 'not a date', countries: ['fr', 'FR', 7] }
    const summary = await ingestFeedResult(db, updated(feed.id, URL1, [...bad, good, odd as never]), Date.parse('2026-11-29T00:00:00Z'))
    expect(summary).toMatchObject({ added: 2, skipped: 4 })
    expect(await db.articles.get('odd-date')).toMatchObject({
      isDateMissing: true, publishedAt: '2026-11-29T00:00:00.000Z', countries: ['FR'],
    })
  })

  it('records title, site, validators and timestamps on the feed, and clears an earlier error', async () => {
    await ingestFeedResult(db, {
      feedId: feed.id, kind: 'failed', error: { code: 'network', message: 'ECONNREFUSED' }, http: makeHttp({ url: URL1, failureCount: 1 }),
    })
    const http = makeHttp({ url: URL1, validators: { etag: '"v2"' }, fetchedAt: 9000, nextPollAt: 99_000, intervalMinutes: 60 })
    await ingestFeedResult(db, { ...updated(feed.id, URL1, []), http })
    expect(await db.feeds.get(feed.id)).toMatchObject({
      title: 'Example News', siteUrl: 'https://news.example/', validators: { etag: '"v2"' },
      lastFetchAt: 9000, lastSuccessAt: 9000, nextPollAt: 99_000, failureCount: 0, intervalMinutes: 60, isDead: false,
    })
    expect((await db.feeds.get(feed.id))?.lastError).toBeUndefined()
  })

  it('updates the feed title but never the reader\'s rename', async () => {
    await db.feeds.update(feed.id, { customTitle: 'My paper' })
    await ingestFeedResult(db, updated(feed.id, URL1, []))
    expect(await db.feeds.get(feed.id)).toMatchObject({ title: 'Example News', customTitle: 'My paper' })
  })
})

describe('ingestFeedResult: unchanged, failed, redirects, removed feeds', () => {
  beforeEach(async () => {
    await ingestFeedResult(db, updated(feed.id, URL1, [makeArticle({ feedId: feed.id, id: 'x1' })]), 1000)
  })

  it('304 leaves articles intact and updates the HTTP state', async () => {
    const before = await allRows()
    const http = makeHttp({ url: URL1, validators: { etag: '"v9"' }, fetchedAt: 7000, nextPollAt: 77_000, bytes: 0 })
    const summary = await ingestFeedResult(db, { feedId: feed.id, kind: 'unchanged', http })
    expect(summary).toMatchObject({ kind: 'unchanged', added: 0, updated: 0 })
    expect(await allRows()).toEqual(before)
    expect(await db.feeds.get(feed.id)).toMatchObject({ validators: { etag: '"v9"' }, lastFetchAt: 7000, lastSuccessAt: 7000, nextPollAt: 77_000 })
  })

  it('failed records the error on the feed and keeps articles', async () => {
    const before = await allRows()
    const lastSuccessAt = (await db.feeds.get(feed.id))?.lastSuccessAt
    await ingestFeedResult(db, {
      feedId: feed.id, kind: 'failed',
      error: { code: 'gone', message: 'HTTP 410 for https://news.example/rss', status: 410 },
      http: makeHttp({ url: URL1, fetchedAt: 8000, failureCount: 3, isDead: true }),
    })
    expect(await allRows()).toEqual(before)
    const stored = await db.feeds.get(feed.id)
    expect(stored).toMatchObject({
      lastError: { code: 'gone', message: 'HTTP 410 for https://news.example/rss', status: 410, at: 8000 },
      lastFetchAt: 8000, failureCount: 3, isDead: true, lastSuccessAt,
    })
  })

  it('a permanent redirect updates the feed URL', async () => {
    const moved = 'https://news.example/new-rss'
    await ingestFeedResult(db, { feedId: feed.id, kind: 'unchanged', http: makeHttp({ url: moved }) })
    expect((await db.feeds.get(feed.id))?.url).toBe(moved)
    expect(await db.feeds.where('url').equals(moved).count()).toBe(1)
  })

  it('keeps the old URL when the redirect target is already another subscription', async () => {
    const other = await addFeed(db, 'https://other.example/rss')
    await ingestFeedResult(db, { feedId: feed.id, kind: 'unchanged', http: makeHttp({ url: other.url, fetchedAt: 4242 }) })
    expect(await db.feeds.get(feed.id)).toMatchObject({ url: URL1, lastFetchAt: 4242 })
  })

  it('ignores a result for a feed removed meanwhile', async () => {
    await db.feeds.delete(feed.id)
    const before = await allRows()
    const summary = await ingestFeedResult(db, updated(feed.id, URL1, [makeArticle({ feedId: feed.id, id: 'late' })]))
    expect(summary.ignored).toBe(true)
    expect(await allRows()).toEqual(before)
    expect(await db.feeds.count()).toBe(0)
  })
})

describe('ingestFeedResults: a burst in one transaction', () => {
  const URL2 = 'https://other.example/rss'
  const snapshot = async (d: MeridianDb) => ({
    articles: await d.articles.orderBy('id').toArray(),
    lists: await d.lists.toArray(),
    counters: await d.counters.toArray(),
    feeds: await d.feeds.orderBy('id').toArray(),
    // Words only: a forward row's country tokens are not kept up to date (a change of countries alone is posted from
    // the queue), so a change folded into one write and the same changes one after another may leave other ones.
    // A new article's row waits in its queue row until the indexer writes it (search-index.ts): wherever it is.
    search: [...(await d.search.toArray()), ...(await d.searchQueue.toArray()).flatMap((q) => q.r ?? [])]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => ({ ...r, w: r.w.filter((w) => !w.startsWith('\u0002')) })),
  })
  const stored0 = (f1: Feed) => updated(f1.id, URL1, [makeArticle({ feedId: f1.id, id: 'a0', url: 'https://news.example/s0', publishedAt: '2026-11-01T00:00:00.000Z', title: 'First' })])
  const burst = (f1: Feed, f2: Feed): FeedResult[] => [
    updated(f1.id, URL1, [
      makeArticle({ feedId: f1.id, id: 'a1', url: 'https://news.example/s1', countries: ['FR'], topics: ['politics'] }),
      makeArticle({ feedId: f1.id, id: 'a2', countries: ['DE'] }),
      makeArticle({ feedId: f1.id, id: 'a0', url: 'https://news.example/s0', publishedAt: '2026-11-02T00:00:00.000Z', title: 'Second' }),
    ]),
    // Another feed listing a1's id: not its article.
    updated(f2.id, URL2, [makeArticle({ feedId: f2.id, id: 'b1', countries: ['FR'], topics: ['economy-business-finance'] }), makeArticle({ feedId: f2.id, id: 'a1' })]),
    // The same feed again in the burst: sees what the first result stored (a new guid for a1's URL, a2 retagged, the
    // stored a0 re-dated a second time, under a new guid too).
    updated(f1.id, URL1, [
      makeArticle({ feedId: f1.id, id: 'a1-new-guid', url: 'https://news.example/s1', title: 'Corrected', countries: ['FR'], topics: ['sport'] }),
      makeArticle({ feedId: f1.id, id: 'a2', countries: ['IT'] }),
      makeArticle({ feedId: f1.id, id: 'a0-new-guid', url: 'https://news.example/s0', publishedAt: '2026-11-03T00:00:00.000Z', title: 'Third' }),
    ], { fetchedAt: 5000 }),
    { feedId: f2.id, kind: 'failed', error: { code: 'timeout', message: 'slow' }, http: makeHttp({ url: URL2, fetchedAt: 6000 }) },
  ]

  it('stores the same rows, tags, counters and feed state as ingesting the results one after another', async () => {
    const f2 = await addFeed(db, URL2)
    const oneByOne = freshDb()
    try {
      await oneByOne.feeds.bulkPut(await db.feeds.toArray()) // the same two feeds, ids included
      await ingestFeedResult(db, stored0(feed), 500)
      await ingestFeedResult(oneByOne, stored0(feed), 500)
      const single = []
      for (const r of burst(feed, f2)) single.push(await ingestFeedResult(oneByOne, r, 1000))
      const batched = await ingestFeedResults(db, burst(feed, f2), 1000)
      expect(batched).toEqual(single)
      expect(batched.map((s) => [s.added, s.updated, s.skipped])).toEqual([[2, 1, 0], [1, 0, 1], [0, 3, 0], [0, 0, 0]])
      expect((await db.lists.toArray()).filter((r) => r.s.endsWith('|a0')).map((r) => r.s)).toEqual(['2026-11-03T00:00:00.000Z|a0'])
      expect(await snapshot(db)).toEqual(await snapshot(oneByOne))
      expect(await derived(db)).toEqual(await derived(oneByOne)) // what search finds, countries included
      const stored = await snapshot(db)
      await db.transaction('rw', db.articles, db.lists, db.counters, () => rebuildLists(db.articles, db.lists, db.counters))
      expect(await snapshot(db)).toEqual(stored) // tags and counters agree with the articles
    } finally {
      await dropDatabase(oneByOne)
    }
  })

  it('stores nothing when one result of the burst cannot be stored', async () => {
    const before = await allRows()
    const feedBefore = await db.feeds.get(feed.id)
    const bad = { feedId: feed.id, kind: 'unchanged' } as unknown as FeedResult // no http state: ingest throws
    await expect(ingestFeedResults(db, [updated(feed.id, URL1, [makeArticle({ feedId: feed.id, id: 'lost' })]), bad])).rejects.toThrow()
    expect(await allRows()).toEqual(before)
    expect(await db.counters.count()).toBe(0)
    expect(await db.feeds.get(feed.id)).toEqual(feedBefore)
  })

  it('reports a result for a removed feed as ignored and stores the others', async () => {
    const summaries = await ingestFeedResults(db, [
      updated('gone', 'https://gone.example/rss', [makeArticle({ feedId: 'gone', id: 'g1' })]),
      updated(feed.id, URL1, [makeArticle({ feedId: feed.id, id: 'kept' })]),
    ])
    expect(summaries.map((s) => [s.ignored, s.added])).toEqual([[true, 0], [false, 1]])
    expect(await db.articles.get('g1')).toBeUndefined()
    expect(await db.articles.get('kept')).toBeDefined()
  })
})

describe('sameRow', () => {
  it('ignores key order and keys holding undefined, and sees any nested difference', () => {
    expect(sameRow({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true)
    expect(sameRow({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(sameRow({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [2, 1] } })).toBe(false)
    expect(sameRow({ a: 1 }, { a: 1, b: 0 })).toBe(false)
    expect(sameRow({ a: [] }, { a: {} })).toBe(false)
    expect(sameRow({ a: null }, { a: {} })).toBe(false)
  })
})

describe('ingestFeedResult: the feed title', () => {
  // A document without a title reaches the renderer titled with its host ("127.0.0.1"): that must not replace the
  // title the reader's OPML file or discovery gave.
  it('keeps a known title when the document has none, and takes a real one', async () => {
    const db2 = freshDb()
    try {
      const feed = await addFeed(db2, 'http://127.0.0.1:8080/untitled.xml', { title: 'Loopback Wire (from OPML)' })
      const result = (title: string, url = feed.url, id = feed.id): FeedResult => {
        const r = updated(id, url, [])
        return r.kind === 'updated' ? { ...r, feed: { title } } : r
      }
      await ingestFeedResult(db2, result('127.0.0.1'))
      expect((await db2.feeds.get(feed.id))?.title).toBe('Loopback Wire (from OPML)')
      await ingestFeedResult(db2, result('Loopback Wire'))
      expect((await db2.feeds.get(feed.id))?.title).toBe('Loopback Wire')
      const bare = await addFeed(db2, 'http://bare.example/rss')
      await ingestFeedResult(db2, result('bare.example', bare.url, bare.id))
      expect((await db2.feeds.get(bare.id))?.title).toBe('bare.example')
    } finally {
      await dropDatabase(db2)
    }
  })
})

// Ids are `${feedId}:${hash}`: a feed holding no article has its ids read by one key range, not one get each
// (ingest-articles.ts, readStoredRows). Whatever is stored under such an id must still be found.
describe('ingest: ids of a feed that holds no article', () => {
  const URL3 = 'https://third.example/rss'
  it('finds a stored row under the feed\'s own prefix that belongs to another feed, and leaves it alone', async () => {
    const empty = await addFeed(db, URL3)
    const squatter = makeArticle({ feedId: feed.id, id: `${empty.id}:x`, title: 'Kept' })
    await ingestFeedResult(db, updated(feed.id, URL1, [squatter]))
    const [summary] = await ingestFeedResults(db, [updated(empty.id, URL3, [makeArticle({ feedId: empty.id, id: `${empty.id}:x`, title: 'Taken' }), makeArticle({ feedId: empty.id, id: `${empty.id}:y` })])])
    expect([summary.added, summary.skipped, summary.addedIds]).toEqual([1, 1, [`${empty.id}:y`]])
    expect(await db.articles.get(`${empty.id}:x`)).toMatchObject({ feedId: feed.id, title: 'Kept' })
  })

  it('updates an article whose feed counts none (every stored article hidden by a rule) instead of adding it again', async () => {
    await saveRule(db, { id: 'mute', name: 'Mute', order: 1, isEnabled: true, match: 'all', isMute: true, conditions: [{ kind: 'text', fields: ['title'], mode: 'words', value: 'celebrity' }], actions: [{ kind: 'hide' }] })
    const id = `${feed.id}:h1`
    await ingestFeedResult(db, updated(feed.id, URL1, [makeArticle({ feedId: feed.id, id, title: 'Celebrity news', summary: 'first' })]))
    await markRead(db, id, true)
    const [summary] = await ingestFeedResults(db, [updated(feed.id, URL1, [makeArticle({ feedId: feed.id, id, title: 'Celebrity news', summary: 'second' })])])
    expect([summary.added, summary.updated]).toEqual([0, 1])
    expect(await db.articles.get(id)).toMatchObject({ summary: 'second', isHidden: 1, isRead: 1 })
  })
})
