// What the status bar says about the last refreshes, computed from the feeds' own records: "Updated" only counts
// successful fetches, and the failing feeds are counted and named.
import type { Feed } from '../../db'

export interface FeedHealth {
  /** Epoch ms of the newest successful fetch of any feed; undefined when none ever succeeded. */
  lastSuccessAt?: number
  failingIds: string[]
  /** Failing because the site could not be reached (network or timeout): worth retrying when the connection returns. */
  unreachableIds: string[]
  /** Every feed failed its latest fetch (so a refresh just ended with nothing updated). */
  allFailing: boolean
}

export function summarizeFeedHealth(feeds: Pick<Feed, 'id' | 'lastSuccessAt' | 'lastError'>[]): FeedHealth {
  let lastSuccessAt: number | undefined
  const failingIds: string[] = []
  const unreachableIds: string[] = []
  for (const feed of feeds) {
    if (feed.lastSuccessAt !== undefined && feed.lastSuccessAt > (lastSuccessAt ?? 0)) lastSuccessAt = feed.lastSuccessAt
    if (feed.lastError) failingIds.push(feed.id)
    if (feed.lastError?.code === 'network' || feed.lastError?.code === 'timeout') unreachableIds.push(feed.id)
  }
  return { lastSuccessAt, failingIds, unreachableIds, allFailing: feeds.length > 0 && failingIds.length === feeds.length }
}
