import { useLiveQuery } from 'dexie-react-hooks'
import { useRef } from 'react'
import type { CountryCode } from '../../../../shared/model'
import { countriesSince, facetCounts, firstPage, viewKey, type StoredArticle, type View } from '../../db'
import { useServices } from '../../lib/services'
import { canTakeRange, rangeStartDate, viewInRange, type TimeRange } from './time-range'

/** Articles about each country in the view and time range: the sidebar's country facet counts for All (counters,
 *  db/facets.ts), the per-day counters for a range (db/coverage.ts), a scan only for what neither holds (unread
 *  within a topic, say). The previous counts stay up until new ones arrive, so the map never flashes empty. */
export function useMapCounts(view: View | undefined, range: TimeRange): { key: string; counts: Map<CountryCode, number>; isCurrent: boolean } | undefined {
  const { db } = useServices()
  const since = view && range !== 'all' && canTakeRange(view) ? rangeStartDate(range) : undefined
  // The range's first day is part of the key, so the counts move on at midnight with the view's own Today.
  const key = view ? `${viewKey({ ...view, order: undefined })}|${since?.toISOString() ?? 'all'}` : ''
  const fresh = useLiveQuery(async () => {
    if (!view) return undefined
    const ranged = since && (await countriesSince(db, view, since))
    const counts = ranged ?? (await facetCounts(db, since ? viewInRange(view, range) : view)).countries
    return { key, counts }
  }, [db, key])
  const last = useRef(fresh)
  if (fresh) last.current = fresh
  const shown = fresh ?? last.current
  return shown && { ...shown, isCurrent: shown.key === key }
}

/** The three newest articles of the view about the country: the list's own query with that country added. */
export function useNewestHeadlines(view: View | undefined, code: CountryCode | null): StoredArticle[] | undefined {
  const { db } = useServices()
  const key = view && code ? viewKey({ ...view, countries: [code], order: 'newest' }) : ''
  return useLiveQuery(async () => (view && code ? firstPage(db, { ...view, countries: [code], order: 'newest' }, 3) : []), [db, key])
}
