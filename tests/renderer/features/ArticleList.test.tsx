// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed, renameFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import { markRead } from '../../../src/renderer/src/db/queries'
import type { Feed, MeridianDb } from '../../../src/renderer/src/db/schema'
import { ArticlesPane } from '../../../src/renderer/src/features/articles/ArticlesPane'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import { dropDatabase, fakeApi, freshDb, hoursAgo, makeArticle, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
let a: Feed
let b: Feed

beforeEach(async () => {
  db = freshDb()
  a = await addFeed(db, 'https://a.example/rss')
  b = await addFeed(db, 'https://b.example/rss')
  await ingestFeedResult(db, updated(a.id, a.url, [
    makeArticle({ feedId: a.id, id: 'old', title: 'Oldest story', publishedAt: hoursAgo(30) }),
    makeArticle({ feedId: a.id, id: 'new', title: 'Newest story', publishedAt: hoursAgo(1) }),
  ]))
  await ingestFeedResult(db, updated(b.id, b.url, [makeArticle({ feedId: b.id, id: 'mid', title: 'Middle story', publishedAt: hoursAgo(5) })]))
  await renameFeed(db, b.id, 'Bravo Times')
})
afterEach(() => dropDatabase(db))

const rowTitles = () => screen.getAllByRole('listitem').map((li) => li.querySelector('.row-title')?.textContent)

describe('ArticlesPane', () => {
  it('lists articles newest first, each row named by its title, with source and relative time', async () => {
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    await waitFor(() => expect(rowTitles()).toEqual(['Newest story', 'Middle story', 'Oldest story']))
    const middle = screen.getByRole('listitem', { name: 'Middle story' })
    // Feed names come from their own live query, which may answer a render after the rows.
    await waitFor(() => expect(within(middle).getByText('Bravo Times')).toBeTruthy())
    expect(within(middle).getByText(/5 hr|5 hours/)).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'All articles' })).toBeTruthy()
  })

  it('opens an article by selecting it in the UI store', async () => {
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    const row = await screen.findByRole('listitem', { name: 'Middle story' })
    fireEvent.click(within(row).getByRole('button', { name: /Middle story/ }))
    expect(useUi.getState().selectedArticleId).toBe('mid')
    await waitFor(() => expect(within(screen.getByRole('listitem', { name: 'Middle story' })).getByRole('button', { name: /Middle story/ }).getAttribute('aria-current')).toBe('true'))
  })

  it('shows only the selected feed', async () => {
    act(() => useUi.getState().select({ kind: 'feed', feedId: a.id }))
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    await waitFor(() => expect(rowTitles()).toEqual(['Newest story', 'Oldest story']))
  })

  it('filters to unread and follows changes live', async () => {
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    await screen.findByRole('listitem', { name: 'Newest story' })
    fireEvent.click(screen.getByRole('checkbox', { name: 'Unread only' }))
    await markRead(db, 'new', true)
    await waitFor(() => expect(rowTitles()).toEqual(['Middle story', 'Oldest story']))
    await ingestFeedResult(db, updated(b.id, b.url, [makeArticle({ feedId: b.id, id: 'fresh', title: 'Just in', publishedAt: hoursAgo(0.1) })]))
    await waitFor(() => expect(rowTitles()).toEqual(['Just in', 'Middle story', 'Oldest story']))
  })

  it('switches to oldest first', async () => {
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    await screen.findByRole('listitem', { name: 'Newest story' })
    fireEvent.change(screen.getByLabelText('Sort order'), { target: { value: 'oldest' } })
    await waitFor(() => expect(rowTitles()).toEqual(['Oldest story', 'Middle story', 'Newest story']))
  })

  it('says when there is nothing to show', async () => {
    act(() => useUi.getState().select({ kind: 'starred' }))
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    expect(await screen.findByText('Star articles to keep them here.')).toBeTruthy()
  })

  it('renders only the rows in view, and the rows further down once scrolled there', async () => {
    const many = Array.from({ length: 60 }, (_, i) => makeArticle({ feedId: a.id, id: `m${i}`, title: `Story ${i}`, publishedAt: hoursAgo(40 + i) }))
    await ingestFeedResult(db, updated(a.id, a.url, many))
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    await screen.findByRole('listitem', { name: 'Newest story' })
    const scroller = document.querySelector('.article-scroller') as HTMLElement
    await waitFor(() => expect(scroller.dataset.count).toBe('63'))
    // a screenful (the test DOM has no layout: 800 px assumed) plus overscan, not all 63
    expect(screen.getAllByRole('listitem').length).toBeLessThan(25)
    expect(screen.queryByRole('listitem', { name: 'Story 45' })).toBeNull()
    scroller.scrollTop = 45 * 84
    fireEvent.scroll(scroller)
    const row = await screen.findByRole('listitem', { name: 'Story 45' })
    expect(row.getAttribute('aria-posinset')).toBe('49') // three stories are newer than the 60, and Story 0..44 come first
    expect(screen.queryByRole('listitem', { name: 'Newest story' })).toBeNull()
    // another view starts at its top
    act(() => useUi.getState().select({ kind: 'feed', feedId: b.id }))
    await screen.findByRole('listitem', { name: 'Middle story' })
    expect((document.querySelector('.article-scroller') as HTMLElement).scrollTop).toBe(0)
  })
})
