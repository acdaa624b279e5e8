// @vitest-environment jsdom
// "Offline & storage": storage in use, retention and budget settings, per-feed downloads, clean up now,
// and the storage-full message with its way out.
import 'fake-indexeddb/auto'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getOfflineSettings, updateOfflineSettings } from '../../../src/renderer/src/db/offline/settings'
import { offlineDb } from '../../../src/renderer/src/db/offline/tables'
import { markRead } from '../../../src/renderer/src/db/queries'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { OfflineSettingsButton } from '../../../src/renderer/src/offline/OfflineSettingsButton'
import { STORAGE_FULL_MESSAGE } from '../../../src/renderer/src/offline/quota'
import { dropDatabase, freshDb } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'
import { offlineApi, seedFeed, storeWithImages } from './offline-helpers'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(async () => {
  await dropDatabase(db)
})

async function open(api = offlineApi().api) {
  renderWith(<OfflineSettingsButton />, { db, api })
  fireEvent.click(await screen.findByRole('button', { name: /Offline & storage|Storage full/ }))
  return screen.findByRole('dialog', { name: 'Offline and storage' })
}

describe('OfflineSettingsDialog', () => {
  it('shows the storage in use and cleans up on demand', async () => {
    await seedFeed(db, 'https://news.example/rss', 3)
    await storeWithImages(db, 'a0', 2, 2048, Date.now())
    await markRead(db, 'a0', true, Date.now() - 400 * 86_400_000)
    const dialog = await open()
    await waitFor(() => expect(dialog.textContent).toContain('2 (4 KB of 500.0 MB)'))
    // The per-feed list comes from its own live query, which may answer after the storage figures.
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /Example News/ })).toBeTruthy())

    fireEvent.click(within(dialog).getByRole('button', { name: 'Clean up now' }))
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toContain('Deleted 1 old article(s)'))
    expect(await db.articles.count()).toBe(2)
    expect(await offlineDb(db).images.count()).toBe(0)
  })

  it('saves retention, budget, remote images and per-feed download settings', async () => {
    const feed = await seedFeed(db, 'https://news.example/rss', 1)
    const dialog = await open()
    const keep = within(dialog).getByRole('spinbutton', { name: 'Keep read articles (days)' })
    fireEvent.change(keep, { target: { value: '30' } })
    fireEvent.blur(keep)
    const budget = within(dialog).getByRole('spinbutton', { name: 'Image storage budget (MB)' })
    fireEvent.change(budget, { target: { value: '0' } }) // refused: not a usable budget
    fireEvent.blur(budget)
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Load remote images/ }))
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /Example News/ })).toBeTruthy())
    fireEvent.change(within(dialog).getByRole('combobox', { name: /Example News/ }), { target: { value: 'never' } })
    await waitFor(async () =>
      expect(await getOfflineSettings(db)).toMatchObject({ keepReadDays: 30, budgetBytes: 500 * 1024 * 1024, loadRemoteImages: false, feedModes: { [feed.id]: 'never' } }),
    )
  })

  it('lets the per-feed limit delete unread articles only when the reader ticks it', async () => {
    await seedFeed(db, 'https://news.example/rss', 1)
    const dialog = await open()
    const box = within(dialog).getByRole('checkbox', { name: 'Let this limit delete unread articles too' }) as HTMLInputElement
    expect(box.checked).toBe(false)
    expect((await getOfflineSettings(db)).capDeletesUnread).not.toBe(true)
    fireEvent.click(box)
    await waitFor(async () => expect((await getOfflineSettings(db)).capDeletesUnread).toBe(true))
    await waitFor(() => expect(box.checked).toBe(true))
    fireEvent.click(box)
    await waitFor(async () => expect((await getOfflineSettings(db)).capDeletesUnread).toBe(false))
  })

  it('explains a full disk and resumes downloads', async () => {
    await seedFeed(db, 'https://news.example/rss', 1)
    await offlineDb(db).offlineArticles.put({ articleId: 'a0', feedId: 'x', status: 'queued', requestedAt: 1, usedAt: 1, textBytes: 0, imageBytes: 0, imageCount: 0 })
    await updateOfflineSettings(db, { pausedReason: STORAGE_FULL_MESSAGE })
    const fake = offlineApi()
    const dialog = await open(fake.api)
    expect(within(dialog).getByRole('alert').textContent).toContain('Storage is full')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Resume downloads' }))
    await waitFor(() => expect(fake.api.downloadArticles).toHaveBeenCalledWith([{ articleId: 'a0', feedId: expect.any(String), url: 'https://news.example/a0' }]))
    await waitFor(() => expect(within(dialog).queryByRole('alert')).toBeNull())
  })
})
