// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { articleTables, writeArticles } from '../../../src/renderer/src/db/article-tags'
import { countUnread, markRead } from '../../../src/renderer/src/db/queries'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { ArticlesPane } from '../../../src/renderer/src/features/articles/ArticlesPane'
import { useKeyboard } from '../../../src/renderer/src/features/keyboard/useKeyboard'
import { useCurrentView } from '../../../src/renderer/src/features/articles/useCurrentView'
import { listLength } from '../../../src/renderer/src/features/articles/list-navigation'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { addStories, dropDatabase, fakeApi, freshDb, hoursAgo, makeArticle, updated } from '../helpers/factories'
import { pressKey as key, renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(async () => {
  db = freshDb()
  await addStories(db, [1, 2, 3, 4], (h) => ({ countries: h % 2 ? ['FR'] : ['DE'] }))
})
afterEach(() => dropDatabase(db))

function WithKeyboard() {
  useKeyboard(useCurrentView())
  return <ArticlesPane />
}

describe('list actions', () => {
  it('marks the view\'s articles older than a week as read, from the Mark older menu', async () => {
    const feed = (await db.feeds.toArray())[0]!
    const old = [30, 24 * 10, 24 * 40] // a day and a bit, ten days, forty days old
    await ingestFeedResult(db, updated(feed.id, feed.url, old.map((h) => makeArticle({ feedId: feed.id, id: `a${h}`, title: `Story ${h}`, publishedAt: hoursAgo(h) }))))
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    await screen.findByRole('listitem', { name: 'Story 30' })
    fireEvent.click(screen.getByRole('button', { name: 'Mark older as read…' }))
    fireEvent.click(screen.getByRole('button', { name: 'Older than a week' }))
    expect(await screen.findByText('Marked 2 articles as read.')).toBeTruthy()
    const readIds = (await db.articles.toArray()).filter((a) => a.isRead).map((a) => a.id).sort()
    expect(readIds).toEqual(['a240', 'a960'])
    fireEvent.click(screen.getByRole('button', { name: 'Mark older as read…' }))
    fireEvent.click(screen.getByRole('button', { name: 'Older than a month' }))
    expect(await screen.findByText('Nothing unread older than a month here.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Mark older as read…' }))
    fireEvent.click(screen.getByRole('button', { name: 'Older than a day' }))
    expect(await screen.findByText('Marked 1 article as read.')).toBeTruthy() // Story 30; the four recent ones stay unread
    expect(await countUnread(db)).toBe(4)
  })

  it('marks all in the current view as read, and undo restores exactly those', async () => {
    await markRead(db, 'a2', true) // already read: must stay read after the undo
    act(() => useUi.getState().toggleFacet('countries', 'DE'))
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    await screen.findByRole('listitem', { name: 'Story 4' })
    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }))
    expect(await screen.findByText('Marked 1 article as read.')).toBeTruthy()
    expect(await countUnread(db)).toBe(2)
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect(await countUnread(db)).toBe(3))
    expect((await db.articles.get('a2'))?.isRead).toBe(1)
  })

  it('while searching, marks only the hits as read (button and Shift+A), and undo restores them', async () => {
    await db.transaction('rw', articleTables(db), async () => {
      const before = (await db.articles.get('a3'))!
      await writeArticles(db, [{ before, after: { ...before, title: 'Summit in Paris' } }]) // the app's one write path: the search queue follows
    })
    renderWith(<WithKeyboard />, { db, api: fakeApi().api })
    await screen.findByRole('listitem', { name: 'Story 1' })
    act(() => useUi.getState().setQuery('summit'))
    await screen.findByRole('listitem', { name: 'Summit in Paris' })
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Story 1' })).toBeNull())
    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }))
    expect(await screen.findByText('Marked 1 article as read.')).toBeTruthy()
    expect((await db.articles.get('a3'))?.isRead).toBe(1)
    expect(await countUnread(db)).toBe(3)
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect(await countUnread(db)).toBe(4))
    act(() => useUi.getState().setQuery('story'))
    await screen.findByRole('listitem', { name: 'Story 1' })
    key('A', true)
    await waitFor(async () => expect(await countUnread(db)).toBe(1)) // Stories 1, 2 and 4; the summit is not a hit
    expect((await db.articles.get('a3'))?.isRead).toBe(0)
  })

  it('walks the list with j/k, jumps to unread with n, stars with s, toggles read with m, marks all with Shift+A', async () => {
    renderWith(<WithKeyboard />, { db, api: fakeApi().api })
    await screen.findByRole('listitem', { name: 'Story 1' })
    await waitFor(() => expect(listLength()).toBe(4)) // the order j follows is published from an effect
    key('j')
    expect(useUi.getState().selectedArticleId).toBe('a1')
    key('j')
    key('j')
    key('k')
    expect(useUi.getState().selectedArticleId).toBe('a2')
    await markRead(db, 'a3', true)
    key('n')
    await waitFor(() => expect(useUi.getState().selectedArticleId).toBe('a4'))
    key('s')
    await waitFor(async () => expect((await db.articles.get('a4'))?.isStarred).toBe(1))
    key('m')
    await waitFor(async () => expect((await db.articles.get('a4'))?.isRead).toBe(1))
    key('A', true)
    await waitFor(async () => expect(await countUnread(db)).toBe(0))
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeTruthy()
  })
})
