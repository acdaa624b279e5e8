// UI state of the news map: whether it shows instead of the list, its time range, map or table, and which country
// the pointer or focus is on. Counts are never kept here; they come from the database (useMapCounts.ts).
import { create } from 'zustand'
import type { CountryCode } from '../../../../shared/model'
import { holdBackgroundWork } from '../../lib/background-hold'
import { useUi } from '../../state/ui-store'
import type { TimeRange } from './time-range'

/** The world map, its counts as a table, or who covers whom (outlet country × about-country). */
export type MapMode = 'map' | 'table' | 'matrix'

interface MapState {
  isOpen: boolean
  range: TimeRange
  mode: MapMode
  /** The country whose card shows (hovered or focused). */
  current: CountryCode | null
  /** The country whose coverage card is open (who covers it from inside and abroad). */
  opened: CountryCode | null
  /** Opened by the shortcut: the map takes the focus once drawn (MapView), so the arrow keys work at once. */
  focusOnReady: boolean
  setOpen(isOpen: boolean): void
  setRange(range: TimeRange): void
  setMode(mode: MapMode): void
  setCurrent(code: CountryCode | null): void
  setOpened(code: CountryCode | null): void
}

export const useMapView = create<MapState>()((set) => ({
  isOpen: false,
  range: 'all',
  mode: 'map',
  current: null,
  opened: null,
  focusOnReady: false,
  setOpen: (isOpen) => set({ isOpen, current: null }),
  setRange: (range) => set({ range }),
  setMode: (mode) => set({ mode }),
  setCurrent: (current) => set({ current }),
  setOpened: (opened) => set({ opened }),
}))

// While the map is open, background work (the search indexer after a large import) waits: each of the map's clicks
// reads, and a read waits behind any write being committed (lib/background-hold.ts). Taken as soon as the map is
// asked for, before its code has loaded.
let releaseHold: (() => void) | undefined
useMapView.subscribe((s) => {
  if (s.isOpen && !releaseHold) releaseHold = holdBackgroundWork()
  if (!s.isOpen && releaseHold) {
    releaseHold()
    releaseHold = undefined
  }
})

/** Filters the list by the country and goes back to the list, with focus on it so the keyboard carries on there. */
export function showCountryInList(code: CountryCode): void {
  useUi.getState().setFacet('countries', [code])
  useMapView.getState().setOpen(false)
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-map-toggle]')?.focus())
}

/** Filters the list to articles about `about` from outlets in `outlet` (a cell of who covers whom) and goes back to
 *  the list. Other filters are cleared so the list holds exactly the cell's articles within the view's scope. */
export function showCellInList(outlet: CountryCode, about: CountryCode): void {
  const ui = useUi.getState()
  ui.setFacet('countries', [about])
  ui.setFacet('outlets', [outlet])
  ui.setOutletMode('include')
  ui.setIncludeMentions(false)
  useMapView.getState().setOpen(false)
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-map-toggle]')?.focus())
}

/** `g m` and the Map button: show the map, or go back to the list. From the shortcut (`takeFocus`) the focus may be
 *  anywhere (the sidebar, the page), dozens of Tab presses before the map: the map takes it once drawn; the button
 *  keeps it, the map being the next stop. Closing with the focus inside the map puts it on the Map button, rather
 *  than losing it with the map. */
export function toggleMap(takeFocus = true): void {
  const { isOpen, setOpen } = useMapView.getState()
  const wasInMap = document.activeElement?.closest('.map-view')
  useMapView.setState({ focusOnReady: !isOpen && takeFocus })
  setOpen(!isOpen)
  if (isOpen && wasInMap) requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-map-toggle]')?.focus())
}
