// The renderer's offline flow with a fake main process: which articles are requested after an ingest (once
// each, per-feed mode), how delivered content is stored, and what a full disk does.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addFeed, removeFeed } from '../../../src/renderer/src/db/feeds'
import { getOfflineSettings, updateOfflineSettings } from '../../../src/renderer/src/db/offline/settings'
import { offlineDb } from '../../../src/renderer/src/db/offline/tables'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { resumeDownloads } from '../../../src/renderer/src/offline/downloads-control'
import { STORAGE_FULL_MESSAGE } from '../../../src/renderer/src/offline/quota'
import { startSync, type SyncHandle } from '../../../src/renderer/src/sync'
import type { ArticleContent, DownloadRequest } from '../../../src/shared/model'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'
import { TEASER, fullText, offlineApi } from './offline-helpers'

let db: MeridianDb
let handle: SyncHandle | undefined
beforeEach(() => {
  db = freshDb()
})
afterEach(async () => {
  handle?.stop()
  handle = undefined
  vi.restoreAllMocks()
  await dropDatabase(db)
})

const LONG = `<p>${'Complete article text. '.repeat(40)}</p>`
const requested = (api: ReturnType<typeof offlineApi>['api']) =>
  api.downloadArticles.mock.calls.flatMap(([requests]) => requests.map((r: DownloadRequest) => r.articleId)).sort()

async function setUp() {
  const feed = await addFeed(db, 'https://news.example/rss')
  const fake = offlineApi()
  // Each idle() lasts past the indexer's wait after a burst (1.5 s): the start-up request of unanswered pages
  // (3 s) would ask for the queued ones again in the middle of a test.
  handle = startSync(db, fake.api, { debounceMs: 5, offline: { startupDelayMs: 60_000 } })
  const articles = [
    makeArticle({ feedId: feed.id, id: 'teaser', contentHtml: `<p>${TEASER}</p>`, imageUrl: 'https://img.example/t.jpg' }),
    makeArticle({ feedId: feed.id, id: 'ellipsis', contentHtml: `<p>${'Long enough text. '.repeat(40)}Read more…</p>` }),
    makeArticle({ feedId: feed.id, id: 'empty', contentHtml: undefined, summary: 'Only a summary' }),
    makeArticle({ feedId: feed.id, id: 'complete', contentHtml: LONG }),
    makeArticle({ feedId: feed.id, id: 'no-url', url: undefined, contentHtml: '<p>x</p>' }),
  ]
  return { feed, ...fake, result: updated(feed.id, feed.url, articles) }
}

describe('requests after ingest', () => {
  it('asks once for each stored teaser with a web address, with its image, and never again', async () => {
    const { api, emit, result } = await setUp()
    emit(result)
    await handle!.idle()
    expect(requested(api)).toEqual(['ellipsis', 'empty', 'teaser'])
    expect(api.downloadArticles.mock.calls[0]![0].find((r) => r.articleId === 'teaser')).toEqual({
      articleId: 'teaser',
      feedId: result.feedId,
      url: 'https://news.example/teaser',
      imageUrl: 'https://img.example/t.jpg',
    })
    emit(result) // the next poll brings the same items
    await handle!.idle()
    expect(api.downloadArticles).toHaveBeenCalledTimes(1)
    expect((await offlineDb(db).offlineArticles.get('teaser'))?.status).toBe('queued')
  })

  it('follows the per-feed setting: never asks nothing, always asks every article', async () => {
    const { api, emit, result, feed } = await setUp()
    await updateOfflineSettings(db, { feedModes: { [feed.id]: 'never' } })
    emit(result)
    await handle!.idle()
    expect(api.downloadArticles).not.toHaveBeenCalled()
    await updateOfflineSettings(db, { feedModes: { [feed.id]: 'always' } })
    emit(result)
    await handle!.idle()
    expect(requested(api)).toEqual(['complete', 'ellipsis', 'empty', 'teaser'])
  })
})

