// @vitest-environment happy-dom
// Small truths of the list: a folder view counts its articles like the other views, counts are pluralised by
// Intl.PluralRules, and an item without a date says "date unknown" instead of a made-up time.
import 'fake-indexeddb/auto'
import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed, setFolder } from '../../../src/renderer/src/db/feeds'
import { ingestFeedResult } from '../../../src/renderer/src/db/ingest'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { ArticlesPane } from '../../../src/renderer/src/features/articles/ArticlesPane'
import { countOf } from '../../../src/renderer/src/lib/format'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import { dropDatabase, fakeApi, freshDb, hoursAgo, makeArticle, updated } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(async () => {
  db = freshDb()
  const a = await addFeed(db, 'https://a.example/rss', { folder: 'News' })
  const b = await addFeed(db, 'https://b.example/rss', { folder: 'News' })
  const c = await addFeed(db, 'https://c.example/rss')
  await ingestFeedResult(db, updated(a.id, a.url, [makeArticle({ feedId: a.id, id: 'a1', publishedAt: hoursAgo(1) }), makeArticle({ feedId: a.id, id: 'a2', publishedAt: hoursAgo(2) })]))
  await ingestFeedResult(db, updated(b.id, b.url, [makeArticle({ feedId: b.id, id: 'b1', title: 'Undated story', isDateMissing: true, publishedAt: hoursAgo(0) })]))
  await ingestFeedResult(db, updated(c.id, c.url, [makeArticle({ feedId: c.id, id: 'c1', publishedAt: hoursAgo(3) })]))
  await setFolder(db, c.id, 'Sport')
})
afterEach(() => dropDatabase(db))

const count = () => document.querySelector('.list-count')?.textContent

describe('list counts and dates', () => {
  it('counts a folder view from its feeds, past the first page too, singular for one', async () => {
    const big = await addFeed(db, 'https://big.example/rss', { folder: 'News' })
    const many = Array.from({ length: 150 }, (_, i) => makeArticle({ feedId: big.id, id: `big${i}`, publishedAt: hoursAgo(10 + i) }))
    await ingestFeedResult(db, updated(big.id, big.url, many))
    act(() => useUi.getState().select({ kind: 'folder', path: 'News' }))
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    await waitFor(() => expect(count()).toBe('153 articles'), { timeout: 8000 })
    act(() => useUi.getState().select({ kind: 'folder', path: 'Sport' }))
    await waitFor(() => expect(count()).toBe('1 article'))
  })

  it('shows "date unknown" for an item the feed gave no date', async () => {
    act(() => useUi.getState().select({ kind: 'folder', path: 'News' }))
    renderWith(<ArticlesPane />, { db, api: fakeApi().api })
    const row = await screen.findByRole('listitem', { name: 'Undated story' })
    expect(within(row).getByText('date unknown')).toBeTruthy()
    expect(row.querySelector('time')).toBeNull()
  })

  it('picks the plural form by the language rules', () => {
    expect(countOf(1, { one: 'article', other: 'articles' }, 'en')).toBe('1 article')
    expect(countOf(0, { one: 'article', other: 'articles' }, 'en')).toBe('0 articles')
    expect(countOf(1, { one: 'article', other: 'articles' }, 'fr')).toBe('1 article')
    expect(countOf(0, { one: 'article', other: 'articles' }, 'fr')).toBe('0 article') // French: 0 takes the singular
    expect(countOf(1500, { one: 'article', other: 'articles' }, 'en')).toBe('1,500 articles')
  })
})
