// @vitest-environment happy-dom
// A full disk in the middle of an ingest (QuotaExceededError, injected by a Dexie middleware): nothing stored before
// is lost or changed, the refused feed is not half written (no article, list row or counter of it), the main process
// gets the stored schedule back so the feed's articles are fetched again, the status area says why, and once there
// is room the same result is stored whole.
import 'fake-indexeddb/auto'
import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../src/renderer/src/db/feeds'
import { markRead, toggleStar } from '../../src/renderer/src/db/queries'
import { openDatabase, type MeridianDb } from '../../src/renderer/src/db/schema'
import { startSync, type SyncHandle } from '../../src/renderer/src/sync'
import { reportStoreError } from '../../src/renderer/src/features/status/store-errors'
import { useRefreshControl } from '../../src/renderer/src/features/status/refresh-control'
import type { FeedResult } from '../../src/shared/model'
import { fakeApi, makeArticle, updated } from './helpers/factories'
import { quotaFault } from './helpers/quota-fault'
import { derived, rebuilt } from './db/released-schemas'

let db: MeridianDb
let handle: SyncHandle | undefined
afterEach(async () => {
  handle?.stop()
  useRefreshControl.setState({ error: undefined })
  db.close()
  await db.delete()
})

const stories = (feedId: string, n: number) => Array.from({ length: n }, (_, i) => makeArticle({ feedId, id: `${feedId}-${i}`, countries: ['FR'], topics: ['politics'], publishedAt: `2026-11-0${1 + (i % 9)}T10:00:00.000Z` }))

describe('a full disk mid-ingest', () => {
  it('loses nothing, writes nothing half, re-arms the fetch and says so', async () => {
    db = openDatabase(`quota-${Math.random().toString(36).slice(2)}`)
    const fault = quotaFault()
    db.use(fault.middleware)
    const f1 = await addFeed(db, 'https://one.example/rss')
    const f2 = await addFeed(db, 'https://two.example/rss')
    const { api, emit } = fakeApi()
    const refused: FeedResult[] = []
    handle = startSync(db, api, { debounceMs: 1, onStoreError: (err, result) => {
      refused.push(result)
      reportStoreError(err, result)
    } })
    emit(updated(f1.id, f1.url, stories(f1.id, 6)))
    await handle.idle()
    await markRead(db, `${f1.id}-0`, true)
    await toggleStar(db, `${f1.id}-1`)
    const before = { articles: await db.articles.orderBy('id').toArray(), derived: await derived(db) }
    await new Promise((r) => setTimeout(r, 20))
    const schedules = api.setSubscriptions.mock.calls.length

    // The disk fills while the second feed's articles are being written (two writes go through first).
    fault.arm(['articles', 'lists', 'counters'], 2)
    const second = updated(f2.id, f2.url, stories(f2.id, 8), { validators: { etag: '"v2"', contentHash: 'new' } })
    emit(second)
    await handle.idle()
    expect(fault.refused()).toBeGreaterThan(0)
    expect(refused.map((r) => r.feedId)).toEqual([f2.id])
    fault.disarm()

    // Nothing stored before changed; nothing of the refused feed is there; its validators were not taken.
    expect(await db.articles.orderBy('id').toArray()).toEqual(before.articles)
    expect(await derived(db)).toEqual(before.derived)
    expect((await db.feeds.get(f2.id))?.validators).toBeUndefined()
    // The main process got the stored schedule again (its own copy had moved to the refused response's ETag).
    await new Promise((r) => setTimeout(r, 20))
    expect(api.setSubscriptions.mock.calls.length).toBeGreaterThan(schedules)
    const resent = api.setSubscriptions.mock.calls.at(-1)![0].find((s) => s.id === f2.id)
    expect(resent?.validators?.etag).toBeUndefined()

    render(<p role="alert">{useRefreshControl.getState().error}</p>)
    expect(screen.getByRole('alert').textContent).toBe('Storage is full: new articles from “Example News” could not be saved. Everything saved before is kept; free some space and they are fetched again at the next refresh.')

    // With room again, the re-fetched result is stored whole, and every derived table equals a rebuild.
    emit(second)
    await handle.idle()
    expect(await db.articles.where('feedId').equals(f2.id).count()).toBe(8)
    expect((await db.articles.get(`${f1.id}-0`))?.isRead).toBe(1)
    expect((await db.articles.get(`${f1.id}-1`))?.isStarred).toBe(1)
    const now = await derived(db)
    expect(now).toEqual(await rebuilt(db))
  })
})
