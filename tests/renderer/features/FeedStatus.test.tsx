// @vitest-environment happy-dom
// Honest status: a failing feed's plain error, its attempts, Retry, "Find feeds on this site", the failing count
// with "Retry all", "Updated" only after a success, and refresh failures (button or r) reported in one place.
import 'fake-indexeddb/auto'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { FeedTree } from '../../../src/renderer/src/features/feeds/FeedTree'
import { KeyboardShortcutsForTest } from './keyboard-harness'
import { RefreshStatus } from '../../../src/renderer/src/features/status/RefreshStatus'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import type { AppError } from '../../../src/shared/errors'
import { dropDatabase, fakeApi, freshDb, makeArticle, makeHttp, updated } from '../helpers/factories'
import { pressKey, renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(() => dropDatabase(db))

async function fail(feedId: string, url: string, error: AppError, failureCount: number, at: number) {
  await ingestFeedResult(db, { feedId, kind: 'failed', error, http: makeHttp({ url, failureCount, fetchedAt: at }) })
}

describe('a failing feed', () => {
  it('shows one plain sentence, the full address, the attempt and its time, and counts a retry that fails again', async () => {
    const feed = await addFeed(db, 'https://down.example/a/very/long/path/to/the/feed.xml')
    await fail(feed.id, feed.url, { code: 'http', status: 404, message: 'HTTP 404 for https://down.example/…' }, 1, Date.parse('2026-11-29T12:00:05Z'))
    const fake = fakeApi()
    fake.api.refreshNow.mockImplementation(async () => {
      await fail(feed.id, feed.url, { code: 'http', status: 404, message: 'HTTP 404' }, 2, Date.parse('2026-11-29T12:07:09Z'))
    })
    act(() => useUi.getState().select({ kind: 'feed', feedId: feed.id }))
    renderWith(<FeedTree />, { db, api: fake.api })
    expect(await screen.findByText('The site has nothing at this address (HTTP 404).')).toBeTruthy()
    expect(screen.getByText(feed.url)).toBeTruthy()
    const attempt = () => screen.getByText(/^Attempt \d failed at/).textContent
    expect(attempt()).toMatch(/^Attempt 1 failed at .*\b0?5\b/)
    fireEvent.click(screen.getByRole('button', { name: 'Retry down.example' }))
    await waitFor(() => expect(attempt()).toMatch(/^Attempt 2 failed at .*\b0?9\b/))
  })

  it('finds the feed a web page advertises and subscribes to it', async () => {
    const page = await addFeed(db, 'https://site.example/blog')
    await fail(page.id, page.url, { code: 'not-a-feed', message: 'not a feed: this is a web page' }, 1, Date.now())
    const fake = fakeApi()
    fake.api.discoverFeeds.mockResolvedValue({ ok: true, value: [{ url: 'https://site.example/blog/feed.xml', title: 'Site blog', type: 'rss' }] })
    fake.api.refreshNow.mockImplementation(async (ids?: string[]) => {
      for (const id of ids ?? []) {
        const f = await db.feeds.get(id)
        if (f && f.url.endsWith('feed.xml')) await ingestFeedResult(db, updated(id, f.url, [makeArticle({ feedId: id, id: 'x1' })]))
      }
    })
    act(() => useUi.getState().select({ kind: 'feed', feedId: page.id }))
    renderWith(<FeedTree />, { db, api: fake.api })
    expect(await screen.findByText('This address is a web page, not a feed.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Find feeds on this site' }))
    await waitFor(async () => expect((await db.feeds.toArray()).map((f) => f.url).sort()).toEqual(['https://site.example/blog', 'https://site.example/blog/feed.xml']))
    expect(fake.api.discoverFeeds).toHaveBeenCalledWith('https://site.example/blog')
  })
})

describe('the status bar', () => {
  it('says "Updated" only after a success, counts failing feeds and retries them all', async () => {
    const a = await addFeed(db, 'https://a.example/rss')
    const b = await addFeed(db, 'https://b.example/rss')
    const c = await addFeed(db, 'https://c.example/rss')
    for (const f of [a, b, c]) await fail(f.id, f.url, { code: 'network', message: 'ECONNREFUSED' }, 1, Date.now())
    const fake = fakeApi()
    renderWith(<RefreshStatus />, { db, api: fake.api })
    const status = () => screen.getByText(/updated|Updated|refreshed/).textContent
    await waitFor(() => expect(status()).toBe('No feed could be updated'))
    expect(screen.getByText(/^⚠/).textContent).toBe('⚠ 3 feeds failing')

    await ingestFeedResult(db, updated(a.id, a.url, [makeArticle({ feedId: a.id, id: 'ok1' })], { fetchedAt: Date.now() }))
    await waitFor(() => expect(status()).toMatch(/^Updated /))
    expect(screen.getByText(/^⚠/).textContent).toBe('⚠ 2 feeds failing')
    fireEvent.click(screen.getByRole('button', { name: 'Retry all failing feeds' }))
    expect(fake.api.refreshNow).toHaveBeenCalledWith(expect.arrayContaining([b.id, c.id]))
    expect(fake.api.refreshNow.mock.calls[0]![0]).toHaveLength(2)

    await ingestFeedResult(db, updated(b.id, b.url, [], { fetchedAt: Date.now() }))
    await waitFor(() => expect(screen.getByText(/^⚠/).textContent).toBe('⚠ 1 feed failing'))
  })

  it('reports a failed r where the button reports, and clears it when the connection returns', async () => {
    const fake = fakeApi()
    fake.api.refreshNow.mockRejectedValue(new Error('bridge down'))
    renderWith(
      <>
        <KeyboardShortcutsForTest />
        <RefreshStatus />
      </>,
      { db, api: fake.api },
    )
    pressKey('r')
    expect(within(await screen.findByRole('alert')).getByText('Refresh failed: bridge down')).toBeTruthy()
    act(() => void window.dispatchEvent(new Event('online')))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
  })

  it('tries the feeds that could not connect again when the connection returns', async () => {
    const down = await addFeed(db, 'https://down.example/rss')
    const broken = await addFeed(db, 'https://broken.example/rss')
    await fail(down.id, down.url, { code: 'network', message: 'ENOTFOUND' }, 1, Date.now())
    await fail(broken.id, broken.url, { code: 'parse', message: 'bad XML' }, 1, Date.now())
    const fake = fakeApi()
    renderWith(<RefreshStatus />, { db, api: fake.api })
    await waitFor(() => expect(screen.getByText(/^⚠/).textContent).toBe('⚠ 2 feeds failing'))
    act(() => void window.dispatchEvent(new Event('online')))
    await waitFor(() => expect(fake.api.refreshNow).toHaveBeenCalledWith([down.id])) // not the broken one: being online does not mend it
  })
})
