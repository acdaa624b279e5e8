import { useCallback, useMemo } from 'react'
import { countUnreadByFeed, type Feed } from '../../db'
import { useServices } from '../../lib/services'
import { useLayout } from '../../state/layout'
import { useUi } from '../../state/ui-store'
import { FeedGroup } from './FeedGroup'
import { buildFolderTree, countFeeds, sumUnread, type FolderNode } from './folder-tree'
import { UnreadBadge, countedLabel } from './UnreadBadge'
import { useFeeds } from './useFeeds'
import { useSideLiveQuery } from '../../lib/use-paced-live-query'

/** A level with more feeds than this shows them in groups of FEED_GROUP, each laid out, painted and hit-tested only
 *  near the view (content-visibility in sidebar.css): 10,000 feeds in one list made every pointer move's hit test
 *  take ~250 ms, so the first polls after a large import left the window unresponsive. */
const GROUP_ABOVE = 100
const FEED_GROUP = 50
/** Height of a feed line before it was ever shown (px); the browser remembers the real one after. */
const LINE_PX = 30

/** Folders (nested) and feeds, with unread counts from the counters. */
export function FeedTree() {
  const { db } = useServices()
  const feeds = useFeeds()
  const ids = (feeds ?? []).map((f) => f.id).join(',')
  const unread = useSideLiveQuery(() => countUnreadByFeed(db, ids ? ids.split(',') : []), [db, ids])
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
  // Stable, so a click re-renders only the groups whose selection changed.
  const onSelect = useCallback((feedId: string) => select({ kind: 'feed', feedId }), [select])
  const selectedId = selection.kind === 'feed' ? selection.feedId : undefined
  const groups: Feed[][] = []
  for (let i = 0; i < node.feeds.length; i += FEED_GROUP) groups.push(node.feeds.slice(i, i + FEED_GROUP))
  return (
    <>
      {node.folders.map((f) => (
        <Folder key={f.path} node={f} unread={unread} />
      ))}
      {node.feeds.length <= GROUP_ABOVE ? (
        <FeedGroup feeds={node.feeds} unread={unread} selectedId={selectedId} onSelect={onSelect} />
      ) : (
        groups.map((group, i) => (
          <li key={i} className="feed-group" style={{ containIntrinsicSize: `auto ${group.length * LINE_PX}px` }}>
            <ul>
              <FeedGroup feeds={group} unread={unread} selectedId={selectedId} onSelect={onSelect} />
            </ul>
          </li>
        ))
      )}
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
    <li className="folder" style={{ containIntrinsicSize: `auto ${(1 + (isOpen ? countFeeds(node) : 0)) * LINE_PX}px` }}>
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
