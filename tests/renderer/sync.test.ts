import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addFeed, renameFeed, toSubscription } from '../../src/renderer/src/db/feeds'
import type { MeridianDb } from '../../src/renderer/src/db/schema'
import { useGeneralSettings } from '../../src/renderer/src/state/general-settings'
import { startSync, type SyncHandle } from '../../src/renderer/src/sync'
import type { FeedResult } from '../../src/shared/model'
import { dropDatabase, fakeApi, freshDb, makeArticle, makeHttp, updated } from './helpers/factories'

let db: MeridianDb
let handle: SyncHandle | undefined
beforeEach(() => {
  db = freshDb()
})
let stopCounting: (() => void) | undefined
afterEach(async () => {
  handle?.stop()
  handle = undefined
  stopCounting?.()
  stopCounting = undefined
  vi.restoreAllMocks()
  await dropDatabase(db)
})

/** Counts committed transactions that wrote articles (Dexie reports each commit once to 'storagemutated'). */
function countArticleCommits(): () => number {
  let commits = 0
  const onMutated = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((k) => k.startsWith(`idb://${db.name}/articles/`))) commits++
  }
  Dexie.on('storagemutated', onMutated)
  stopCounting = () => Dexie.on('storagemutated').unsubscribe(onMutated)
  return () => commits
}

describe('startSync: results', () => {
  it('stores results in the order they arrive', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    const { api, emit } = fakeApi()
    handle = startSync(db, api, { debounceMs: 5 })
    const a = makeArticle({ feedId: feed.id, id: 'x1', title: 'first' })
    emit(updated(feed.id, feed.url, [a]))
    emit(updated(feed.id, feed.url, [{ ...a, title: 'second' }]))
    emit({ feedId: feed.id, kind: 'failed', error: { code: 'timeout', message: 'slow' }, http: makeHttp({ url: feed.url }) })
    await handle.idle()
    expect((await db.articles.get('x1'))?.title).toBe('second')
    expect((await db.feeds.get(feed.id))?.lastError?.code).toBe('timeout')
  })

  it('a result that cannot be stored is logged and does not block the ones after it', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    const { api, emit } = fakeApi()
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {}) // the burst falling back to one at a time
    handle = startSync(db, api, { debounceMs: 5 })
    emit({ feedId: feed.id, kind: 'unchanged' } as unknown as FeedResult) // no http state: ingest throws
    emit(updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: 'after' })]))
    await handle.idle()
    expect(await db.articles.get('after')).toBeDefined()
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^sync: could not store the result for feed /), expect.anything())
  })

  it('stores a burst of results in one transaction', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    const other = await addFeed(db, 'https://other.example/rss')
    const { api, emit } = fakeApi()
    const commits = countArticleCommits()
    const summaries: string[] = []
    handle = startSync(db, api, { debounceMs: 5, onIngested: (s) => summaries.push(`${s.feedId}:${s.added}`) })
    emit(updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: 'a1' })]))
    emit(updated(other.id, other.url, [makeArticle({ feedId: other.id, id: 'b1' }), makeArticle({ feedId: other.id, id: 'b2' })]))
    emit(updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: 'a2' })]))
    await handle.idle()
    expect(summaries).toEqual([`${feed.id}:1`, `${other.id}:2`, `${feed.id}:1`])
    expect(await db.articles.count()).toBe(4)
    expect(commits()).toBe(1)
  })

  it('gathers results that arrive a feed at a time (a refresh) into one transaction', async () => {
    const feeds = await Promise.all([0, 1, 2, 3].map((i) => addFeed(db, `https://news${i}.example/rss`)))
    const { api, emit } = fakeApi()
    const commits = countArticleCommits()
    handle = startSync(db, api, { debounceMs: 5, gatherMs: 1000 })
    for (const [i, feed] of feeds.entries()) {
      emit(updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: `a${i}` })]))
      await new Promise((r) => setTimeout(r, 30)) // the engine hands them over one at a time
    }
    await handle.idle()
    expect(await db.articles.count()).toBe(4)
    expect(commits()).toBe(1)
  })

  it('when a burst cannot be stored together, stores its results one at a time and loses only the bad one', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    const { api, emit } = fakeApi()
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    handle = startSync(db, api, { debounceMs: 5 })
    emit(updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: 'before' })]))
    emit({ feedId: feed.id, kind: 'unchanged' } as unknown as FeedResult) // no http state: ingest throws
    emit(updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: 'after' })]))
    await handle.idle()
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(['after', 'before'])
    expect(warnings).toHaveBeenCalledWith(expect.stringMatching(/^sync: could not store 3 results together .*one at a time$/))
    expect(errors).toHaveBeenCalledTimes(1)
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^sync: could not store the result for feed /), expect.anything())
  })

  it('never puts more than maxBatch results in one transaction', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    const { api, emit } = fakeApi()
    const commits = countArticleCommits()
    handle = startSync(db, api, { debounceMs: 5, maxBatch: 2 })
    for (let i = 0; i < 5; i++) emit(updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: `x${i}` })]))
    await handle.idle()
    expect(await db.articles.count()).toBe(5)
    expect(commits()).toBe(3)
  })

  it('keeps a transaction to maxBatchArticles articles, but never splits a result', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    const { api, emit } = fakeApi()
    const commits = countArticleCommits()
    handle = startSync(db, api, { debounceMs: 5, maxBatchArticles: 3 })
    const result = (ids: string[]) => updated(feed.id, feed.url, ids.map((id) => makeArticle({ feedId: feed.id, id })))
    emit(result(['a1', 'a2', 'a3', 'a4'])) // larger than the limit: alone
    emit(result(['b1', 'b2']))
    emit(result(['c1'])) // b + c = 3 articles: together
    emit(result(['d1', 'd2'])) // would make 5: next transaction
    await handle.idle()
    expect(await db.articles.count()).toBe(9)
    expect(commits()).toBe(3) // a | b + c | d
  })

  it('stop() stops listening', async () => {
    const { api, listenerCount } = fakeApi()
    handle = startSync(db, api)
    expect(listenerCount()).toBe(1)
    handle.stop()
    expect(listenerCount()).toBe(0)
  })
})