describe('storing delivered content', () => {
  it('stores the full text with its images and records failures with their reason', async () => {
    const { emit, deliver, result } = await setUp()
    emit(result)
    await handle!.idle()
    const image = { url: 'https://img.example/t.jpg', bytes: new Uint8Array([137, 80, 78, 71, 1, 2, 3]), contentType: 'image/png', isLead: true }
    deliver({ articleId: 'teaser', feedId: result.feedId, kind: 'extracted', pageUrl: 'https://news.example/teaser', fullText: fullText('PAGE'), images: [image] })
    deliver({ articleId: 'empty', feedId: result.feedId, kind: 'failed', error: { code: 'http', message: 'HTTP 404 Not Found for https://news.example/empty', status: 404 } })
    await handle!.idle()

    const odb = offlineDb(db)
    expect((await odb.fullTexts.get('teaser'))?.fullText.contentHtml).toContain('PAGE')
    const [stored] = await odb.images.toArray()
    expect(stored).toMatchObject({ articleId: 'teaser', url: image.url, kind: 'full', bytes: 7 })
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(image.bytes)
    expect(await odb.offlineArticles.get('teaser')).toMatchObject({ status: 'done', imageBytes: 7, imageCount: 1 })
    expect(await odb.offlineArticles.get('empty')).toMatchObject({ status: 'failed', error: { code: 'http', message: expect.stringContaining('404') } })
    expect((await db.articles.get('empty'))?.summary).toBe('Only a summary') // the feed's own content is untouched
  })

  it('drops content for an article deleted meanwhile: no orphan blobs', async () => {
    const { emit, deliver, result } = await setUp()
    emit(result)
    await handle!.idle()
    await db.transaction('rw', db.tables, () => db.articles.delete('teaser'))
    const image = { url: 'https://img.example/t.jpg', bytes: new Uint8Array([1]), contentType: 'image/png', isLead: false }
    deliver({ articleId: 'teaser', feedId: result.feedId, kind: 'extracted', pageUrl: 'https://news.example/teaser', fullText: fullText(), images: [image] })
    await handle!.idle()
    expect(await offlineDb(db).images.count()).toBe(0)
    expect(await offlineDb(db).fullTexts.count()).toBe(0)
  })

  it('removing a feed elsewhere in the app takes its stored images and full texts with it', async () => {
    const { emit, deliver, result } = await setUp()
    emit(result)
    await handle!.idle()
    const image = { url: 'https://img.example/t.jpg', bytes: new Uint8Array([1, 2]), contentType: 'image/png', isLead: false }
    deliver({ articleId: 'teaser', feedId: result.feedId, kind: 'extracted', pageUrl: 'https://news.example/teaser', fullText: fullText(), images: [image] })
    await handle!.idle()
    expect(await offlineDb(db).images.count()).toBe(1)
    await removeFeed(db, result.feedId)
    await vi.waitFor(async () => {
      await handle!.idle()
      expect(await offlineDb(db).images.count()).toBe(0)
    })
    expect(await offlineDb(db).fullTexts.count()).toBe(0)
    expect(await offlineDb(db).offlineArticles.count()).toBe(0)
  })

  it('a full disk pauses downloads with a clear message and keeps what was stored', async () => {
    const { api, emit, deliver, result } = await setUp()
    emit(result)
    await handle!.idle()
    const ok: ArticleContent = { articleId: 'teaser', feedId: result.feedId, kind: 'extracted', pageUrl: 'https://news.example/teaser', fullText: fullText('KEPT'), images: [] }
    deliver(ok)
    await handle!.idle()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const fullTexts = offlineDb(db).fullTexts
    const put = vi.spyOn(fullTexts, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    deliver({ ...ok, articleId: 'ellipsis', fullText: fullText('LOST') })
    await handle!.idle()
    put.mockRestore()

    expect(api.cancelDownloads).toHaveBeenCalledTimes(1)
    expect((await getOfflineSettings(db)).pausedReason).toBe(STORAGE_FULL_MESSAGE)
    expect((await fullTexts.get('teaser'))?.fullText.contentHtml).toContain('KEPT')
    expect(await fullTexts.get('ellipsis')).toBeUndefined()
    expect(warn).toHaveBeenCalled()

    // Paused: the next poll asks for nothing; resuming asks again for what never arrived.
    const later = updated(result.feedId, 'https://news.example/rss', [makeArticle({ feedId: result.feedId, id: 'new', contentHtml: `<p>${TEASER}</p>` })])
    emit(later)
    await handle!.idle()
    expect(api.downloadArticles).toHaveBeenCalledTimes(1)
    await resumeDownloads(db, api)
    expect((await getOfflineSettings(db)).pausedReason).toBeUndefined()
    expect(api.downloadArticles.mock.calls[1]![0].map((r) => r.articleId).sort()).toEqual(['ellipsis', 'empty'])
  })
})
