// @vitest-environment happy-dom
// The proxy setting on the settings screen (issue 21): system by default, no proxy, or one address; what the
// main side refuses is shown and taken back.
import 'fake-indexeddb/auto'
import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fail, ok } from '../../../src/shared/errors'
import { DEFAULT_DESKTOP_SETTINGS, InvalidSettingsError, parseDesktopSettings, type DesktopSettings } from '../../../src/shared/desktop-settings'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { GeneralSettingsButton } from '../../../src/renderer/src/features/settings/GeneralSettingsButton'
import { dropDatabase, fakeApi, freshDb } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(() => dropDatabase(db))

/** A fake main side that validates and keeps the settings like the real one. */
function settingsApi() {
  const fake = fakeApi()
  let stored: DesktopSettings = DEFAULT_DESKTOP_SETTINGS
  fake.api.getDesktopSettings.mockImplementation(async () => stored)
  fake.api.updateDesktopSettings.mockImplementation(async (patch) => {
    try {
      stored = parseDesktopSettings(patch, stored)
      return ok(stored)
    } catch (err) {
      if (err instanceof InvalidSettingsError) return fail('invalid-argument', err.message)
      throw err
    }
  })
  return { api: fake.api, stored: () => stored }
}

async function openSettings(api: ReturnType<typeof settingsApi>['api']) {
  renderWith(<GeneralSettingsButton />, { db, api })
  fireEvent.click(screen.getByRole('button', { name: 'General settings' }))
  return (await screen.findByLabelText('Proxy for feeds and pages')) as HTMLSelectElement
}

describe('proxy setting', () => {
  it('starts on the system proxy, takes an address, and goes back to no proxy', async () => {
    const main = settingsApi()
    const mode = await openSettings(main.api)
    expect(mode.value).toBe('system')
    expect(screen.queryByLabelText(/Proxy address/)).toBeNull()

    fireEvent.change(mode, { target: { value: 'fixed' } })
    const address = (await screen.findByLabelText(/Proxy address/)) as HTMLInputElement
    fireEvent.change(address, { target: { value: 'http://proxy.corp:3128' } })
    fireEvent.focusOut(address)
    await waitFor(() => expect(main.stored().proxy).toEqual({ mode: 'fixed', url: 'http://proxy.corp:3128' }))

    fireEvent.change(mode, { target: { value: 'direct' } })
    await waitFor(() => expect(main.stored().proxy).toEqual({ mode: 'direct' }))
    expect(screen.queryByLabelText(/Proxy address/)).toBeNull()
  })

  it('shows why an address was refused and keeps the stored setting', async () => {
    const main = settingsApi()
    const mode = await openSettings(main.api)
    fireEvent.change(mode, { target: { value: 'fixed' } })
    const address = await screen.findByLabelText(/Proxy address/)
    fireEvent.change(address, { target: { value: 'proxy with spaces' } })
    fireEvent.keyDown(address, { key: 'Enter' })
    expect((await screen.findByRole('alert')).textContent).toMatch(/proxy\.url must look like http:\/\/host:port/)
    expect(main.stored().proxy).toEqual({ mode: 'system' })
  })
})
