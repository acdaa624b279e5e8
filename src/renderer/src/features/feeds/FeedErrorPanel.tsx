import { useState } from 'react'
import type { Feed } from '../../db'
import { canFindFeedsAfter, describeFeedError, formatTime } from '../../lib/format'
import { useServices } from '../../lib/services'
import { CopyButton } from './CopyButton'
import { FindFeeds } from './FindFeeds'

/** A failing feed's plain error, its full address (copyable), when it was last tried, Retry, and for a page or a
 *  vanished feed "Find feeds on this site". */
export function FeedErrorPanel({ feed, name, id }: { feed: Feed; name: string; id: string }) {
  const services = useServices()
  const [retrying, setRetrying] = useState(false)
  const error = feed.lastError
  if (!error) return null

  async function retry() {
    setRetrying(true)
    try {
      await services.api.refreshNow([feed.id]) // a named feed is polled even when marked dead
    } finally {
      setRetrying(false)
    }
  }

  return (
    <div className="feed-error">
      <p id={id} title={error.message}>
        {describeFeedError(error)}
      </p>
      <p className="feed-error-url">
        <span className="url-text">{feed.url}</span> <CopyButton text={feed.url} label={`Copy the address of ${name}`} />
      </p>
      <p className="feed-error-attempt" role="status">
        {retrying ? 'Retrying…' : `Attempt ${feed.failureCount || 1} failed at ${formatTime(error.at)}.`}
      </p>
      <div className="feed-error-actions">
        <button type="button" aria-label={`Retry ${name}`} disabled={retrying} onClick={() => void retry()}>
          Retry
        </button>
        {canFindFeedsAfter(error) && <FindFeeds feed={feed} />}
      </div>
    </div>
  )
}
