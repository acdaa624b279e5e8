// UI state of the news map: whether it shows instead of the list, its time range, map or table, and which country
// the pointer or focus is on. Counts are never kept here; they come from the database (useMapCounts.ts).
import { create } from 'zustand'
import type { CountryCode } from '../../../../shared/model'
import { useUi } from '../../state/ui-store'
import type { TimeRange } from './time-range'

interface MapState {
  isOpen: boolean
  range: TimeRange
  isTable: boolean
  /** The country whose card shows (hovered or focused). */
  current: CountryCode | null
  setOpen(isOpen: boolean): void
  setRange(range: TimeRange): void
  setTable(isTable: boolean): void
  setCurrent(code: CountryCode | null): void
}

export const useMapView = create<MapState>()((set) => ({
  isOpen: false,
  range: 'all',
  isTable: false,
  current: null,
  setOpen: (isOpen) => set({ isOpen, current: null }),
  setRange: (range) => set({ range }),
  setTable: (isTable) => set({ isTable }),
  setCurrent: (current) => set({ current }),
}))

/** Filters the list by the country and goes back to the list, with focus on it so the keyboard carries on there. */
export function showCountryInList(code: CountryCode): void {
  useUi.getState().setFacet('countries', [code])
  useMapView.getState().setOpen(false)
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-map-toggle]')?.focus())
}

/** `g m` and the Map button: show the map, or go back to the list. */
export function toggleMap(): void {
  const { isOpen, setOpen } = useMapView.getState()
  setOpen(!isOpen)
}
