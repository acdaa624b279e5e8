import { memo } from 'react'
import type { Feed } from '../../db'
import { FeedListItem } from './FeedListItem'

interface Props {
  feeds: Feed[]
  unread: Map<string, number>
  selectedId: string | undefined
  onSelect(feedId: string): void
}

/** A run of sidebar feeds that re-renders only when one of them, its unread count or its selection changed: the
 *  first polls after a 10,000-feed import change a few dozen feeds per stored batch, not all of them. */
export const FeedGroup = memo(function FeedGroup({ feeds, unread, selectedId, onSelect }: Props) {
  return (
    <>
      {feeds.map((feed) => (
        <FeedListItem key={feed.id} feed={feed} unread={unread.get(feed.id) ?? 0} isSelected={feed.id === selectedId} onSelect={onSelect} />
      ))}
    </>
  )
}, sameGroup)

function sameGroup(a: Props, b: Props): boolean {
  return (
    a.onSelect === b.onSelect &&
    a.feeds.length === b.feeds.length &&
    a.feeds.every((f, i) => f === b.feeds[i] && (a.unread.get(f.id) ?? 0) === (b.unread.get(f.id) ?? 0) && (f.id === a.selectedId) === (f.id === b.selectedId))
  )
}
