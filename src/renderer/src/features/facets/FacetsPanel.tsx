import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useRef, useState } from 'react'
import { facetCounts, viewKey } from '../../db'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { useCurrentView } from '../articles/useCurrentView'
import { WatchlistSection } from '../map/WatchlistSection'
import { CountryFacet } from './CountryFacet'
import { TopicFacet } from './TopicFacet'
import { trendsOf } from './trends'
import { useDailySeries } from './useDailySeries'

/** Countries, topics and outlet countries of the current view. Counts ignore the list's order. */
export function FacetsPanel() {
  const { db } = useServices()
  const view = useCurrentView()
  const countries = useUi((s) => s.countries)
  const topics = useUi((s) => s.topics)
  const outlets = useUi((s) => s.outlets)
  const outletMode = useUi((s) => s.outletMode)
  const setOutletMode = useUi((s) => s.setOutletMode)
  const toggleFacet = useUi((s) => s.toggleFacet)
  const includeMentions = useUi((s) => s.includeMentions)
  const setIncludeMentions = useUi((s) => s.setIncludeMentions)
  const key = view ? viewKey({ ...view, order: undefined }) : ''
  const listKey = view ? viewKey(view) : undefined // computed once per render, not in the selector on every store change
  const isListPainted = useUi((s) => listKey !== undefined && s.paintedViewKey === listKey)
  const [isLate, setLate] = useState(false)
  useEffect(() => {
    setLate(false)
    const timer = setTimeout(() => setLate(true), 400) // the list pane may not be mounted (tests); don't wait forever
    return () => clearTimeout(timer)
  }, [key])
  // Counted once the list shows the view's first rows: both read IndexedDB, and the rows matter more.
  const ready = isListPainted || isLate
  const fresh = useLiveQuery(async () => (view && ready ? { key, ...(await facetCounts(db, view)) } : undefined), [db, key, ready])
  const last = useRef(fresh)
  if (fresh) last.current = fresh
  const counts = fresh ?? last.current // the previous view's counts stay up until the new ones arrive
  const daily = useDailySeries()
  const trends = useMemo(() => ({ countries: trendsOf(daily?.series, 'c:'), topics: trendsOf(daily?.series, 't:') }), [daily])
  return (
    <div className="facets" data-facets-view={counts?.key ?? ''}>
      <WatchlistSection />
      <CountryFacet
        title="Countries"
        sectionId="countries"
        counts={counts?.countries} selected={countries} onToggle={(c) => toggleFacet('countries', c)}
        isSearchable
        mentions={{ isIncluded: includeMentions, onChange: setIncludeMentions }}
        trends={trends.countries}
      />
      <TopicFacet counts={counts?.topics} selected={topics} onToggle={(t) => toggleFacet('topics', t)} trends={trends.topics} />
      <CountryFacet
        title="Outlet country"
        sectionId="outlets"
        counts={counts?.outlets}
        selected={outlets}
        onToggle={(c) => toggleFacet('outlets', c)}
        mode={{ value: outletMode, onChange: setOutletMode }}
      />
    </div>
  )
}
