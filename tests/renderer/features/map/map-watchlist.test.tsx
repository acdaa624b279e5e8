// @vitest-environment happy-dom
// The watched countries are one list with the desktop notifications' (issue 20): a country added or removed in
// General settings → Notifications shows in the sidebar's "Watched countries" at once, without a restart.
import 'fake-indexeddb/auto'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ok } from '../../../../src/shared/errors'
import { DEFAULT_DESKTOP_SETTINGS, parseDesktopSettings, type DesktopSettings } from '../../../../src/shared/desktop-settings'
import type { MeridianDb } from '../../../../src/renderer/src/db/schema'
import { WatchlistSection } from '../../../../src/renderer/src/features/map/WatchlistSection'
import { GeneralSettingsButton } from '../../../../src/renderer/src/features/settings/GeneralSettingsButton'
import { dropDatabase, fakeApi, freshDb } from '../../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(() => dropDatabase(db))

/** A main side that keeps the settings as the real one does, starting with Brazil watched. */
function settingsApi() {
  const fake = fakeApi()
  let stored: DesktopSettings = parseDesktopSettings({ notifications: { watch: { countries: ['BR'] } } }, DEFAULT_DESKTOP_SETTINGS)
  fake.api.getDesktopSettings.mockImplementation(async () => stored)
  fake.api.updateDesktopSettings.mockImplementation(async (patch) => ok((stored = parseDesktopSettings(patch, stored))))
  return fake.api
}

const sidebarWatched = () => [...document.querySelectorAll('li[data-watched]')].map((li) => li.getAttribute('data-watched'))

describe('watched countries follow the settings screen', () => {
  it('adds and removes a country in the sidebar as soon as the settings save it', async () => {
    const api = settingsApi()
    renderWith(
      <>
        <WatchlistSection />
        <GeneralSettingsButton />
      </>,
      { db, api },
    )
    await waitFor(() => expect(sidebarWatched()).toEqual(['BR']))
    fireEvent.click(screen.getByRole('button', { name: 'General settings' }))
    const add = (await screen.findByLabelText('Countries to watch')) as HTMLSelectElement
    fireEvent.change(add, { target: { value: 'SD' } })
    await waitFor(() => expect(sidebarWatched()).toEqual(['BR', 'SD']))
    const chips = screen.getAllByRole('list', { name: 'Watched countries' }).find((l) => l.classList.contains('chip-list'))!
    fireEvent.click(within(chips).getByRole('button', { name: 'Stop watching Brazil' }))
    await waitFor(() => expect(sidebarWatched()).toEqual(['SD']))
    expect(api.getDesktopSettings.mock.calls.length).toBeLessThanOrEqual(2) // no polling: the save itself reaches the list
  })
})
