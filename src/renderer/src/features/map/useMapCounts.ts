import { useLiveQuery } from 'dexie-react-hooks'
import { useRef } from 'react'
import type { CountryCode } from '../../../../shared/model'
import { facetCounts, firstPage, viewKey, type StoredArticle, type View } from '../../db'
import { useServices } from '../../lib/services'

/** Articles about each country in the view, from the same facet counts the sidebar shows (counters where they
 *  answer, db/facets.ts). The previous counts stay up until new ones arrive, so the map never flashes empty. */
export function useMapCounts(view: View | undefined): { key: string; counts: Map<CountryCode, number> } | undefined {
  const { db } = useServices()
  const key = view ? viewKey({ ...view, order: undefined }) : ''
  const fresh = useLiveQuery(async () => (view ? { key, counts: (await facetCounts(db, view)).countries } : undefined), [db, key])
  const last = useRef(fresh)
  if (fresh) last.current = fresh
  return fresh ?? last.current
}

/** The three newest articles of the view about the country: the list's own query with that country added. */
export function useNewestHeadlines(view: View | undefined, code: CountryCode | null): StoredArticle[] | undefined {
  const { db } = useServices()
  const key = view && code ? viewKey({ ...view, countries: [code], order: 'newest' }) : ''
  return useLiveQuery(async () => (view && code ? firstPage(db, { ...view, countries: [code], order: 'newest' }, 3) : []), [db, key])
}
