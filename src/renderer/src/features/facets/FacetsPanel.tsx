import { useEffect, useMemo, useRef, useState } from 'react'
import { facetCounts, viewKey } from '../../db'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { useCurrentView } from '../articles/useCurrentView'
import { trendBasisNote } from '../map/trend-basis'
import { useViewDaily } from '../map/useViewDaily'
import { WatchlistSection } from '../map/WatchlistSection'
import { CountryFacet } from './CountryFacet'
import { TopicFacet } from './TopicFacet'
import { trendsOf } from './trends'
import { useSideLiveQuery } from '../../lib/use-paced-live-query'

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
  const fresh = useSideLiveQuery(async () => (view && ready ? { key, ...(await facetCounts(db, view)) } : undefined), [db, key, ready])
  const last = useRef(fresh)
  if (fresh) last.current = fresh
  const counts = fresh ?? last.current // the previous view's counts stay up until the new ones arrive
  // Each facet's last 30 days over the view without its own filter, as its counts; read once the counts are in.
  const isCounted = fresh !== undefined && fresh.key === key
  const countryDaily = useViewDaily(isCounted && view ? { ...view, countries: undefined } : undefined)
  const topicDaily = useViewDaily(isCounted && view ? { ...view, topics: undefined } : undefined)
  const trends = useMemo(() => ({ countries: trendsOf(countryDaily?.series, 'c:'), topics: trendsOf(topicDaily?.series, 't:') }), [countryDaily, topicDaily])
  const isLibraryTrend = countryDaily?.basis === 'library' || topicDaily?.basis === 'library'
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
      {isLibraryTrend && <p className="hint">{trendBasisNote('library')}</p>}
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
