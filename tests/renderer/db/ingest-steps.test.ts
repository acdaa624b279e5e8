// A large burst is written a step at a time inside its one transaction, so the page gets its turn between steps;
// what it stores is what one write of the whole burst stores (rows, lists, counters as a rebuild makes them).
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as articleTags from '../../../src/renderer/src/db/article-tags'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResults } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'

const stepSizes: number[] = []
vi.mock('../../../src/renderer/src/db/article-tags', async (original) => {
  const real = await original<typeof articleTags>()
  return {
    ...real,
    writeArticles: (...args: Parameters<typeof real.writeArticles>) => {
      stepSizes.push(args[1].length)
      return real.writeArticles(...args)
    },
  }
})

let db: MeridianDb
beforeEach(() => {
  db = freshDb()
  stepSizes.length = 0
})
afterEach(() => dropDatabase(db))

describe('ingestFeedResults: a large burst', () => {
  it('writes 450 articles in steps of 200, in one transaction, with counters as a rebuild makes them', async () => {
    const feeds = await Promise.all([0, 1, 2].map((f) => addFeed(db, `https://news${f}.example/rss`)))
    let commits = 0
    const onMutated = (parts: Record<string, unknown>) => void (Object.keys(parts).some((k) => k.includes('/articles/')) && commits++)
    Dexie.on('storagemutated', onMutated)
    try {
      // Ids interleaved across the feeds, so steps in id order mix them.
      const results = feeds.map((feed, f) => updated(feed.id, feed.url, Array.from({ length: 150 }, (_, i) => makeArticle({ feedId: feed.id, id: `a${String(i).padStart(3, '0')}-${f}` }))))
      const summaries = await ingestFeedResults(db, results, 1000)
      expect(summaries.map((s) => s.added)).toEqual([150, 150, 150])
    } finally {
      Dexie.on('storagemutated').unsubscribe(onMutated)
    }
    expect(stepSizes).toEqual([200, 200, 50])
    expect(commits).toBe(1)
    expect(await db.articles.count()).toBe(450)
    const kept = { lists: await db.lists.orderBy(':id').toArray(), counters: await db.counters.orderBy(':id').toArray() }
    await db.transaction('rw', db.articles, db.lists, db.counters, () => articleTags.rebuildLists(db.articles, db.lists, db.counters))
    expect({ lists: await db.lists.orderBy(':id').toArray(), counters: await db.counters.orderBy(':id').toArray() }).toEqual(kept)
  })
})
