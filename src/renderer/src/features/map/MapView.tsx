// The world map of the news (issue 20): the current view's articles counted by the country they are about, shown
// instead of the list. Reads the database only through db/'s public entry.
import { useMemo } from 'react'
import type { CountryCode } from '../../../../shared/model'
import { hasSearchTerms, type View } from '../../db'
import { useUi } from '../../state/ui-store'
import { scaleBounds } from './colour-scale'
import { CountryCountList } from './CountryCountList'
import { MapCard } from './MapCard'
import { MapLegend } from './MapLegend'
import { showCountryInList, useMapView } from './map-store'
import { MapTable } from './MapTable'
import { MapToolbar } from './MapToolbar'
import { viewInRange } from './time-range'
import { useMapCounts } from './useMapCounts'
import { WorldMap } from './WorldMap'
import { drawnCodes } from './world-shapes'
import './map.css'

export function MapView({ view }: { view: View | undefined }) {
  const range = useMapView((s) => s.range)
  const isTable = useMapView((s) => s.isTable)
  const current = useMapView((s) => s.current)
  const setCurrent = useMapView((s) => s.setCurrent)
  const selected = useUi((s) => s.countries)
  const isSearching = useUi((s) => hasSearchTerms(s.query))
  // Recomputed when the view changes, so "today" moves on at midnight with the sidebar's own Today.
  const ranged = useMemo(() => view && viewInRange(view, range), [view, range])
  const counted = useMapCounts(ranged)
  const counts = counted?.counts
  const entries = useMemo(() => [...(counts ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])), [counts])
  const max = entries[0]?.[1] ?? 0
  const bounds = useMemo(() => scaleBounds(max), [max])
  const small = useMemo(() => {
    const drawn = drawnCodes()
    return entries.filter(([code]) => !drawn.has(code))
  }, [entries])
  const choose = (code: CountryCode) => showCountryInList(code)
  return (
    <section className="map-view" aria-label="World map of the news" data-map-ready={counts ? 'true' : 'false'} data-map-view={counted?.key ?? ''}>
      <MapToolbar view={view} />
      {isSearching && <p className="hint">The map counts the view without the search words.</p>}
      {isTable ? (
        <MapTable entries={entries} onChoose={choose} />
      ) : (
        <>
          <WorldMap counts={counts ?? new Map()} bounds={bounds} selected={selected} onCurrent={setCurrent} onChoose={choose} />
          <MapLegend max={max} bounds={bounds} />
          <MapCard view={ranged} code={current} count={current ? (counts?.get(current) ?? 0) : 0} />
          <CountryCountList title="Countries not drawn at this size" entries={small} onCurrent={setCurrent} onChoose={choose} />
        </>
      )}
    </section>
  )
}
