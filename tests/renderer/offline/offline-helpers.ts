// Builders for offline-reading tests: stored articles, downloaded content events, a NewsApi fake that also
// delivers onArticleContent events.
import { vi } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { storeFullText, type PreparedImage } from '../../../src/renderer/src/db/offline/store-content'
import type { Feed, MeridianDb } from '../../../src/renderer/src/db/schema'
import type { NewsApi } from '../../../src/shared/api'
import type { ArticleContent, ArticleFullText, IncomingArticle } from '../../../src/shared/model'
import { fakeApi, makeArticle, updated } from '../helpers/factories'

export const TEASER = 'A short teaser […]'
const LONG = `<p>${'Full paragraph of real article text that goes on. '.repeat(20)}</p>`

/** A feed with n articles stored through the real ingest; ids are `${prefix}${i}`, newest last. */
export async function seedFeed(db: MeridianDb, url: string, n: number, over: (i: number) => Partial<IncomingArticle> = () => ({}), prefix = 'a'): Promise<Feed> {
  const feed = await addFeed(db, url)
  const articles = Array.from({ length: n }, (_, i) =>
    makeArticle({ feedId: feed.id, id: `${prefix}${i}`, publishedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(), contentHtml: LONG, ...over(i) }),
  )
  await ingestFeedResult(db, updated(feed.id, feed.url, articles))
  return feed
}

export function fullText(marker = 'FULL'): ArticleFullText {
  return { readerable: true, title: 'T', contentHtml: `<p>${marker} ${'word '.repeat(300)}</p>`, textContent: `${marker} ${'word '.repeat(300)}`, wordCount: 301 }
}

function blobOf(size: number): Blob {
  return new Blob([new Uint8Array(size)], { type: 'image/png' })
}

/** Stores a downloaded article with `count` images of `size` bytes each. */
export async function storeWithImages(db: MeridianDb, articleId: string, count: number, size: number, now: number): Promise<void> {
  const images: PreparedImage[] = Array.from({ length: count }, (_, i) => ({ url: `https://img.example/${articleId}/${i}.png`, kind: 'full', blob: blobOf(size) }))
  const stored = await storeFullText(db, articleId, `https://news.example/${articleId}`, fullText(), images, now)
  if (!stored) throw new Error(`article ${articleId} is not in the database`)
}

/** fakeApi() plus a working onArticleContent: deliver() hands an event to the renderer's listener. */
export function offlineApi() {
  const base = fakeApi()
  const listeners = new Set<(c: ArticleContent) => void>()
  const api = {
    ...base.api,
    downloadArticles: vi.fn<NewsApi['downloadArticles']>(async () => {}),
    cancelDownloads: vi.fn<NewsApi['cancelDownloads']>(async () => {}),
    classifyArticles: vi.fn<NewsApi['classifyArticles']>(async () => ({ version: 1, results: [] })),
    primeStories: vi.fn<NewsApi['primeStories']>(async () => {}),
    saveAutomaticBackup: vi.fn<NewsApi['saveAutomaticBackup']>(async () => ({ ok: true as const, value: { file: 'b.json', kept: ['b.json'] } })),
    onArticleContent: vi.fn((l: (c: ArticleContent) => void) => {
      listeners.add(l)
      return () => listeners.delete(l)
    }),
  }
  return { ...base, api, deliver: (c: ArticleContent) => listeners.forEach((l) => l(c)) }
}
