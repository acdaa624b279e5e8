import { useEffect, useMemo, useRef } from 'react'
import { countOf, formatRelativeTime } from '../../lib/format'
import { useServices } from '../../lib/services'
import { useFeeds } from '../feeds/useFeeds'
import { summarizeFeedHealth, type FeedHealth } from './feed-health'
import { requestRefresh, useRefreshControl } from './refresh-control'
import { useOnline } from './useOnline'
import { useRefreshProgress } from './useRefreshProgress'

/** Refresh button, progress (feeds done / total), when feeds last updated, the failing feeds with "Retry all",
 *  and the offline indicator. */
export function RefreshStatus() {
  const { api } = useServices()
  const progress = useRefreshProgress()
  const isOnline = useOnline()
  const error = useRefreshControl((s) => s.error)
  const clearError = useRefreshControl((s) => s.clearError)
  const feeds = useFeeds()
  const health = useMemo(() => (feeds ? summarizeFeedHealth(feeds) : undefined), [feeds])
  const isRunning = progress?.running === true
  // Errors from before the connection came back say nothing about now: the refresh error goes, and the feeds that
  // failed to connect are tried again at once rather than at their next turn.
  const unreachable = useRef<string[]>([])
  unreachable.current = health?.unreachableIds ?? []
  useEffect(() => {
    const onOnline = () => {
      clearError()
      if (unreachable.current.length) void requestRefresh(api, unreachable.current)
    }
    window.addEventListener('online', onOnline)
    return () => window.removeEventListener('online', onOnline)
  }, [api, clearError])

  const text = isRunning ? `Refreshing ${progress.done} of ${progress.total} feeds…` : describeHealth(health)
  const failing = health?.failingIds ?? []
  return (
    <div className="refresh-status">
      <button type="button" onClick={() => void requestRefresh(api)} disabled={isRunning} title="r">
        ↻ Refresh
      </button>
      <span role="status" className="refresh-text">
        {text}
      </span>
      {isRunning && <progress max={progress.total || 1} value={progress.done} aria-label="Refresh progress" />}
      {!isOnline && (
        <span className="offline-badge" role="status">
          Offline
        </span>
      )}
      {failing.length > 0 && !isRunning && (
        <p className="failing-summary">
          <span className="failing-count">⚠ {countOf(failing.length, { one: 'feed failing', other: 'feeds failing' })}</span>{' '}
          <button type="button" className="link-button" onClick={() => void requestRefresh(api, failing)}>
            Retry all failing feeds
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </div>
  )
}

function describeHealth(health: FeedHealth | undefined): string {
  if (!health) return ''
  const last = health.lastSuccessAt ? formatRelativeTime(new Date(health.lastSuccessAt).toISOString()) : undefined
  if (health.allFailing) return last ? `No feed could be updated; last update ${last}` : 'No feed could be updated'
  return last ? `Updated ${last}` : 'Not refreshed yet'
}
