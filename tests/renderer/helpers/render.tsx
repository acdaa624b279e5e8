// Renders a component with a given database and API, and resets the UI store, for component tests.
import { cleanup, render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, beforeEach } from 'vitest'
import { ServicesContext, type Services } from '../../../src/renderer/src/lib/services'
import { useUi } from '../../../src/renderer/src/state/ui-store'

const initialUi = useUi.getState()

/** Call once at the top of a component test file: cleans the DOM and the zustand singleton around each test. */
export function useComponentTestHygiene(): void {
  beforeEach(() => useUi.setState(initialUi, true))
  afterEach(cleanup)
}

export function renderWith(ui: ReactElement, services: Services): RenderResult {
  return render(<ServicesContext.Provider value={services}>{ui}</ServicesContext.Provider>)
}
