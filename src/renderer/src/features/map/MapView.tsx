// The world map of the news (issue 20): the current view's articles counted by the country they are about, shown
// instead of the list, with what is rising today, and who covers whom. Reads the database only through db/'s
// public entry.
import { useEffect, useMemo, useRef } from 'react'
import type { CountryCode } from '../../../../shared/model'
import { hasSearchTerms, type View } from '../../db'
import { useUi } from '../../state/ui-store'
import { scaleBounds } from './colour-scale'
import { CountryCountList } from './CountryCountList'
import { CountryCoverageCard } from './CountryCoverageCard'
import { CoverageMatrixView } from './CoverageMatrixView'
import { MapCard } from './MapCard'
import { MapLegend } from './MapLegend'
import { showCountryInList, useMapView } from './map-store'
import { MapTable } from './MapTable'
import { MapToolbar } from './MapToolbar'
import { risingCountries } from './rising-countries'
import { RisingList } from './RisingList'
import { viewInRange } from './time-range'
import { useMapCounts } from './useMapCounts'
import { useViewDaily } from './useViewDaily'
import { useWatchedCountries } from './watchlist'
import { WorldMap } from './WorldMap'
import { drawnCodes } from './world-shapes'
import './map.css'

export function MapView({ view }: { view: View | undefined }) {
  const range = useMapView((s) => s.range)
  const mode = useMapView((s) => s.mode)
  const current = useMapView((s) => s.current)
  const opened = useMapView((s) => s.opened)
  const setCurrent = useMapView((s) => s.setCurrent)
  const selected = useUi((s) => s.countries)
  const isSearching = useUi((s) => hasSearchTerms(s.query))
  const watched = useWatchedCountries()
  // Recomputed when the view changes, so "today" moves on at midnight with the sidebar's own Today.
  const ranged = useMemo(() => view && viewInRange(view, range), [view, range])
  const counted = useMapCounts(view, range)
  const counts = counted?.counts
  const entries = useMemo(() => [...(counts ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])), [counts])
  const max = entries[0]?.[1] ?? 0
  const bounds = useMemo(() => scaleBounds(max), [max])
  const small = useMemo(() => {
    const drawn = drawnCodes()
    return entries.filter(([code]) => !drawn.has(code))
  }, [entries])
  // Over the view without its country filter, as the map counts; asked once the map shows the new view's counts,
  // so the series never delays the map's own read.
  const unfiltered = useMemo(() => view && { ...view, countries: undefined }, [view])
  const daily = useViewDaily(counted?.isCurrent ? unfiltered : undefined)
  const rises = useMemo(() => risingCountries(daily?.series), [daily])
  const choose = (code: CountryCode) => showCountryInList(code)
  const section = useRef<HTMLElement>(null)
  const isReady = counts !== undefined
  useEffect(() => {
    if (!isReady || !useMapView.getState().focusOnReady) return
    useMapView.setState({ focusOnReady: false })
    const target = section.current?.querySelector<HTMLElement>('.world-map [tabindex="0"]') ?? section.current?.querySelector<HTMLElement>('button')
    target?.focus()
  }, [isReady])
  const dailyOf = (code: CountryCode | null) => (daily && code ? { days: daily.days, counts: daily.series.get(`c:${code}`) ?? daily.days.map(() => 0) } : undefined)
  return (
    <section ref={section} className="map-view" aria-label="World map of the news" data-map-ready={counts ? 'true' : 'false'} data-map-view={counted?.key ?? ''}>
      <MapToolbar view={view} />
      {isSearching && <p className="hint">The map counts the view without the search words.</p>}
      {mode === 'table' && <MapTable entries={entries} onChoose={choose} />}
      {mode === 'matrix' && <CoverageMatrixView view={ranged} />}
      {mode === 'map' && (
        <>
          <WorldMap counts={counts ?? new Map()} bounds={bounds} selected={selected} watched={watched} onCurrent={setCurrent} onChoose={choose} />
          <MapLegend max={max} bounds={bounds} />
          <div className="map-panels">
            <MapCard view={ranged} code={current} count={current ? (counts?.get(current) ?? 0) : 0} daily={dailyOf(current)} basis={daily?.basis} />
            <RisingList view={view} rises={rises} basis={daily?.basis} onChoose={choose} />
          </div>
          <CountryCountList title="Countries not drawn at this size" entries={small} onCurrent={setCurrent} onChoose={choose} />
        </>
      )}
      {opened && <CountryCoverageCard view={ranged} code={opened} />}
    </section>
  )
}
