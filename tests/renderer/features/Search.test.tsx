// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { ArticlesPane } from '../../../src/renderer/src/features/articles/ArticlesPane'
import { useCurrentView } from '../../../src/renderer/src/features/articles/useCurrentView'
import { useKeyboard } from '../../../src/renderer/src/features/keyboard/useKeyboard'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import { dropDatabase, fakeApi, freshDb, hoursAgo, makeArticle, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
const titles = ['Inflation slows in France', 'Élection à Lyon', 'Inflation fears in Germany', 'Weather report']
beforeEach(async () => {
  db = freshDb()
  const f = await addFeed(db, 'https://a.example/rss')
  await ingestFeedResult(db, updated(f.id, f.url, titles.map((title, i) =>
    makeArticle({ feedId: f.id, id: `a${i + 1}`, title, summary: '', publishedAt: hoursAgo(i + 1), countries: i === 2 ? ['DE'] : ['FR'] }))))
})
afterEach(() => dropDatabase(db))

function WithKeyboard() {
  useKeyboard(useCurrentView())
  return <ArticlesPane />
}
const press = (key: string) => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })))
/** The titles listed, in list order. */
const listed = () => screen.queryAllByRole('listitem').map((el) => titles.find((t) => el.textContent?.includes(t)))

describe('article search', () => {
  it('focuses with /, narrows the list as the reader types, and Escape clears it', async () => {
    renderWith(<WithKeyboard />, { db, api: fakeApi().api })
    await screen.findByRole('listitem', { name: 'Weather report' })
    const box = screen.getByRole('searchbox', { name: 'Search articles' })
    press('/')
    expect(document.activeElement).toBe(box)
    fireEvent.change(box, { target: { value: 'infl' } })
    await waitFor(() => expect(listed()).toEqual(['Inflation slows in France', 'Inflation fears in Germany']))
    fireEvent.change(box, { target: { value: 'INFLATION germ' } })
    await waitFor(() => expect(listed()).toEqual(['Inflation fears in Germany']))
    fireEvent.change(box, { target: { value: 'election' } })
    await waitFor(() => expect(listed()).toEqual(['Élection à Lyon']))
    fireEvent.keyDown(box, { key: 'Escape' })
    expect(useUi.getState().query).toBe('')
    expect(document.activeElement).not.toBe(box)
    await waitFor(() => expect(listed()).toHaveLength(4))
  })

  it('searches within the current view and says when nothing matches', async () => {
    act(() => useUi.getState().toggleFacet('countries', 'FR'))
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    await screen.findByRole('listitem', { name: 'Weather report' })
    act(() => useUi.getState().setQuery('inflation'))
    await waitFor(() => expect(listed()).toEqual(['Inflation slows in France']))
    act(() => useUi.getState().setQuery('zqxjv'))
    expect(await screen.findByText('No articles match “zqxjv”.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }))
    await waitFor(() => expect(listed()).toEqual(['Inflation slows in France', 'Élection à Lyon', 'Weather report']))
  })

  it('leaves / alone while the reader types in another field', async () => {
    renderWith(<WithKeyboard />, { db, api: fakeApi().api })
    await screen.findByRole('listitem', { name: 'Weather report' })
    const other = document.createElement('input')
    document.body.appendChild(other)
    other.focus()
    act(() => void other.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true })))
    expect(document.activeElement).toBe(other)
    other.remove()
  })
})
