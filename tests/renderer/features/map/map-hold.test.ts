// The open map holds background work (lib/background-hold.ts): the search indexer, which after a large import writes
// for minutes and makes every read wait behind its commits, pauses while the map is open and catches up once it
// closes. Through the real sync loop, so the test fails if either end of the hold is not wired.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../../src/renderer/src/db/feeds'
import type { MeridianDb } from '../../../../src/renderer/src/db/schema'
import { useMapView } from '../../../../src/renderer/src/features/map/map-store'
import { startSync, type SyncHandle } from '../../../../src/renderer/src/sync'
import { dropDatabase, fakeApi, freshDb, makeArticle, updated } from '../../helpers/factories'

let db: MeridianDb
let handle: SyncHandle | undefined
beforeEach(() => {
  db = freshDb()
})
afterEach(async () => {
  useMapView.getState().setOpen(false)
  handle?.stop()
  await dropDatabase(db)
})

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 25))
}

describe('the open map holds the search indexer', () => {
  it('leaves new articles queued while the map is open and indexes them once it closes', async () => {
    const feed = await addFeed(db, 'https://news.example/rss')
    const { api, emit } = fakeApi()
    useMapView.getState().setOpen(true)
    handle = startSync(db, api, { debounceMs: 5 })
    emit(updated(feed.id, feed.url, ['a', 'b', 'c'].map((id) => makeArticle({ feedId: feed.id, id, title: `Talks in Paris ${id}` }))))
    await until(async () => (await db.articles.count()) === 3)
    await new Promise((r) => setTimeout(r, 400)) // the indexer polls every 30 ms: it would have run by now
    const queuedIds = async () => (await db.searchQueue.toArray()).reduce((n, q) => n + q.ids.length + (q.r?.length ?? 0), 0)
    expect(await queuedIds()).toBe(3)
    expect(await db.postings.count()).toBe(0)
    useMapView.getState().setOpen(false)
    await handle.idle()
    expect(await queuedIds()).toBe(0)
    expect(await db.postings.count()).toBeGreaterThan(0)
  })
})
