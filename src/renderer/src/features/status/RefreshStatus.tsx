import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { lastFetchTime } from '../../db'
import { formatRelativeTime } from '../../lib/format'
import { useServices } from '../../lib/services'
import { useOnline } from './useOnline'
import { useRefreshProgress } from './useRefreshProgress'

/** Refresh button, progress (feeds done / total), last refresh time and the offline indicator. */
export function RefreshStatus() {
  const { db, api } = useServices()
  const progress = useRefreshProgress()
  const isOnline = useOnline()
  const [error, setError] = useState<string>()
  const lastFetch = useLiveQuery(() => lastFetchTime(db), [db])
  const isRunning = progress?.running === true

  async function refresh() {
    setError(undefined)
    try {
      await api.refreshNow()
    } catch (err) {
      setError(`Refresh failed: ${err instanceof Error ? err.message : String(err)}`)
    }
  }

  let text = lastFetch ? `Updated ${formatRelativeTime(new Date(lastFetch).toISOString())}` : 'Not refreshed yet'
  if (isRunning) text = `Refreshing ${progress.done} of ${progress.total} feeds…`
  return (
    <div className="refresh-status">
      <button type="button" onClick={() => void refresh()} disabled={isRunning} title="r">
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
      {error && <p role="alert" className="error-text">{error}</p>}
    </div>
  )
}
