import { dailyCounts } from '../../db'
import { useServices } from '../../lib/services'
import { useSideLiveQuery } from '../../lib/use-paced-live-query'

const SPARK_DAYS = 30

/** Daily counts of the whole library for the last SPARK_DAYS local days, per facet tag ('c:FR', 't:sport'), from
 *  the per-day counters (thirty small rows). The day is part of the query, so the window moves on at midnight. */
export function useDailySeries(days = SPARK_DAYS): { days: string[]; series: Map<string, number[]> } | undefined {
  const { db } = useServices()
  const today = new Date().toDateString()
  return useSideLiveQuery(() => dailyCounts(db, days), [db, days, today])
}