describe('startSync: schedule', () => {
  it('hands the main process the feed table on start and whenever it changes', async () => {
    const first = await addFeed(db, 'https://a.example/rss')
    const { api } = fakeApi()
    handle = startSync(db, api, { debounceMs: 5 })
    await vi.waitFor(() => expect(api.setSubscriptions).toHaveBeenCalledTimes(1))
    expect(api.setSubscriptions).toHaveBeenLastCalledWith([toSubscription(first)])

    const second = await addFeed(db, 'https://b.example/rss')
    await vi.waitFor(() => expect(api.setSubscriptions).toHaveBeenCalledTimes(2))
    expect(api.setSubscriptions).toHaveBeenLastCalledWith([toSubscription(first), toSubscription(second)])
  })

  it('sends the newest-items-per-poll choice with every feed, at once when the reader changes it', async () => {
    const initial = useGeneralSettings.getState().itemsPerPoll
    const feed = await addFeed(db, 'https://a.example/rss')
    const { api } = fakeApi()
    handle = startSync(db, api, { debounceMs: 5 })
    await vi.waitFor(() => expect(api.setSubscriptions).toHaveBeenCalledTimes(1))
    expect(api.setSubscriptions).toHaveBeenLastCalledWith([toSubscription(feed)]) // the engine's default: not sent
    try {
      useGeneralSettings.getState().set({ itemsPerPoll: 2000 })
      await vi.waitFor(() => expect(api.setSubscriptions).toHaveBeenCalledTimes(2))
      expect(api.setSubscriptions).toHaveBeenLastCalledWith([{ ...toSubscription(feed), maxItemsPerPoll: 2000 }])
    } finally {
      useGeneralSettings.getState().set({ itemsPerPoll: initial })
    }
  })

  it('does not resend a schedule that did not change (a rename)', async () => {
    const feed = await addFeed(db, 'https://a.example/rss')
    const { api } = fakeApi()
    handle = startSync(db, api, { debounceMs: 5 })
    await vi.waitFor(() => expect(api.setSubscriptions).toHaveBeenCalledTimes(1))
    await renameFeed(db, feed.id, 'Renamed')
    await new Promise((r) => setTimeout(r, 60))
    expect(api.setSubscriptions).toHaveBeenCalledTimes(1)
  })

  it('coalesces a burst of changes into one call', async () => {
    const { api } = fakeApi()
    // A quiet period well above the three adds' own time, even on a loaded machine (40 ms made it flaky).
    handle = startSync(db, api, { debounceMs: 300 })
    await Promise.all([addFeed(db, 'https://a.example/rss'), addFeed(db, 'https://b.example/rss'), addFeed(db, 'https://c.example/rss')])
    const calls = vi.mocked(api.setSubscriptions).mock.calls
    await vi.waitFor(() => expect(calls.at(-1)?.[0]).toHaveLength(3), { timeout: 5000 })
    await new Promise((r) => setTimeout(r, 400))
    expect(calls.length).toBeLessThanOrEqual(2) // the empty table at start may be sent before the burst
  })

  it('holds a schedule that only stored results changed until the burst is stored, then sends it once', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    const { api, emit } = fakeApi()
    let ingested = 0
    handle = startSync(db, api, { debounceMs: 5, maxBatch: 1, onIngested: () => ingested++ })
    await vi.waitFor(() => expect(api.setSubscriptions).toHaveBeenCalledTimes(1))
    let sentWhileStoring = 0
    vi.mocked(api.setSubscriptions).mockImplementation(async () => {
      if (ingested < 40) sentWhileStoring++
      return { refused: [] }
    })
    // One transaction per result, each moving the feed's next poll: the table changes for a second or more.
    const t0 = Date.parse('2026-11-29T12:30:00.000Z')
    for (let i = 0; i < 40; i++) emit(updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: `b${i}` })], { nextPollAt: t0 + i * 60_000 }))
    await handle.idle()
    await vi.waitFor(() => expect(api.setSubscriptions).toHaveBeenCalledTimes(2), { timeout: 5000 })
    expect(sentWhileStoring).toBe(0)
    expect(vi.mocked(api.setSubscriptions).mock.calls[1][0][0].nextPollAt).toBe(t0 + 39 * 60_000)
  })
})
