// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { FilterChips } from '../../../src/renderer/src/features/articles/FilterChips'
import { FacetsPanel } from '../../../src/renderer/src/features/facets/FacetsPanel'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import { dropDatabase, fakeApi, freshDb, makeArticle, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb

beforeEach(async () => {
  db = freshDb()
  const f = await addFeed(db, 'https://www.lemonde.fr/rss')
  await ingestFeedResult(db, updated(f.id, f.url, [
    makeArticle({ feedId: f.id, id: '1', countries: ['FR', 'DE'], topics: ['politics'] }),
    makeArticle({ feedId: f.id, id: '2', countries: ['FR'], topics: ['sport'] }),
    makeArticle({ feedId: f.id, id: '3', countries: ['FR', 'CI'], topics: ['politics'] }),
    makeArticle({ feedId: f.id, id: '4', countries: ['DE'], topics: [] }),
  ]))
})
afterEach(() => dropDatabase(db))

const render = () => renderWith(<><FacetsPanel /><FilterChips /></>, { db, api: fakeApi().api })
const options = (name: string) => within(screen.getByRole('list', { name })).getAllByRole('button').map((b) => b.getAttribute('aria-label'))

describe('facets', () => {
  it('lists countries by count with names, the topics with articles (the rest on demand), and outlet countries', async () => {
    render()
    await waitFor(() => expect(options('Countries')).toEqual(['France 3 articles', 'Germany 2 articles', 'Côte d’Ivoire 1 article']))
    expect(options('Topics')).toEqual(['Politics 2 articles', 'Sport 1 article'])
    fireEvent.click(screen.getByRole('button', { name: 'Show 15 more with no articles here' }))
    expect(options('Topics')).toHaveLength(17)
    expect(options('Topics')).toContain('Weather 0 articles')
    expect(options('Outlet country')).toEqual(['France 4 articles'])
  })

  it('folds a section from its heading and remembers it', async () => {
    render()
    await screen.findByRole('button', { name: 'France 3 articles' })
    fireEvent.click(screen.getByRole('button', { name: 'Topics', expanded: true }))
    expect(screen.queryByRole('list', { name: 'Topics' })).toBeNull()
    expect(JSON.parse(localStorage.getItem('meridian.layout') ?? '{}').state.collapsed).toEqual({ topics: true })
    fireEvent.click(screen.getByRole('button', { name: 'Topics', expanded: false }))
    expect(screen.getByRole('list', { name: 'Topics' })).toBeTruthy()
  })

  it('searches countries by name', async () => {
    render()
    await screen.findByRole('button', { name: 'France 3 articles' })
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search countries' }), { target: { value: 'cote' } })
    expect(options('Countries')).toEqual(['Côte d’Ivoire 1 article'])
  })

  it('filters on click (several countries = any of them), counts the other facets within, and shows removable chips', async () => {
    render()
    fireEvent.click(await screen.findByRole('button', { name: 'Germany 2 articles' }))
    expect(useUi.getState().countries).toEqual(['DE'])
    await waitFor(() => expect(options('Topics')).toContain('Politics 1 article'))
    expect(screen.getByRole('button', { name: 'Germany 2 articles' }).getAttribute('aria-pressed')).toBe('true')
    fireEvent.click(screen.getByRole('button', { name: 'Côte d’Ivoire 1 article' }))
    expect(useUi.getState().countries).toEqual(['DE', 'CI'])
    await waitFor(() => expect(options('Topics')).toContain('Politics 2 articles'))
    fireEvent.click(screen.getByRole('button', { name: 'Politics 2 articles' }))
    // countries are now counted over politics articles only
    await waitFor(() => expect(options('Countries')).toEqual(['France 2 articles', 'Côte d’Ivoire 1 article', 'Germany 1 article']))

    const chips = screen.getByRole('group', { name: 'Active filters' })
    fireEvent.click(within(chips).getByRole('button', { name: 'Remove filter Germany' }))
    expect(useUi.getState().countries).toEqual(['CI'])
    fireEvent.click(within(chips).getByRole('button', { name: 'Clear all' }))
    expect(useUi.getState()).toMatchObject({ countries: [], topics: [], outlets: [] })
    expect(screen.queryByRole('group', { name: 'Active filters' })).toBeNull()
  })

  it('filters to articles from outlets outside the ticked countries, shown as a chip', async () => {
    const bbc = await addFeed(db, 'https://feeds.bbc.co.uk/news')
    await ingestFeedResult(db, updated(bbc.id, bbc.url, [makeArticle({ feedId: bbc.id, id: 'b1', countries: ['FR'], topics: ['politics'] })]))
    render()
    await waitFor(() => expect(options('Outlet country')).toEqual(['France 4 articles', 'United Kingdom 1 article']))
    fireEvent.change(screen.getByRole('combobox', { name: 'Outlet country: how ticked values filter' }), { target: { value: 'exclude' } })
    fireEvent.click(within(screen.getByRole('list', { name: 'Outlet country' })).getByRole('button', { name: 'France 4 articles' }))
    expect(useUi.getState()).toMatchObject({ outlets: ['FR'], outletMode: 'exclude' })
    // about-countries now counted over the BBC article only; the outlet facet itself is not narrowed
    await waitFor(() => expect(options('Countries')).toEqual(['France 1 article']))
    expect(options('Outlet country')).toEqual(['France 4 articles', 'United Kingdom 1 article'])
    const chips = screen.getByRole('group', { name: 'Active filters' })
    fireEvent.click(within(chips).getByRole('button', { name: 'Remove filter Outlet not in France' }))
    expect(useUi.getState().outlets).toEqual([])
    await waitFor(() => expect(options('Countries')).toEqual(['France 4 articles', 'Germany 2 articles', 'Côte d’Ivoire 1 article']))
  })

  it('counts only the selected feed\'s articles when a feed is selected', async () => {
    const other = await addFeed(db, 'https://other.example/rss')
    await ingestFeedResult(db, updated(other.id, other.url, [makeArticle({ feedId: other.id, id: 'o1', countries: ['JP'] })]))
    render()
    await waitFor(() => expect(options('Countries')).toContain('Japan 1 article'))
    act(() => useUi.getState().select({ kind: 'feed', feedId: other.id }))
    await waitFor(() => expect(options('Countries')).toEqual(['Japan 1 article']))
  })
})
