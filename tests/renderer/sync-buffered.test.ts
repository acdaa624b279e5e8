import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addFeed } from '../../src/renderer/src/db/feeds'
import type { MeridianDb } from '../../src/renderer/src/db/schema'
import { startSync, type SyncHandle } from '../../src/renderer/src/sync'
import { dropDatabase, fakeApi, freshDb, makeArticle, updated } from './helpers/factories'

let db: MeridianDb
let handle: SyncHandle | undefined
beforeEach(() => {
  db = freshDb()
})
afterEach(async () => {
  handle?.stop()
  await dropDatabase(db)
})

describe('startSync: results polled while the window was closed', () => {
  it('stores what the main process buffered, then acknowledges it', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    const { api } = fakeApi()
    const order: string[] = []
    api.takeBufferedResults.mockImplementation(async () => [updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, title: 'While closed' })])])
    api.ackBufferedResults.mockImplementation(async () => {
      order.push(`ack after ${await db.articles.count()} stored`)
    })
    handle = startSync(db, api, { debounceMs: 5 })
    await vi.waitFor(() => expect(order).toEqual(['ack after 1 stored']), { timeout: 5000 }) // failed at 1 s at load 30
    expect((await db.articles.toArray()).map((a) => a.title)).toEqual(['While closed'])
  })

  it('does not acknowledge what it could not read', async () => {
    const { api } = fakeApi()
    api.takeBufferedResults.mockRejectedValue(new Error('main went away'))
    vi.spyOn(console, 'error').mockImplementation(() => {})
    handle = startSync(db, api, { debounceMs: 5 })
    await new Promise((r) => setTimeout(r, 50))
    expect(api.ackBufferedResults).not.toHaveBeenCalled()
  })
})
