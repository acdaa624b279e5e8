import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useMemo } from 'react'
import { countUnreadByFeed } from '../../db'
import { useServices } from '../../lib/services'
import { useLayout } from '../../state/layout'
import { useUi } from '../../state/ui-store'
import { FeedListItem } from './FeedListItem'
import { buildFolderTree, sumUnread, type FolderNode } from './folder-tree'
import { UnreadBadge, countedLabel } from './UnreadBadge'
import { useFeeds } from './useFeeds'

/** Folders (nested) and feeds, with unread counts from the counters. */
export function FeedTree() {
  const { db } = useServices()
  const feeds = useFeeds()
  const ids = (feeds ?? []).map((f) => f.id).join(',')
  const unread = useLiveQuery(() => countUnreadByFeed(db, ids ? ids.split(',') : []), [db, ids])
  const tree = useMemo(() => buildFolderTree(feeds ?? []), [feeds])
  if (!feeds || !unread) return null
  if (feeds.length === 0) return <p className="hint">No feeds yet.</p>
  return (
    <ul className="feed-list" aria-label="Subscriptions">
      <FolderChildren node={tree} unread={unread} />
    </ul>
  )
}

function FolderChildren({ node, unread }: { node: FolderNode; unread: Map<string, number> }) {
  const selection = useUi((s) => s.selection)
  const select = useUi((s) => s.select)
  // Stable, so a click re-renders only the two feeds whose selection changed (FeedListItem is memoized).
  const onSelect = useCallback((feedId: string) => select({ kind: 'feed', feedId }), [select])
  return (
    <>
      {node.folders.map((f) => (
        <Folder key={f.path} node={f} unread={unread} />
      ))}
      {node.feeds.map((feed) => (
        <FeedListItem
          key={feed.id}
          feed={feed}
          unread={unread.get(feed.id) ?? 0}
          isSelected={selection.kind === 'feed' && selection.feedId === feed.id}
          onSelect={onSelect}
        />
      ))}
    </>
  )
}

function Folder({ node, unread }: { node: FolderNode; unread: Map<string, number> }) {
  // Folded folders are remembered with the sidebar's other sections (state/layout.ts).
  const isOpen = useLayout((s) => !s.collapsed[`folder:${node.path}`])
  const toggle = useLayout((s) => s.toggleSection)
  const selection = useUi((s) => s.selection)
  const select = useUi((s) => s.select)
  const count = sumUnread(node, unread)
  return (
    <li className="folder">
      <div className="feed-line">
        <button type="button" className="icon-button" aria-expanded={isOpen} aria-label={`${isOpen ? 'Collapse' : 'Expand'} ${node.name}`} onClick={() => toggle(`folder:${node.path}`)}>
          {isOpen ? '▾' : '▸'}
        </button>
        <button
          type="button"
          className="feed-button folder-button"
          aria-current={selection.kind === 'folder' && selection.path === node.path ? 'true' : undefined}
          aria-label={countedLabel(node.name, count, 'unread')}
          onClick={() => select({ kind: 'folder', path: node.path })}
        >
          <span className="feed-name">{node.name}</span> <UnreadBadge count={count} />
        </button>
      </div>
      {isOpen && (
        <ul>
          <FolderChildren node={node} unread={unread} />
        </ul>
      )}
    </li>
  )
}
