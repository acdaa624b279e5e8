// The map's time range as a View: the database's only date bound is the 'today' scope's `since` (a lower bound on
// the sort key, db/view.ts), so a range can narrow the whole library (All articles, Unread) but not a feed, a
// folder or Starred, whose scopes carry no date.
import type { View } from '../../db'

export type TimeRange = 'today' | '7d' | '30d' | 'all'

export const TIME_RANGES: { value: TimeRange; label: string }[] = [
  { value: 'today', label: 'Today' },
  { value: '7d', label: '7 days' },
  { value: '30d', label: '30 days' },
  { value: 'all', label: 'All' },
]

/** The first instant the range covers: local midnight today, or that midnight 6 or 29 days earlier. */
export function rangeStart(range: Exclude<TimeRange, 'all'>, now = new Date()): string {
  return rangeStartDate(range, now).toISOString()
}

export function rangeStartDate(range: Exclude<TimeRange, 'all'>, now = new Date()): Date {
  const back = range === 'today' ? 0 : range === '7d' ? 6 : 29
  // Date arithmetic on the day field keeps local midnight across a daylight-saving change.
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - back)
}

/** True when the view's scope can take a date range. */
export function canTakeRange(view: View): boolean {
  return view.scope.kind === 'all' || view.scope.kind === 'unread'
}

/** The view narrowed to the range; the view itself for 'all' or a scope that cannot take one (canTakeRange). */
export function viewInRange(view: View, range: TimeRange, now = new Date()): View {
  if (range === 'all' || !canTakeRange(view)) return view
  const unreadOnly = view.unreadOnly === true || view.scope.kind === 'unread'
  return { ...view, scope: { kind: 'today', since: rangeStart(range, now) }, unreadOnly }
}
