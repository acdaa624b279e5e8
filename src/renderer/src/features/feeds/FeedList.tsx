import { useLiveQuery } from 'dexie-react-hooks'
import { listFeeds } from '../../db/feeds'
import { countUnread, countUnreadByFeed } from '../../db/queries'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { FeedListItem } from './FeedListItem'
import { UnreadBadge, feedButtonLabel } from './UnreadBadge'

/** "All articles" plus every feed, with unread counts and the last error. */
export function FeedList() {
  const { db } = useServices()
  const selectedFeedId = useUi((s) => s.selectedFeedId)
  const selectFeed = useUi((s) => s.selectFeed)
  const data = useLiveQuery(async () => {
    const feeds = await listFeeds(db)
    const [counts, total] = await Promise.all([countUnreadByFeed(db, feeds.map((f) => f.id)), countUnread(db)])
    return { feeds, counts, total }
  }, [db])
  if (!data) return null
  return (
    <ul className="feed-list" aria-label="Subscriptions">
      <li>
        <button
          type="button"
          className="feed-button"
          aria-current={selectedFeedId === null ? 'true' : undefined}
          aria-label={feedButtonLabel('All articles', data.total)}
          onClick={() => selectFeed(null)}
        >
          <span className="feed-name">All articles</span>
          <UnreadBadge count={data.total} />
        </button>
      </li>
      {data.feeds.map((feed) => (
        <FeedListItem
          key={feed.id}
          feed={feed}
          unread={data.counts.get(feed.id) ?? 0}
          isSelected={selectedFeedId === feed.id}
          onSelect={selectFeed}
        />
      ))}
      {data.feeds.length === 0 && <li className="hint">No feeds yet. Add one above.</li>}
    </ul>
  )
}
