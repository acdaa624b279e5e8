import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { facetCounts } from '../../db'
import { countryName } from '../../lib/countries'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { Sparkline } from '../facets/Sparkline'
import { useDailySeries } from '../facets/useDailySeries'
import { SidebarSection } from '../sidebar/SidebarSection'
import { risingCountries } from './rising-countries'
import { useRiseNotifications } from './useRiseNotifications'
import { useWatchedCountries } from './watchlist'

/** The sidebar's watched countries (starred on the map): each with its last 30 days, its unread articles marked
 *  as new, and a "rising" mark when today's coverage is well above its baseline (rising.ts). */
export function WatchlistSection() {
  const { db } = useServices()
  const watched = useWatchedCountries()
  const daily = useDailySeries()
  const rises = useMemo(() => risingCountries(daily?.series), [daily])
  useRiseNotifications(rises, watched, daily?.days[daily.days.length - 1])
  const unread = useLiveQuery(async () => (watched.length ? (await facetCounts(db, { scope: { kind: 'unread' } })).countries : undefined), [db, watched.length > 0])
  const setFacet = useUi((s) => s.setFacet)
  if (watched.length === 0) return null
  return (
    <SidebarSection id="watchlist" title="Watched countries">
      <ul className="facet-list watch-list" aria-label="Watched countries">
        {watched.map((code) => {
          const n = unread?.get(code) ?? 0
          const isRising = rises.some((r) => r.key === code)
          return (
            <li key={code} data-watched={code}>
              {/* Named by its text ("Brazil 3 new rising"), so what a reader sees is what a screen reader says. */}
              <button type="button" className="facet-option" onClick={() => setFacet('countries', [code])}>
                <span className="facet-check" aria-hidden="true">★</span>
                <span className="facet-label">{countryName(code)}</span>{' '}
                {daily && <Sparkline counts={daily.series.get(`c:${code}`) ?? daily.days.map(() => 0)} />}
                {n > 0 && <span className="facet-count watch-new">{n.toLocaleString()} new</span>}{' '}
                {isRising && <span className="watch-rising">rising</span>}
              </button>
            </li>
          )
        })}
      </ul>
    </SidebarSection>
  )
}
