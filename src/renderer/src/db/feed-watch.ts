// Watches the feed table for the whole window: one shared read of the sorted feed list per burst of changes
// (table-watch.ts), handed to every watcher (sidebar, article titles, poll schedule, offline downloads) with
// unchanged feeds kept as the same objects, so memoized rows skip them. With one read per watcher per commit, the
// first polls after a 10,000-feed import re-read and re-sorted the table a dozen times per stored batch and
// re-rendered every sidebar row each time.
import { sortFeeds } from './feeds'
import type { Feed, MeridianDb } from './schema'
import { sharedTableWatch } from './table-watch'

const feedWatch = sharedTableWatch('feeds', readInLastOrder, keepUnchanged)
const lastOrder = new WeakMap<MeridianDb, Map<string, number>>()

/** The feed list, sorted starting from the order of the last read: new and renamed feeds move, the rest is a run the
 *  sort checks in one pass (a fresh sort of 10,000 feeds cost ~1.5 s of every 30 s of a large import's first polls). */
async function readInLastOrder(db: MeridianDb): Promise<Feed[]> {
  const rows = await db.feeds.toArray()
  const order = lastOrder.get(db)
  if (order) rows.sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity))
  const sorted = sortFeeds(rows)
  lastOrder.set(db, new Map(sorted.map((f, i) => [f.id, i])))
  return sorted
}

/** Calls next with the sorted feed list now and after changes to the feed table (at most every 250 ms, unchanged
 *  feeds as the same objects). Returns a stop function. */
export function watchFeeds(db: MeridianDb, next: (feeds: Feed[]) => void, onError: (err: unknown) => void): () => void {
  return feedWatch(db).watch(next, onError)
}

/** The list the watchers were last given, or undefined before the first read. */
export function latestFeeds(db: MeridianDb): Feed[] | undefined {
  return feedWatch(db).latest()
}

/** `next` with each feed equal to its previous version replaced by that version; `previous` itself when nothing
 *  changed, so watchers can skip the update. */
function keepUnchanged(previous: Feed[] | undefined, next: Feed[]): Feed[] {
  if (!previous) return next
  const before = new Map(previous.map((f) => [f.id, f]))
  let isSame = previous.length === next.length
  const kept = next.map((f, i) => {
    const old = before.get(f.id)
    const feed = old && sameFeed(old, f) ? old : f
    if (feed !== previous[i]) isSame = false
    return feed
  })
  return isSame ? previous : kept
}

function sameFeed(a: Feed, b: Feed): boolean {
  const keys = Object.keys(a) as (keyof Feed)[]
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) => a[k] === b[k] || (typeof a[k] === 'object' && JSON.stringify(a[k]) === JSON.stringify(b[k])))
}
