import { useLiveQuery } from 'dexie-react-hooks'
import { feedDisplayTitle } from '../../db/feeds'
import { useServices } from '../../lib/services'

/** feedId → display name, live. Feeds are few, so one small map serves every row. */
export function useFeedTitles(): Map<string, string> {
  const { db } = useServices()
  const feeds = useLiveQuery(() => db.feeds.toArray(), [db])
  return new Map((feeds ?? []).map((f) => [f.id, feedDisplayTitle(f)]))
}
