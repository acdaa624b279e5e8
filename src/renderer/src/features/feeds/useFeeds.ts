import { useCallback, useSyncExternalStore } from 'react'
import { latestFeeds, watchFeeds, type Feed } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'

const logger = log.scope('feeds')

/** All feeds, sorted by folder and name, live: one read shared by every component (db/feed-watch.ts), with unchanged
 *  feeds kept as the same objects, so memoized rows skip them. */
export function useFeeds(): Feed[] | undefined {
  const { db } = useServices()
  const subscribe = useCallback((onChange: () => void) => watchFeeds(db, onChange, (err) => logger.error('reading the feed list failed', err)), [db])
  return useSyncExternalStore(subscribe, () => latestFeeds(db))
}

/** Ids of the feeds in a folder path, its sub-folders included. */
export function feedIdsInFolder(feeds: Feed[], path: string): string[] {
  return feeds.filter((f) => f.folder === path || f.folder?.startsWith(`${path}/`)).map((f) => f.id)
}
