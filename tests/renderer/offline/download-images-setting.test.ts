// "Download images for offline reading" is its own setting: off, the planner asks for pages without images
// (and leaves "Load remote images" alone); the request survives validation on the way to the main process.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listUnanswered, planDownloads } from '../../../src/renderer/src/db/offline/plan-downloads'
import { getOfflineSettings, updateOfflineSettings } from '../../../src/renderer/src/db/offline/settings'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { parseDownloadRequests } from '../../../src/shared/validate'
import { dropDatabase, freshDb, makeArticle, updated } from '../helpers/factories'
import { seedFeed } from './offline-helpers'

let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(async () => {
  await dropDatabase(db)
})

async function plan() {
  const feed = await seedFeed(db, 'https://news.example/rss', 2, (i) => ({ url: `https://news.example/a${i}`, imageUrl: `https://img.example/${i}.png` }))
  const articles = await db.articles.toArray()
  const result = updated(feed.id, feed.url, articles.map((a) => makeArticle({ feedId: feed.id, id: a.id })))
  return planDownloads(db, [result], () => true)
}

describe('download images setting', () => {
  it('is on by default, separate from showing remote images', async () => {
    expect(await getOfflineSettings(db)).toMatchObject({ downloadImages: true, loadRemoteImages: true })
    const requests = await plan()
    expect(requests).toHaveLength(2)
    expect(requests.every((r) => r.withImages === undefined && r.imageUrl?.startsWith('https://img.example/'))).toBe(true)
  })

  it('off, pages are requested without images, also when resumed after a restart', async () => {
    await updateOfflineSettings(db, { downloadImages: false })
    expect(await getOfflineSettings(db)).toMatchObject({ downloadImages: false, loadRemoteImages: true })
    const requests = await plan()
    expect(requests.map((r) => [r.withImages, r.imageUrl])).toEqual([[false, undefined], [false, undefined]])
    expect((await listUnanswered(db)).map((r) => r.withImages)).toEqual([false, false])
    expect(parseDownloadRequests(requests).map((r) => r.withImages)).toEqual([false, false])
  })

  it('turning remote images off does not stop image downloads', async () => {
    await updateOfflineSettings(db, { loadRemoteImages: false })
    expect((await plan()).map((r) => r.withImages)).toEqual([undefined, undefined])
  })

  it('validation refuses a withImages that is not a boolean', () => {
    expect(() => parseDownloadRequests([{ articleId: 'a', feedId: 'f', url: 'https://x.example/', withImages: 'no' }])).toThrow(/withImages must be a boolean/)
  })
})
