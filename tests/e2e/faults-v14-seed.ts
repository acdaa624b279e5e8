// A version-14 database ('meridian', as that version's app left it: articles with read and starred marks, tag rows,
// counters one row per scope, search rows) for the mid-upgrade fault test. Rows are made in Node with the frozen
// helpers and written by raw IndexedDB from a same-origin page that does not run the app.
import type { Page } from 'playwright-core'
import { benchFeedId, benchFeedUrl, buildFeedResult, FAR_FUTURE } from '../../bench/lib/feed-results'
import { addCounterDeltasV14 } from '../../src/renderer/src/db/migrations/frozen/counters-v14'
import { searchRowOfV11 } from '../../src/renderer/src/db/migrations/frozen/search-v11'
import { tagRowsV14, type ArticleV14 } from '../../src/renderer/src/db/migrations/frozen/tag-rows-v14'

export interface V14Seed {
  feeds: object[]
  articles: (ArticleV14 & Record<string, unknown>)[]
  tags: object[]
  counters: object[]
  search: object[]
}

export async function seedV14Rows(feedCount: number, perFeed: number): Promise<V14Seed> {
  const feeds = Array.from({ length: feedCount }, (_, f) => ({ id: benchFeedId(f), url: benchFeedUrl(f), title: `Bench Wire ${f}`, failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: 0, nextPollAt: FAR_FUTURE }))
  const articles: V14Seed['articles'] = []
  for (let f = 0; f < feedCount; f++) {
    const r = await buildFeedResult(f, perFeed)
    if (r.kind !== 'updated') continue
    // Version 14 stored no mentions tier (it came after 15): the classifier's mentions are left out, as they were.
    for (const { mentions: _mentions, ...a } of r.articles) {
      const i = articles.length
      const isRead = i % 3 === 0 ? 1 : 0
      articles.push({
        ...a, classified: { countries: a.countries, topics: a.topics }, isRead, isStarred: i % 7 === 0 ? 1 : 0, firstSeenAt: 1000,
        ...(isRead ? { readAt: 2000 + i } : {}), sortKey: `${a.publishedAt}|${a.id}`,
      } as V14Seed['articles'][number])
    }
  }
  const totals = addCounterDeltasV14(new Map(), articles)
  const counters = [...totals].filter(([, d]) => d.n > 0).map(([key, d]) => ({ key, n: d.n, f: Object.fromEntries([...d.f].filter(([, v]) => v > 0)) }))
  return { feeds, articles, tags: articles.flatMap(tagRowsV14), counters, search: articles.map(searchRowOfV11) }
}

/** Writes the seed as IndexedDB version 140 (Dexie's version 14 × 10) with version 14's stores and indexes. */
export async function writeV14Database(page: Page, seed: V14Seed): Promise<void> {
  await page.evaluate(async (s) => {
    const req = indexedDB.open('meridian', 140)
    req.onupgradeneeded = () => {
      const db = req.result
      db.createObjectStore('feeds', { keyPath: 'id' }).createIndex('url', 'url', { unique: true })
      const articles = db.createObjectStore('articles', { keyPath: 'id' })
      articles.createIndex('feedId', 'feedId')
      articles.createIndex('[feedId+url]', ['feedId', 'url'])
      articles.createIndex('readAt', 'readAt')
      db.createObjectStore('tags', { keyPath: ['tag', 'sortKey'] })
      db.createObjectStore('counters', { keyPath: 'key' })
      db.createObjectStore('search', { keyPath: 'id' }).createIndex('w', 'w', { multiEntry: true })
      const offline = db.createObjectStore('offlineArticles', { keyPath: 'articleId' })
      offline.createIndex('usedAt', 'usedAt')
      offline.createIndex('status', 'status')
      db.createObjectStore('fullTexts', { keyPath: 'articleId' })
      db.createObjectStore('images', { keyPath: 'key' }).createIndex('url', 'url')
      db.createObjectStore('offlineSettings', { keyPath: 'key' })
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const put = (store: string, rows: object[]) =>
      new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite')
        for (const row of rows) tx.objectStore(store).put(row)
        tx.oncomplete = () => resolve()
        tx.onerror = () => reject(tx.error)
      })
    const entries: [string, object[]][] = [['feeds', s.feeds], ['articles', s.articles], ['tags', s.tags], ['counters', s.counters], ['search', s.search]]
    for (const [store, rows] of entries) for (let i = 0; i < rows.length; i += 5000) await put(store, rows.slice(i, i + 5000))
    // Retention must not delete the generated articles at start (their dates are in the past).
    await put('offlineSettings', [{ key: 'settings', keepReadDays: 100_000, maxPerFeed: 100_000 }])
    db.close()
  }, seed)
}
