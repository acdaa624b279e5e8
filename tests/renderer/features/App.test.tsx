// @vitest-environment jsdom
// jsdom because the reader pane sanitizes with DOMPurify, which misbehaves under happy-dom (see sanitize.test.ts).
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../../src/renderer/src/App'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { startSync, type SyncHandle } from '../../../src/renderer/src/sync'
import { dropDatabase, fakeApi, freshDb, makeArticle, makeHttp, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
let sync: SyncHandle
beforeEach(() => {
  db = freshDb()
})
// Unmount before the database goes: hooks run last-registered first, so the shared cleanup would come after the
// drop, and a read the mounted app starts then rejects with DatabaseClosedError after the test.
afterEach(async () => {
  cleanup()
  sync.stop()
  await dropDatabase(db)
})

/** The whole path with a fake main process: refreshNow emits results, sync.ts stores them. */
function setup() {
  const fake = fakeApi()
  fake.api.refreshNow.mockImplementation(async (ids?: string[]) => {
    for (const id of ids ?? []) {
      const feed = await db.feeds.get(id)
      if (!feed) continue
      fake.emit(updated(id, feed.url, [
        makeArticle({ feedId: id, id: 'older', title: 'Older headline', publishedAt: '2026-11-01T08:00:00.000Z' }),
        makeArticle({
          feedId: id, id: 'newer', title: 'Newer headline', author: 'A. Writer', url: 'https://news.example/newer',
          publishedAt: '2026-11-02T08:00:00.000Z',
          contentHtml: '<p>Body text <a href="/more">more</a></p><script>window.pwned = 1</script><img src="x.png" onerror="window.pwned = 1">',
        }),
      ]))
    }
  })
  sync = startSync(db, fake.api, { debounceMs: 5 })
  renderWith(<App />, { db, api: fake.api })
  return fake
}

describe('App', () => {
  it('has the three named landmarks', () => {
    setup()
    expect(screen.getByRole('navigation', { name: 'Feeds' })).toBeTruthy()
    expect(screen.getByRole('main', { name: 'Articles' })).toBeTruthy()
    expect(screen.getByRole('article', { name: 'Reader' })).toBeTruthy()
  })

  it('adds a feed, lists its articles newest first, opens one, marks it read and opens the original', async () => {
    const { api } = setup()
    fireEvent.click(screen.getAllByRole('button', { name: /Add a feed/ })[0])
    fireEvent.change(screen.getByLabelText('Feed or site URL'), { target: { value: 'https://news.example/rss' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add feed' }))

    const list = within(screen.getByRole('main', { name: 'Articles' }))
    await waitFor(() => expect(list.getAllByRole('listitem', { name: /headline/ })).toHaveLength(2))
    const rows = list.getAllByRole('listitem', { name: /headline/ })
    expect(within(rows[0]).getByText('Newer headline')).toBeTruthy()
    expect(within(rows[1]).getByText('Older headline')).toBeTruthy()
    const nav = within(screen.getByRole('navigation', { name: 'Feeds' }))
    await waitFor(() => expect(nav.getByRole('button', { name: 'Example News 2 unread' })).toBeTruthy())
    await waitFor(() => expect(nav.getByRole('button', { name: 'All articles 2' })).toBeTruthy())
    expect(nav.getByRole('button', { name: 'Unread 2' })).toBeTruthy()

    fireEvent.click(within(list.getByRole('listitem', { name: 'Newer headline' })).getByRole('button', { name: /Newer headline/ }))
    const reader = within(screen.getByRole('article', { name: 'Reader' }))
    expect(await reader.findByRole('heading', { name: 'Newer headline' })).toBeTruthy()
    expect(reader.getByText('A. Writer')).toBeTruthy()
    expect(reader.getByText('Body text', { exact: false })).toBeTruthy()
    const content = screen.getByRole('article', { name: 'Reader' }).querySelector('.reader-content') as HTMLElement
    expect(content.querySelector('script')).toBeNull()
    expect(content.innerHTML).not.toContain('onerror')
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined()

    await waitFor(async () => expect((await db.articles.get('newer'))?.isRead).toBe(1))
    await waitFor(() => expect(nav.getByRole('button', { name: 'Example News 1 unread' })).toBeTruthy())

    fireEvent.click(reader.getByRole('button', { name: 'Open original' }))
    await waitFor(() => expect(api.openExternal).toHaveBeenCalledWith('https://news.example/newer'))
    fireEvent.click(reader.getByText('more'))
    await waitFor(() => expect(api.openExternal).toHaveBeenLastCalledWith('https://news.example/more'))
  })

  it('shows a feed\'s last error in the sidebar', async () => {
    const { emit, api } = setup()
    api.refreshNow.mockResolvedValue(undefined)
    fireEvent.click(screen.getAllByRole('button', { name: /Add a feed/ })[0])
    fireEvent.change(screen.getByLabelText('Feed or site URL'), { target: { value: 'https://down.example/rss' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add feed' }))
    await waitFor(() => expect(api.refreshNow).toHaveBeenCalled())
    const ids = api.refreshNow.mock.calls[0][0] ?? []
    emit({ feedId: ids[0], kind: 'failed', error: { code: 'http', message: 'HTTP 500 for https://down.example/rss', status: 500 }, http: makeHttp({ url: 'https://down.example/rss' }) })
    const feedList = within(await screen.findByRole('list', { name: 'Subscriptions' }))
    const message = 'The site had an internal error (HTTP 500).'
    expect(await feedList.findByText(message)).toBeTruthy()
    expect(feedList.getByText(message).getAttribute('title')).toBe('HTTP 500 for https://down.example/rss') // the technical text stays at hand
    expect(feedList.getByRole('button', { name: 'down.example failing' }).getAttribute('aria-describedby')).toBe(feedList.getByText(message).id)
  })
})
