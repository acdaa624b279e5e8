// @vitest-environment happy-dom
// Context menus on articles and feeds (issue 21): the in-app menu where main has no native one (browser mode),
// the native menu's answer where it has, and every action doing what it says on the real database.
import 'fake-indexeddb/auto'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addFeed } from '../../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../../src/renderer/src/db/ingest'
import type { Feed, MeridianDb } from '../../../../src/renderer/src/db/schema'
import { ArticlesPane } from '../../../../src/renderer/src/features/articles/ArticlesPane'
import { ContextMenu } from '../../../../src/renderer/src/features/context-menu/ContextMenu'
import { useContextMenu } from '../../../../src/renderer/src/features/context-menu/context-menu-store'
import { FeedTree } from '../../../../src/renderer/src/features/feeds/FeedTree'
import { useUi } from '../../../../src/renderer/src/state/ui-store'
import { dropDatabase, fakeApi, freshDb, hoursAgo, makeArticle, updated } from '../../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
let feed: Feed
beforeEach(async () => {
  db = freshDb()
  useContextMenu.setState({ menu: null })
  feed = await addFeed(db, 'https://wire.example/rss')
  await ingestFeedResult(db, updated(feed.id, feed.url, [
    makeArticle({ feedId: feed.id, id: 'a1', title: 'Talks resume in Geneva', url: 'https://wire.example/geneva', publishedAt: hoursAgo(1) }),
    makeArticle({ feedId: feed.id, id: 'a2', title: 'Storm reaches the coast', url: 'https://wire.example/storm', publishedAt: hoursAgo(2) }),
  ]))
})
afterEach(() => dropDatabase(db))

const withMenu = (ui: React.ReactElement) => (
  <>
    {ui}
    <ContextMenu />
  </>
)

async function rightClickRow(title: string) {
  const row = await screen.findByRole('listitem', { name: title })
  fireEvent.contextMenu(row, { clientX: 40, clientY: 60 })
  return screen.findByRole('menu', { name: `Actions for ${title}` })
}

const choose = (menu: HTMLElement, name: string) => fireEvent.click(within(menu).getByRole('menuitem', { name }))

describe('article context menu', () => {
  it('lists the actions and marks read, stars and opens in the browser', async () => {
    const fake = fakeApi()
    fake.api.openExternal.mockResolvedValue({ ok: true, value: undefined })
    renderWith(withMenu(<ArticlesPane />), { db, api: fake.api })
    let menu = await rightClickRow('Talks resume in Geneva')
    expect(within(menu).getAllByRole('menuitem').map((b) => b.textContent)).toEqual(['Open', 'Open in browser', 'Mark as read', 'Star', 'Copy link'])
    choose(menu, 'Mark as read')
    await waitFor(async () => expect((await db.articles.get('a1'))?.isRead).toBe(1))
    expect(screen.queryByRole('menu')).toBeNull()
    await waitFor(() => expect(screen.getByRole('listitem', { name: 'Talks resume in Geneva' }).className).toContain('is-read'))

    menu = await rightClickRow('Talks resume in Geneva')
    expect(within(menu).getByRole('menuitem', { name: 'Mark as unread' })).toBeTruthy()
    choose(menu, 'Star')
    await waitFor(async () => expect((await db.articles.get('a1'))?.isStarred).toBe(1))

    menu = await rightClickRow('Storm reaches the coast')
    choose(menu, 'Open in browser')
    await waitFor(() => expect(fake.api.openExternal).toHaveBeenCalledWith('https://wire.example/storm'))

    menu = await rightClickRow('Storm reaches the coast')
    choose(menu, 'Open')
    await waitFor(() => expect(useUi.getState().selectedArticleId).toBe('a2'))
  })

  it('copies the link in browser mode', async () => {
    const writeText = vi.fn(async () => {})
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    renderWith(withMenu(<ArticlesPane />), { db, api: fakeApi().api })
    choose(await rightClickRow('Storm reaches the coast'), 'Copy link')
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('https://wire.example/storm'))
  })

  it('takes the native menu\'s answer and shows no in-app menu (desktop app)', async () => {
    const fake = fakeApi()
    fake.api.showContextMenu.mockResolvedValue({ shown: true, chosen: 'star' })
    renderWith(withMenu(<ArticlesPane />), { db, api: fake.api })
    fireEvent.contextMenu(await screen.findByRole('listitem', { name: 'Storm reaches the coast' }))
    await waitFor(async () => expect((await db.articles.get('a2'))?.isStarred).toBe(1))
    expect(screen.queryByRole('menu')).toBeNull()
    expect(fake.api.showContextMenu.mock.calls[0]![0]).toContainEqual({ type: 'item', id: 'copy-link', label: 'Copy link', enabled: true, copyText: 'https://wire.example/storm' })
  })

  it('moves with the arrow keys and closes on Escape without acting', async () => {
    renderWith(withMenu(<ArticlesPane />), { db, api: fakeApi().api })
    const menu = await rightClickRow('Talks resume in Geneva')
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Open'))
    fireEvent.keyDown(menu, { key: 'ArrowDown' })
    expect(document.activeElement?.textContent).toBe('Open in browser')
    fireEvent.keyDown(menu, { key: 'ArrowUp' })
    fireEvent.keyDown(menu, { key: 'ArrowUp' })
    expect(document.activeElement?.textContent).toBe('Copy link')
    fireEvent.keyDown(menu, { key: 'Escape' })
    expect(screen.queryByRole('menu')).toBeNull()
    expect((await db.articles.get('a1'))?.isRead).toBe(0)
  })
})

describe('feed context menu', () => {
  async function rightClickFeed() {
    const button = await screen.findByRole('button', { name: /^Example News/ })
    fireEvent.contextMenu(button.closest('.feed-line')!, { clientX: 10, clientY: 10 })
    return screen.findByRole('menu', { name: 'Actions for Example News' })
  }

  it('refreshes, marks the feed read, and opens the rename and unsubscribe forms', async () => {
    const fake = fakeApi()
    renderWith(withMenu(<FeedTree />), { db, api: fake.api })
    let menu = await rightClickFeed()
    expect(within(menu).getAllByRole('menuitem').map((b) => b.textContent)).toEqual(['Refresh', 'Mark all as read', 'Rename…', 'Unsubscribe…'])
    choose(menu, 'Refresh')
    await waitFor(() => expect(fake.api.refreshNow).toHaveBeenCalledWith([feed.id]))

    choose(await rightClickFeed(), 'Mark all as read')
    await waitFor(async () => expect((await db.articles.toArray()).map((a) => a.isRead)).toEqual([1, 1]))

    choose(await rightClickFeed(), 'Rename…')
    expect(await screen.findByRole('dialog', { name: 'Example News: rename' })).toBeTruthy()
    act(() => fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' }))

    menu = await rightClickFeed()
    choose(menu, 'Unsubscribe…')
    expect(await screen.findByRole('alertdialog', { name: 'Unsubscribe from Example News?' })).toBeTruthy()
  })
})
