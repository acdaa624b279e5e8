import { memo, useCallback, useId, useState } from 'react'
import { feedDisplayTitle, type Feed } from '../../db'
import { describeFeedError } from '../../lib/format'
import { useFeedContextMenu } from '../context-menu/useContextMenus'
import type { FeedFormRequest } from '../context-menu/feed-menu'
import { FeedActions } from './FeedActions'
import { FeedErrorPanel } from './FeedErrorPanel'
import { FeedIcon } from './FeedIcon'
import { UnreadBadge, countedLabel } from './UnreadBadge'

interface Props {
  feed: Feed
  unread: number
  isSelected: boolean
  onSelect(feedId: string): void
}

/** A feed in the sidebar: icon, name, unread count, an error mark, and its actions menu. The selected feed shows
 *  its error in full (plain sentence, address, last attempt, Retry, Find feeds) below its line. */
export const FeedListItem = memo(function FeedListItem({ feed, unread, isSelected, onSelect }: Props) {
  const error = feed.lastError ? describeFeedError(feed.lastError) : undefined
  const errorId = useId()
  const name = feedDisplayTitle(feed)
  const showsError = error !== undefined && isSelected
  // The context menu's Rename… and Unsubscribe… open the "⋯" menu's forms; the count makes a repeat a change.
  const [asked, setAsked] = useState<{ form: FeedFormRequest; seq: number }>()
  const openForm = useCallback((form: FeedFormRequest) => setAsked((a) => ({ form, seq: (a?.seq ?? 0) + 1 })), [])
  const onContextMenu = useFeedContextMenu(feed.id, name, openForm)
  return (
    <li className={error ? 'feed has-error' : 'feed'}>
      <div className="feed-line" onContextMenu={onContextMenu}>
        <button
          type="button"
          className="feed-button"
          aria-current={isSelected ? 'true' : undefined}
          aria-label={`${countedLabel(name, unread, 'unread')}${error ? ' failing' : ''}`}
          aria-describedby={showsError ? errorId : undefined}
          title={error ? `${name}: ${error}` : `${name}\n${feed.url}`}
          onClick={() => onSelect(feed.id)}
        >
          <FeedIcon feedId={feed.id} name={name} />
          <span className="feed-name">{name}</span>
          {error && (
            <span className="error-mark" aria-hidden="true">
              ⚠
            </span>
          )}{' '}
          <UnreadBadge count={unread} />
        </button>
        <FeedActions feed={feed} name={name} asked={asked} />
      </div>
      {showsError && <FeedErrorPanel feed={feed} name={name} id={errorId} />}
    </li>
  )
})
