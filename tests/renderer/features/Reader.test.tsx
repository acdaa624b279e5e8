// @vitest-environment jsdom
// jsdom because the reader sanitizes with DOMPurify (see sanitize.test.ts).
import 'fake-indexeddb/auto'
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { ArticlesPane } from '../../../src/renderer/src/features/articles/ArticlesPane'
import { ReaderPane } from '../../../src/renderer/src/features/reader/ReaderPane'
import { useReadingSettings } from '../../../src/renderer/src/state/reading-settings'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import { dropDatabase, fakeApi, freshDb, makeArticle, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(async () => {
  db = freshDb()
  const f = await addFeed(db, 'https://www.lemonde.fr/rss')
  await ingestFeedResult(db, updated(f.id, f.url, [
    makeArticle({ feedId: f.id, id: 'x', title: 'Summit in Paris', author: 'A. Writer', countries: ['FR'], topics: ['politics'], imageUrl: 'https://img.example/lead.jpg', url: 'https://news.example/x' }),
    makeArticle({ feedId: f.id, id: 'js', title: 'Odd link', url: 'javascript:alert(1)' }),
  ]))
})
afterEach(async () => {
  cleanup() // unmount first: the reader marks read on a timer
  await dropDatabase(db)
})

function open(id: string) {
  const fake = fakeApi()
  renderWith(<ReaderPane />, { db, api: fake.api })
  act(() => useUi.getState().selectArticle(id))
  return fake.api
}

describe('reader', () => {
  it('shows title, byline, source, lead image and chips, and marks the article read', async () => {
    open('x')
    expect(await screen.findByRole('heading', { name: 'Summit in Paris' })).toBeTruthy()
    expect(screen.getByText('A. Writer')).toBeTruthy()
    expect(screen.getByText('Example News')).toBeTruthy()
    // The lead image arrives once offline reading has looked for a stored copy (offline/useImageSrc.ts).
    await waitFor(() => expect(document.querySelector('img.reader-lead')?.getAttribute('src')).toBe('https://img.example/lead.jpg'))
    await waitFor(async () => expect((await db.articles.get('x'))?.isRead).toBe(1))
  })

  it('paints an article clicked in the list from the list\'s copy, without waiting for IndexedDB', async () => {
    renderWith(<><ArticlesPane /><ReaderPane /></>, { db, api: fakeApi().api })
    const row = await screen.findByRole('listitem', { name: 'Summit in Paris' })
    fireEvent.click(within(row).getByRole('button', { name: /Summit in Paris/ }))
    // Synchronously after the click: no IndexedDB read (fake-indexeddb answers on a later task) has completed yet.
    expect(screen.getByRole('heading', { name: 'Summit in Paris' })).toBeTruthy()
    expect(document.querySelector('.reader')?.getAttribute('data-article-id')).toBe('x')
    await waitFor(async () => expect((await db.articles.get('x'))?.isRead).toBe(1))
  })

  it('filters the list from its country and topic chips', async () => {
    open('x')
    const chips = within(await screen.findByRole('group', { name: 'Countries and topics' }))
    fireEvent.click(chips.getByRole('button', { name: 'Show articles about France' }))
    expect(useUi.getState().countries).toEqual(['FR'])
    fireEvent.click(chips.getByRole('button', { name: 'Show articles about Politics' }))
    expect(useUi.getState().topics).toEqual(['politics'])
  })

  it('stars, marks unread, and opens only http(s) originals', async () => {
    const api = open('x')
    fireEvent.click(await screen.findByRole('button', { name: '☆ Star' }))
    await waitFor(async () => expect((await db.articles.get('x'))?.isStarred).toBe(1))
    await screen.findByRole('button', { name: 'Mark unread' })
    fireEvent.click(screen.getByRole('button', { name: 'Mark unread' }))
    await waitFor(async () => expect((await db.articles.get('x'))?.isRead).toBe(0))
    fireEvent.click(screen.getByRole('button', { name: 'Open original' }))
    await waitFor(() => expect(api.openExternal).toHaveBeenCalledWith('https://news.example/x'))
  })

  it('refuses to open a non-web original', async () => {
    const api = open('js')
    fireEvent.click(await screen.findByRole('button', { name: 'Open original' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/Only web/)
    expect(api.openExternal).not.toHaveBeenCalled()
  })

  it('applies reading settings: size, family, width, theme', async () => {
    open('x')
    fireEvent.click(await screen.findByRole('button', { name: /Reading settings/ }))
    const panel = within(screen.getByRole('group', { name: 'Reading settings' }))
    const before = useReadingSettings.getState().fontSize
    fireEvent.click(panel.getByRole('button', { name: /larger text/ }))
    expect(useReadingSettings.getState().fontSize).toBe(before + 1)
    fireEvent.change(panel.getByLabelText('Font'), { target: { value: 'sans' } })
    fireEvent.change(panel.getByLabelText('Line width'), { target: { value: 'wide' } })
    const reader = document.querySelector('.reader') as HTMLElement
    expect(reader.style.getPropertyValue('--reader-font-size')).toBe(`${before + 1}px`)
    expect(reader.style.getPropertyValue('--reader-font')).toBe('var(--font-ui)')
    expect(reader.style.getPropertyValue('--reader-width')).toBe('54rem')
  })
})
