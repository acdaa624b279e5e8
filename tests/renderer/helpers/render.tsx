// Renders a component with a given database and API, and resets the UI store, for component tests.
import { act, cleanup, configure, render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, beforeEach } from 'vitest'
import { ServicesContext, type Services } from '../../../src/renderer/src/lib/services'
import { useUi } from '../../../src/renderer/src/state/ui-store'

const initialUi = useUi.getState()

// Live queries answer through IndexedDB (fake-indexeddb) and React; on a loaded 2-core CI machine that can take
// longer than Testing Library's 1 s default. A longer wait only matters for assertions that would fail anyway.
configure({ asyncUtilTimeout: 5000 })

/** Call once at the top of a component test file: cleans the DOM and the zustand singleton around each test. */
export function useComponentTestHygiene(): void {
  beforeEach(() => useUi.setState(initialUi, true))
  afterEach(cleanup)
}

export function renderWith(ui: ReactElement, services: Services): RenderResult {
  return render(<ServicesContext.Provider value={services}>{ui}</ServicesContext.Provider>)
}

/** Presses a key as the global shortcuts (useKeyboard) receive it. */
export const pressKey = (key: string, shiftKey = false): void => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey })))
