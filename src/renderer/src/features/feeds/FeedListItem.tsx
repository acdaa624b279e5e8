import { useId } from 'react'
import { feedDisplayTitle } from '../../db/feeds'
import type { Feed } from '../../db/schema'
import { describeFeedError } from '../../lib/format'
import { UnreadBadge, feedButtonLabel } from './UnreadBadge'

interface Props {
  feed: Feed
  unread: number
  isSelected: boolean
  onSelect(feedId: string): void
}

export function FeedListItem({ feed, unread, isSelected, onSelect }: Props) {
  const error = feed.lastError ? describeFeedError(feed.lastError) : undefined
  const errorId = useId()
  const name = feedDisplayTitle(feed)
  return (
    <li className={error ? 'feed has-error' : 'feed'}>
      <button
        type="button"
        className="feed-button"
        aria-current={isSelected ? 'true' : undefined}
        aria-label={feedButtonLabel(name, unread)}
        aria-describedby={error ? errorId : undefined}
        title={feed.url}
        onClick={() => onSelect(feed.id)}
      >
        <span className="feed-name">{name}</span>
        <UnreadBadge count={unread} />
      </button>
      {error && (
        <p className="feed-error" id={errorId}>
          {error}
        </p>
      )}
    </li>
  )
}
