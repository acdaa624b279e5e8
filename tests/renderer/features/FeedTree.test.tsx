// @vitest-environment happy-dom
// Folded folders stay folded across a restart (the sidebar's layout is remembered).
import 'fake-indexeddb/auto'
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
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
})
