// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AddFeedForm } from '../../../src/renderer/src/features/feeds/AddFeedForm'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import type { AppError } from '../../../src/shared/errors'
import { dropDatabase, fakeApi, freshDb, makeArticle, makeHttp, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(() => dropDatabase(db))

/** A fake main process: refreshNow "fetches" each feed and stores what respond() says, as sync.ts would. */
function fakeMain(respond: (feedId: string, url: string) => 'ok' | AppError) {
  const fake = fakeApi()
  fake.api.refreshNow.mockImplementation(async (ids?: string[]) => {
    for (const id of ids ?? []) {
      const feed = await db.feeds.get(id)
      if (!feed) continue
      const outcome = respond(id, feed.url)
      await ingestFeedResult(
        db,
        outcome === 'ok'
          ? updated(id, feed.url, [makeArticle({ feedId: id, id: `${id}-1` })])
          : { feedId: id, kind: 'failed', error: outcome, http: makeHttp({ url: feed.url }) },
      )
    }
  })
  return fake
}

function submit(url: string) {
  fireEvent.change(screen.getByLabelText('Feed or site URL'), { target: { value: url } })
  fireEvent.click(screen.getByRole('button', { name: 'Add feed' }))
}

describe('AddFeedForm', () => {
  it('subscribes, fetches the new feed at once, selects it and clears the input', async () => {
    const { api } = fakeMain(() => 'ok')
    renderWith(<AddFeedForm />, { db, api })
    submit('https://news.example/rss')
    await waitFor(() => expect(useUi.getState().selection.kind).toBe('feed'))
    const feeds = await db.feeds.toArray()
    expect(feeds.map((f) => f.url)).toEqual(['https://news.example/rss'])
    expect(api.refreshNow).toHaveBeenCalledWith([feeds[0].id])
    expect(useUi.getState().selection).toEqual({ kind: 'feed', feedId: feeds[0].id })
    expect(screen.getByLabelText<HTMLInputElement>('Feed or site URL').value).toBe('')
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('Feed added.')
  })

  it('shows a duplicate subscription as an error', async () => {
    await addFeed(db, 'https://news.example/rss')
    const { api } = fakeMain(() => 'ok')
    renderWith(<AddFeedForm />, { db, api })
    submit('https://news.example/rss')
    expect((await screen.findByRole('alert')).textContent).toMatch(/Already subscribed to https:\/\/news\.example\/rss/)
    expect(api.refreshNow).not.toHaveBeenCalled()
  })

  it('offers the feeds a web page advertises, and subscribes to the one picked', async () => {
    const page = 'https://site.example/'
    const { api } = fakeMain((_id, url) => (url === page ? { code: 'not-a-feed', message: 'HTML page' } : 'ok'))
    api.discoverFeeds.mockResolvedValue({
      ok: true,
      value: [
        { url: 'https://site.example/feed.xml', title: 'Site news', type: 'rss' },
        { url: 'https://site.example/atom', title: 'Site atom', type: 'atom' },
      ],
    })
    renderWith(<AddFeedForm />, { db, api })
    submit('site.example')
    const pick = await screen.findByRole('button', { name: 'Add Site news' })
    expect(screen.getByRole('button', { name: 'Add Site atom' })).toBeTruthy()
    expect(api.discoverFeeds).toHaveBeenCalledWith(page)
    expect(await db.feeds.count()).toBe(0) // the page itself is not kept as a subscription

    fireEvent.click(pick)
    await waitFor(async () => expect((await db.feeds.toArray()).map((f) => f.url)).toEqual(['https://site.example/feed.xml']))
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Add Site news' })).toBeNull())
    expect((await db.feeds.toArray())[0].title).toBe('Example News') // the fetched document's title
  })

  it('says so when a page advertises no feeds', async () => {
    const { api } = fakeMain(() => ({ code: 'not-a-feed', message: 'HTML page' }))
    renderWith(<AddFeedForm />, { db, api })
    submit('https://blog.example/about')
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/^This address is a web page that advertises no feeds\./)
    expect(alert.textContent).toContain('https://blog.example/about') // the address in full, with a copy button
    expect(screen.getByRole('button', { name: 'Copy the address' })).toBeTruthy()
  })

  it('keeps a feed whose first fetch failed and explains why', async () => {
    const { api } = fakeMain(() => ({ code: 'network', message: 'ECONNREFUSED for https://down.example/rss' }))
    renderWith(<AddFeedForm />, { db, api })
    submit('https://down.example/rss')
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Subscribed, but the first fetch failed: the site could not be reached. Check your connection, or whether the site is down, then retry.'))
    expect(await db.feeds.count()).toBe(1)
  })

  it('offers "Find feeds on this site" when the address answers 404, and subscribes to the feed the site offers', async () => {
    const { api } = fakeMain((_id, url) => (url.endsWith('/old.xml') ? { code: 'http', status: 404, message: 'HTTP 404' } : 'ok'))
    api.discoverFeeds.mockImplementation(async (url: string) =>
      url === 'https://moved.example/' ? { ok: true, value: [{ url: 'https://moved.example/feed', title: 'Moved feed', type: 'rss' as const }] } : { ok: false, error: { code: 'http', message: 'HTTP 404' } },
    )
    renderWith(<AddFeedForm />, { db, api })
    submit('https://moved.example/old.xml')
    fireEvent.click(await screen.findByRole('button', { name: 'Find feeds on this site' }))
    expect((await screen.findByText('Subscribed to Moved feed.')).getAttribute('role')).toBe('status')
    expect((await db.feeds.toArray()).map((f) => f.url).sort()).toEqual(['https://moved.example/feed', 'https://moved.example/old.xml'])
  })

  it('shows a failing refreshNow (main process unreachable) as text', async () => {
    const { api } = fakeApi()
    api.refreshNow.mockRejectedValue(new Error('bridge down'))
    renderWith(<AddFeedForm />, { db, api })
    submit('https://news.example/rss')
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/could not be fetched right now: bridge down/))
  })

  it('disables the button while the input is empty', () => {
    const { api } = fakeApi()
    renderWith(<AddFeedForm />, { db, api })
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Add feed' }).disabled).toBe(true)
    act(() => {
      fireEvent.change(screen.getByLabelText('Feed or site URL'), { target: { value: 'x' } })
    })
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Add feed' }).disabled).toBe(false)
  })
})
