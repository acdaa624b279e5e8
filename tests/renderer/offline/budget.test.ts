// The image budget on fake-indexeddb: least recently read articles lose their images first, whole articles
// at a time, starred ones are pinned, full texts stay, and nothing is evicted while under budget.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { enforceImageBudget } from '../../../src/renderer/src/db/offline/budget'
import { markUsed } from '../../../src/renderer/src/db/offline/store-content'
import { offlineDb } from '../../../src/renderer/src/db/offline/tables'
import { measureUsage } from '../../../src/renderer/src/db/offline/usage'
import { toggleStar } from '../../../src/renderer/src/db/queries'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { dropDatabase, freshDb } from '../helpers/factories'
import { seedFeed, storeWithImages } from './offline-helpers'

const T = Date.UTC(2026, 10, 29)
let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(async () => {
  await dropDatabase(db)
})

const imageOwners = async () => [...new Set((await offlineDb(db).images.toArray()).map((i) => i.articleId))].sort()

describe('enforceImageBudget', () => {
  it('evicts least recently read first, skips starred articles and keeps full texts', async () => {
    await seedFeed(db, 'https://news.example/rss', 5)
    // a0..a4 stored in order; each has 2 images of 1000 bytes: 10 000 bytes in all.
    for (let i = 0; i < 5; i++) await storeWithImages(db, `a${i}`, 2, 1000, T + i)
    await markUsed(db, 'a0', T + 10) // read again: now the most recent
    await toggleStar(db, 'a1') // pinned

    const outcome = await enforceImageBudget(db, 5000, T + 20)

    // Order by last use: a1 (starred, skipped), a2, a3 -> down to 6000; a4 -> 4000 <= 5000.
    expect(outcome).toEqual({ before: 10_000, after: 4000, evicted: ['a2', 'a3', 'a4'] })
    expect(await imageOwners()).toEqual(['a0', 'a1'])
    expect(await offlineDb(db).fullTexts.count()).toBe(5)
    const usage = await measureUsage(db)
    expect(usage).toMatchObject({ imageBytes: 4000, imageCount: 4, fullTextCount: 5 })
  })

  it('does nothing under budget, and stops short when only starred articles are left', async () => {
    await seedFeed(db, 'https://news.example/rss', 2)
    await storeWithImages(db, 'a0', 1, 3000, T)
    await storeWithImages(db, 'a1', 1, 3000, T + 1)
    expect((await enforceImageBudget(db, 6000)).evicted).toEqual([])
    await toggleStar(db, 'a0')
    await toggleStar(db, 'a1')
    expect(await enforceImageBudget(db, 1000)).toEqual({ before: 6000, after: 6000, evicted: [] })
    expect(await imageOwners()).toEqual(['a0', 'a1'])
  })

  it('evicts the images of 1000 of 2000 articles (4000 rows) oldest first, in seconds at most', async () => {
    await seedFeed(db, 'https://news.example/rss', 2000)
    for (let i = 0; i < 2000; i++) await storeWithImages(db, `a${i}`, 2, 100, T + i)
    const started = performance.now()
    const outcome = await enforceImageBudget(db, 200_000)
    const ms = performance.now() - started
    expect(outcome.evicted).toHaveLength(1000)
    expect(outcome.evicted[0]).toBe('a0')
    expect(await offlineDb(db).images.count()).toBe(2000)
    console.info(`budget eviction: 1000 of 2000 articles (2000 of 4000 image rows) in ${ms.toFixed(0)} ms on fake-indexeddb`)
    expect(ms).toBeLessThan(5000)
  }, 60_000)
})
