import { memo, useId, useState } from 'react'
import { feedDisplayTitle } from '../../db/feeds'
import type { Feed } from '../../db/schema'
import { describeFeedError } from '../../lib/format'
import { useServices } from '../../lib/services'
import { Favicon } from './Favicon'
import { FeedActions } from './FeedActions'
import { UnreadBadge, countedLabel } from './UnreadBadge'

interface Props {
  feed: Feed
  unread: number
  isSelected: boolean
  onSelect(feedId: string): void
}

/** A feed in the sidebar: favicon, name, unread count, an error mark (the last error on hover) with a retry,
 *  and its actions menu. */
export const FeedListItem = memo(function FeedListItem({ feed, unread, isSelected, onSelect }: Props) {
  const { api } = useServices()
  const [retrying, setRetrying] = useState(false)
  const error = feed.lastError ? describeFeedError(feed.lastError) : undefined
  const errorId = useId()
  const name = feedDisplayTitle(feed)

  async function retry() {
    setRetrying(true)
    try {
      await api.refreshNow([feed.id]) // a named feed is polled even when marked dead
    } finally {
      setRetrying(false)
    }
  }

  return (
    <li className={error ? 'feed has-error' : 'feed'}>
      <div className="feed-line">
        <button
          type="button"
          className="feed-button"
          aria-current={isSelected ? 'true' : undefined}
          aria-label={countedLabel(name, unread, 'unread')}
          aria-describedby={error ? errorId : undefined}
          title={error ?? feed.url}
          onClick={() => onSelect(feed.id)}
        >
          <Favicon feed={feed} name={name} />
          <span className="feed-name">{name}</span>
          {error && (
            <span className="error-mark" aria-hidden="true">
              ⚠
            </span>
          )}{' '}
          <UnreadBadge count={unread} />
        </button>
        <FeedActions feed={feed} name={name} />
      </div>
      {error && (
        <div className="feed-error">
          <p id={errorId}>{error}</p>
          <button type="button" className="link-button" aria-label={`Retry ${name}`} disabled={retrying} onClick={() => void retry()}>
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        </div>
      )}
    </li>
  )
})
