// @vitest-environment happy-dom
// The country facet filters and counts on the `about` tier; "Also articles that only mention it" adds `mentions`.
import 'fake-indexeddb/auto'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { ArticlesPane } from '../../../src/renderer/src/features/articles/ArticlesPane'
import { FacetsPanel } from '../../../src/renderer/src/features/facets/FacetsPanel'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import { dropDatabase, fakeApi, freshDb, hoursAgo, makeArticle, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb

beforeEach(async () => {
  db = freshDb()
  const f = await addFeed(db, 'https://news.example/rss')
  await ingestFeedResult(db, updated(f.id, f.url, [
    makeArticle({ feedId: f.id, id: 'quake', title: 'Quake in Nepal', countries: ['NP'], mentions: ['FR'], topics: ['disaster-accident-emergency'], publishedAt: hoursAgo(1) }),
    makeArticle({ feedId: f.id, id: 'paris', title: 'Paris budget vote', countries: ['FR'], topics: ['politics'], publishedAt: hoursAgo(2) }),
    makeArticle({ feedId: f.id, id: 'trek', title: 'Trekking season opens', countries: ['NP'], mentions: ['FR', 'IN'], topics: [], publishedAt: hoursAgo(3) }),
  ]))
})
afterEach(() => dropDatabase(db))

const render = () => renderWith(<><FacetsPanel /><ArticlesPane /></>, { db, api: fakeApi().api })
const options = (name: string) => within(screen.getByRole('list', { name })).getAllByRole('button').map((b) => b.getAttribute('aria-label'))
const rowTitles = () => within(screen.getByRole('list', { name: 'Article list' })).queryAllByRole('listitem').map((li) => li.querySelector('.row-title')?.textContent).filter(Boolean)
const mentionsSwitch = () => screen.getByRole('checkbox', { name: 'Also articles that only mention it' })

describe('country tiers in the facet and the list', () => {
  it('counts and filters on the about tier by default', async () => {
    render()
    await waitFor(() => expect(options('Countries')).toEqual(['Nepal 2 articles', 'France 1 article']))
    expect((mentionsSwitch() as HTMLInputElement).checked).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: 'France 1 article' }))
    await waitFor(() => expect(rowTitles()).toEqual(['Paris budget vote']))
  })

  it('takes articles that only mention a country when the switch is ticked, counts included', async () => {
    render()
    await waitFor(() => expect(options('Countries')).toEqual(['Nepal 2 articles', 'France 1 article']))
    fireEvent.click(mentionsSwitch())
    expect(useUi.getState().includeMentions).toBe(true)
    await waitFor(() => expect(options('Countries')).toEqual(['France 3 articles', 'Nepal 2 articles', 'India 1 article']))
    fireEvent.click(screen.getByRole('button', { name: 'France 3 articles' }))
    await waitFor(() => expect(rowTitles()).toEqual(['Quake in Nepal', 'Paris budget vote', 'Trekking season opens']))
    // the other facets are counted within the wider list too
    await waitFor(() => expect(options('Topics')).toEqual(['Disasters 1 article', 'Politics 1 article']))
    fireEvent.click(mentionsSwitch())
    await waitFor(() => expect(rowTitles()).toEqual(['Paris budget vote']))
    await waitFor(() => expect(options('Countries')).toEqual(['Nepal 2 articles', 'France 1 article']))
  })

  it('counts both tiers within another facet\'s filter', async () => {
    render()
    fireEvent.click(mentionsSwitch())
    fireEvent.click(await screen.findByRole('button', { name: 'Disasters 1 article' }))
    await waitFor(() => expect(options('Countries')).toEqual(['France 1 article', 'Nepal 1 article']))
    fireEvent.click(mentionsSwitch())
    await waitFor(() => expect(options('Countries')).toEqual(['Nepal 1 article']))
  })

  it('shows only the about countries as flags on list rows', async () => {
    render()
    const row = await screen.findByRole('listitem', { name: /Quake in Nepal/ })
    const flags = [...row.querySelectorAll('[aria-label], [title]')].map((e) => e.getAttribute('aria-label') ?? e.getAttribute('title'))
    expect(flags.join(' ')).toContain('Nepal')
    expect(flags.join(' ')).not.toContain('France')
  })
})
