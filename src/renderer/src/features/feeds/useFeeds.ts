import { useLiveQuery } from 'dexie-react-hooks'
import { listFeeds, type Feed } from '../../db'
import { useServices } from '../../lib/services'

/** All feeds, sorted by folder and name, live. Feeds are few, so every component may share this list. */
export function useFeeds(): Feed[] | undefined {
  const { db } = useServices()
  return useLiveQuery(() => listFeeds(db), [db])
}

/** Ids of the feeds in a folder path, its sub-folders included. */
export function feedIdsInFolder(feeds: Feed[], path: string): string[] {
  return feeds.filter((f) => f.folder === path || f.folder?.startsWith(`${path}/`)).map((f) => f.id)
}
