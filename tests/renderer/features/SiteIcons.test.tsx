// @vitest-environment happy-dom
// Site icons: asked of the main process for fetched feeds, stored in IndexedDB, shown from there (a blob: URL,
// never the site's address); the letter avatar only when there is none.
import 'fake-indexeddb/auto'
import { screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { listSiteIcons, saveSiteIcon } from '../../../src/renderer/src/db/site-icons'
import { FeedTree } from '../../../src/renderer/src/features/feeds/FeedTree'
import { SiteIconsProvider } from '../../../src/renderer/src/features/icons/SiteIcons'
import { ICON_GATHER_MS, startIconSync } from '../../../src/renderer/src/features/icons/icon-sync'
import { noteIngestBurst } from '../../../src/renderer/src/db/paced-live-query'
import { dropDatabase, fakeApi, freshDb, makeArticle, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
let stop: (() => void) | undefined
beforeEach(() => {
  db = freshDb()
  // The test DOM's URL cannot take the Blob that fake-indexeddb hands back; what matters is that a blob: URL is used.
  URL.createObjectURL = vi.fn(() => 'blob:test/icon')
  URL.revokeObjectURL = vi.fn()
})
afterEach(async () => {
  stop?.()
  await dropDatabase(db)
})

const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13])

describe('site icons', () => {
  it('fetches the icon of an updated feed through the main process, stores it and shows it from IndexedDB', async () => {
    const withIcon = await addFeed(db, 'https://icons.example/rss')
    const without = await addFeed(db, 'https://plain.example/rss')
    const fake = fakeApi()
    fake.api.fetchSiteIcon.mockImplementation(async (req) =>
      req.feedUrl.startsWith('https://icons.example') ? { ok: true, value: { url: 'https://icons.example/favicon.ico', contentType: 'image/png', bytes: PNG } } : { ok: true, value: null },
    )
    stop = startIconSync(db, fake.api)
    renderWith(
      <SiteIconsProvider>
        <FeedTree />
      </SiteIconsProvider>,
      { db, api: fake.api },
    )
    for (const feed of [withIcon, without]) {
      const result = updated(feed.id, feed.url, [makeArticle({ feedId: feed.id, id: `${feed.id}-1` })])
      await ingestFeedResult(db, result)
      fake.emit({ ...(result as Extract<typeof result, { kind: 'updated' }>), feed: { title: 'Example News', siteUrl: feed.url.replace('/rss', '/') } })
      await db.feeds.update(feed.id, { customTitle: feed.url.includes('icons') ? 'Icons' : 'Plain' })
    }
    await waitFor(async () => expect((await listSiteIcons(db)).map((r) => [r.feedId, r.blob !== undefined]).sort()).toEqual([[withIcon.id, true], [without.id, false]].sort()))
    expect(fake.api.fetchSiteIcon).toHaveBeenCalledWith({ feedUrl: 'https://icons.example/rss', siteUrl: 'https://icons.example/', imageUrl: undefined })

    const button = await screen.findByRole('button', { name: 'Icons 1 unread' })
    await waitFor(() => expect(button.querySelector('img')?.getAttribute('src')).toMatch(/^blob:/))
    const plain = screen.getByRole('button', { name: 'Plain 1 unread' })
    expect(plain.querySelector('img')).toBeNull() // the letter avatar: no image, no request
    expect(plain.querySelector('.favicon-letter')?.getAttribute('data-letter')).toBe('P')

    // Asked once: a second result for the same feed finds a recent row and does not ask again.
    fake.emit(updated(withIcon.id, withIcon.url, []))
    await new Promise((r) => setTimeout(r, 50))
    expect(fake.api.fetchSiteIcon).toHaveBeenCalledTimes(2)
  })

  it('keeps each stored icon on its own URL when another feed gets one (no re-creation, no revoke)', async () => {
    let made = 0
    URL.createObjectURL = vi.fn(() => `blob:test/${++made}`)
    const feeds = [await addFeed(db, 'https://a.example/rss', { title: 'A' }), await addFeed(db, 'https://b.example/rss', { title: 'B' }), await addFeed(db, 'https://c.example/rss', { title: 'C' })]
    const icon = { url: 'https://x.example/favicon.ico', contentType: 'image/png', bytes: PNG }
    for (const f of feeds.slice(0, 2)) await saveSiteIcon(db, f.id, icon)
    renderWith(
      <SiteIconsProvider>
        <FeedTree />
      </SiteIconsProvider>,
      { db, api: fakeApi().api },
    )
    const src = (name: string) => screen.getByRole('button', { name }).querySelector('img')?.getAttribute('src')
    await waitFor(() => expect([src('A'), src('B')].every((s) => s?.startsWith('blob:'))).toBe(true))
    const before = [src('A'), src('B')]
    await saveSiteIcon(db, feeds[2].id, icon)
    await waitFor(() => expect(src('C')).toMatch(/^blob:/))
    expect([src('A'), src('B')]).toEqual(before)
    expect(URL.createObjectURL).toHaveBeenCalledTimes(3)
    expect(URL.revokeObjectURL).not.toHaveBeenCalled()
  })

  it('checks the feeds of results that came while bursts were landing together, once the bursts stop', async () => {
    const feeds = await Promise.all(Array.from({ length: 12 }, (_, i) => addFeed(db, `https://s${i}.example/rss`)))
    const fake = fakeApi()
    fake.api.fetchSiteIcon.mockResolvedValue({ ok: true, value: null })
    stop = startIconSync(db, fake.api)
    await waitFor(() => expect(fake.api.fetchSiteIcon).not.toHaveBeenCalled()) // none fetched yet: nothing to check at start
    const landing = setInterval(() => noteIngestBurst(performance.now(), 500), 100)
    noteIngestBurst(performance.now(), 500)
    for (const feed of feeds) fake.emit({ ...(updated(feed.id, feed.url, []) as Extract<ReturnType<typeof updated>, { kind: 'updated' }>), feed: { title: 'T', siteUrl: feed.url.replace('/rss', '/') } })
    await new Promise((r) => setTimeout(r, 3 * ICON_GATHER_MS))
    expect(fake.api.fetchSiteIcon).not.toHaveBeenCalled() // held while bursts land
    clearInterval(landing)
    await waitFor(() => expect(fake.api.fetchSiteIcon).toHaveBeenCalledTimes(12), { timeout: 5000 })
    expect(new Set(fake.api.fetchSiteIcon.mock.calls.map(([req]) => req.feedUrl))).toEqual(new Set(feeds.map((f) => f.url)))
  })
})
