// @vitest-environment happy-dom
// General settings: the refresh interval reaches every feed (so the schedule main receives), the concurrency
// reaches the main process, and the start choices act once when the window opens.
import 'fake-indexeddb/auto'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addFeed } from '../../../src/renderer/src/db/feeds'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { GeneralSettingsButton } from '../../../src/renderer/src/features/settings/GeneralSettingsButton'
import { useGeneralSettingsApplied } from '../../../src/renderer/src/features/settings/useGeneralSettingsApplied'
import { getOfflineSettings } from '../../../src/renderer/src/db'
import { useGeneralSettings } from '../../../src/renderer/src/state/general-settings'
import { useReadingSettings } from '../../../src/renderer/src/state/reading-settings'
import { useUi } from '../../../src/renderer/src/state/ui-store'
import { dropDatabase, fakeApi, freshDb } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
const initial = useGeneralSettings.getState()
const initialReading = useReadingSettings.getState()
beforeEach(() => {
  db = freshDb()
  useGeneralSettings.setState(initial, true)
  useReadingSettings.setState(initialReading, true)
})
afterEach(() => dropDatabase(db))

function Applied() {
  useGeneralSettingsApplied()
  return <GeneralSettingsButton />
}

describe('General settings', () => {
  it('applies the refresh interval to every feed and the concurrency to the main process', async () => {
    await addFeed(db, 'https://a.example/rss')
    const fake = fakeApi()
    renderWith(<Applied />, { db, api: fake.api })
    await waitFor(() => expect(fake.api.setConcurrency).toHaveBeenCalledWith(6))
    fireEvent.click(screen.getByRole('button', { name: 'General settings' }))
    fireEvent.change(screen.getByLabelText('Refresh feeds'), { target: { value: '120' } })
    fireEvent.change(screen.getByLabelText('Downloads at once (all sites together)'), { target: { value: '3' } })
    fireEvent.change(screen.getByLabelText('Newest articles taken from a feed at each refresh'), { target: { value: '1000' } })
    expect(useGeneralSettings.getState().itemsPerPoll).toBe(1000)
    await waitFor(async () => expect((await db.feeds.toArray()).map((f) => f.intervalMinutes)).toEqual([120]))
    await waitFor(() => expect(fake.api.setConcurrency).toHaveBeenLastCalledWith(3))
    await addFeed(db, 'https://b.example/rss') // a new feed follows the setting too
    await waitFor(async () => expect((await db.feeds.toArray()).map((f) => f.intervalMinutes)).toEqual([120, 120]))
    expect(JSON.parse(localStorage.getItem('meridian.general-settings') ?? '{}').state).toMatchObject({ refreshMinutes: 120, concurrency: 3 })
  })

  it('refreshes everything and opens Unread at start when asked to', async () => {
    useGeneralSettings.getState().set({ onStart: 'refresh', startView: 'unread' })
    const fake = fakeApi()
    renderWith(<Applied />, { db, api: fake.api })
    await waitFor(() => expect(fake.api.refreshNow).toHaveBeenCalledWith(undefined))
    expect(useUi.getState().selection).toEqual({ kind: 'unread' })
    act(() => useUi.getState().select({ kind: 'all' }))
  })

  it('gathers the theme, reading settings, storage budget and retention on the same screen', async () => {
    renderWith(<GeneralSettingsButton />, { db, api: fakeApi().api })
    fireEvent.click(screen.getByRole('button', { name: 'General settings' }))
    fireEvent.change(screen.getByLabelText('Theme'), { target: { value: 'dark' } })
    fireEvent.change(screen.getByLabelText('Line width'), { target: { value: 'wide' } })
    fireEvent.click(screen.getByRole('button', { name: /larger text/ }))
    expect(useReadingSettings.getState()).toMatchObject({ theme: 'dark', lineWidth: 'wide', fontSize: initialReading.fontSize + 1 })
    const budget = await screen.findByLabelText('Image storage budget (MB)')
    fireEvent.blur(budget, { target: { value: '300' } })
    const keepDays = screen.getByLabelText('Keep read articles (days)')
    fireEvent.blur(keepDays, { target: { value: '12' } })
    fireEvent.blur(screen.getByLabelText('Keep at most, per feed'), { target: { value: '250' } })
    await waitFor(async () => expect(await getOfflineSettings(db)).toMatchObject({ budgetBytes: 300 * 1024 * 1024, keepReadDays: 12, maxPerFeed: 250 }))
  })
})
