// @vitest-environment happy-dom
// Folded folders stay folded across a restart (the sidebar's layout is remembered); long levels are grouped.
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import { importOpmlFeeds } from '../../../src/renderer/src/db/opml-import'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { FeedTree } from '../../../src/renderer/src/features/feeds/FeedTree'
import { dropDatabase, fakeApi, freshDb } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(() => dropDatabase(db))

describe('FeedTree', () => {
  it('remembers a folded folder', async () => {
    await addFeed(db, 'https://a.example/rss', { folder: 'News' })
    renderWith(<FeedTree />, { db, api: fakeApi().api })
    fireEvent.click(await screen.findByRole('button', { name: 'Collapse News' }))
    expect(screen.queryByRole('button', { name: 'a.example' })).toBeNull()
    expect(JSON.parse(localStorage.getItem('meridian.layout') ?? '{}').state.collapsed).toMatchObject({ 'folder:News': true })
    cleanup()
    renderWith(<FeedTree />, { db, api: fakeApi().api })
    expect(await screen.findByRole('button', { name: 'Expand News' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Expand News' }))
    expect(await screen.findByRole('button', { name: 'a.example' })).toBeTruthy()
  })

  it('shows a level of many feeds in groups of 50, every feed in order, and a short level as is', async () => {
    const many = Array.from({ length: 230 }, (_, i) => ({ url: `https://f${String(i).padStart(3, '0')}.example/rss`, title: `Feed ${String(i).padStart(3, '0')}` }))
    await importOpmlFeeds(db, [...many, ...Array.from({ length: 30 }, (_, i) => ({ url: `https://n${i}.example/rss`, title: `News ${String(i).padStart(2, '0')}`, folder: 'News' }))])
    const { container } = renderWith(<FeedTree />, { db, api: fakeApi().api })
    await screen.findByRole('button', { name: 'Feed 229' })
    const groups = [...container.querySelectorAll('.feed-list > .feed-group')]
    expect(groups.map((g) => g.querySelectorAll('li.feed').length)).toEqual([50, 50, 50, 50, 30])
    const names = [...container.querySelectorAll('.feed-list > .feed-group .feed-name')].map((n) => n.textContent)
    expect(names).toEqual(many.map((f) => f.title))
    const folder = container.querySelector('.feed-list > .folder')!
    expect(folder.querySelector('.feed-group')).toBeNull()
    expect(folder.querySelectorAll('li.feed').length).toBe(30)
  })
})
