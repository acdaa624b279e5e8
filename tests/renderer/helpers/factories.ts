// Small builders for renderer tests: a fresh database per test, incoming articles, feed results, a fake NewsApi.
import { DEFAULT_DESKTOP_SETTINGS } from '../../../src/shared/desktop-settings'
import { vi } from 'vitest'
import type { NewsApi } from '../../../src/shared/api'
import type { FeedHttpState, FeedResult, IncomingArticle, RefreshProgress } from '../../../src/shared/model'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { openDatabase, type MeridianDb } from '../../../src/renderer/src/db/schema'
import { flushReadMarks } from '../../../src/renderer/src/features/reader/read-marks'

let counter = 0

/** A fresh, uniquely named database; close and delete it with dropDatabase. */
export function freshDb(): MeridianDb {
  counter++
  return openDatabase(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`)
}

export async function dropDatabase(db: MeridianDb): Promise<void> {
  // A reader opened in the test may have queued a read mark: written later, it would open (and recreate) the database.
  await flushReadMarks(db)
  db.close()
  await db.delete()
}

export function makeArticle(over: Partial<IncomingArticle> & { feedId: string }): IncomingArticle {
  const id = over.id ?? `a-${++counter}`
  return {
    id,
    guid: id,
    url: `https://news.example/${id}`,
    title: `Title ${id}`,
    summary: `Summary ${id}`,
    contentHtml: `<p>Body ${id}</p>`,
    publishedAt: '2026-11-01T10:00:00.000Z',
    enclosures: [],
    categories: [],
    countries: [],
    topics: [],
    classifierVersion: 1,
    ...over,
  }
}

export const hoursAgo = (h: number): string => new Date(Date.now() - h * 3_600_000).toISOString()

/** One feed holding 'Story h' (id `a${h}`, published h hours ago) for each h, newest first in the list. */
export async function addStories(db: MeridianDb, hours: number[], over: (h: number) => Partial<IncomingArticle> = () => ({})) {
  const f = await addFeed(db, 'https://a.example/rss')
  await ingestFeedResult(db, updated(f.id, f.url, hours.map((h) => makeArticle({ feedId: f.id, id: `a${h}`, title: `Story ${h}`, publishedAt: hoursAgo(h), ...over(h) }))))
  return f
}

export function makeHttp(over: Partial<FeedHttpState> & { url: string }): FeedHttpState {
  return {
    validators: { etag: '"v1"', contentHash: 'abc' },
    fetchedAt: Date.parse('2026-11-29T12:00:00.000Z'),
    nextPollAt: Date.parse('2026-11-29T12:30:00.000Z'),
    failureCount: 0,
    isDead: false,
    intervalMinutes: 30,
    bytes: 1234,
    ...over,
  }
}

export function updated(feedId: string, url: string, articles: IncomingArticle[], http: Partial<FeedHttpState> = {}): FeedResult {
  return { feedId, kind: 'updated', feed: { title: 'Example News', siteUrl: 'https://news.example/' }, articles, http: makeHttp({ url, ...http }) }
}

/** A NewsApi whose methods are typed vi.fn()s (override with mockImplementation); emit() delivers a FeedResult
 *  to the onFeedResult listeners, as the main process would. */
export function fakeApi() {
  const listeners = new Set<(r: FeedResult) => void>()
  const progressListeners = new Set<(p: RefreshProgress) => void>()
  const api = {
    setSubscriptions: vi.fn<NewsApi['setSubscriptions']>(async () => ({ refused: [] })),
    refreshNow: vi.fn<NewsApi['refreshNow']>(async () => {}),
    discoverFeeds: vi.fn<NewsApi['discoverFeeds']>(async () => ({ ok: true, value: [] })),
    openExternal: vi.fn<NewsApi['openExternal']>(async () => ({ ok: true, value: undefined })),
    onFeedResult: vi.fn<NewsApi['onFeedResult']>((l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    }),
    onRefreshProgress: vi.fn<NewsApi['onRefreshProgress']>((l) => {
      progressListeners.add(l)
      return () => progressListeners.delete(l)
    }),
    downloadArticles: vi.fn(async () => {}),
    cancelDownloads: vi.fn(async () => {}),
    classifyArticles: vi.fn<NewsApi['classifyArticles']>(async () => ({ version: 1, results: [] })),
    primeStories: vi.fn<NewsApi['primeStories']>(async () => {}),
    saveAutomaticBackup: vi.fn<NewsApi['saveAutomaticBackup']>(async () => ({ ok: true as const, value: { file: 'b.json', kept: ['b.json'] } })),
    onArticleContent: vi.fn(() => () => {}),
    getDesktopSettings: vi.fn<NewsApi['getDesktopSettings']>(async () => DEFAULT_DESKTOP_SETTINGS),
    updateDesktopSettings: vi.fn<NewsApi['updateDesktopSettings']>(async () => ({ ok: true, value: DEFAULT_DESKTOP_SETTINGS })),
    setUnreadCount: vi.fn<NewsApi['setUnreadCount']>(async () => {}),
    notifyWatchHits: vi.fn<NewsApi['notifyWatchHits']>(async () => {}),
    takeBufferedResults: vi.fn<NewsApi['takeBufferedResults']>(async () => []),
    ackBufferedResults: vi.fn<NewsApi['ackBufferedResults']>(async () => {}),
    onOpenRequest: vi.fn<NewsApi['onOpenRequest']>(() => () => {}),
    fetchSiteIcon: vi.fn<NewsApi['fetchSiteIcon']>(async () => ({ ok: true, value: null })),
    setConcurrency: vi.fn<NewsApi['setConcurrency']>(async () => {}),
    showContextMenu: vi.fn<NewsApi['showContextMenu']>(async () => ({ shown: false, chosen: null })),
  } satisfies NewsApi
  return {
    api,
    emit: (r: FeedResult) => listeners.forEach((l) => l(r)),
    emitProgress: (p: RefreshProgress) => progressListeners.forEach((l) => l(p)),
    listenerCount: () => listeners.size,
  }
}
