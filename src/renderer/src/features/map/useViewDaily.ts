import { useRef } from 'react'
import { viewDailyCounts, viewKey, type View, type ViewDaily } from '../../db'
import { useServices } from '../../lib/services'
import { useSideLiveQuery } from '../../lib/use-paced-live-query'

const TREND_DAYS = 30

/** The last 30 days of the view, per facet tag (db/view-daily.ts): sparklines and "rising". Undefined `view` holds
 *  the last answer (callers ask once their counts for a new view are in, so the series never competes with that
 *  read); the day is part of the query, so the window moves on at midnight. */
export function useViewDaily(view: View | undefined): ViewDaily | undefined {
  const { db } = useServices()
  const key = view ? viewKey({ ...view, order: undefined }) : ''
  const today = new Date().toDateString()
  const fresh = useSideLiveQuery(async () => (view ? viewDailyCounts(db, view, TREND_DAYS) : undefined), [db, key, today])
  const last = useRef(fresh)
  if (fresh) last.current = fresh
  return fresh ?? last.current
}
