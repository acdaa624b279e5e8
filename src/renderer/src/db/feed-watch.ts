// Watches the feed table for the whole window: one shared read of the sorted feed list per burst of changes,
// handed to every watcher (sidebar, article titles, poll schedule, offline downloads) with unchanged feeds kept as the
// same objects. With one read per watcher per commit, the first polls after a 10,000-feed import re-read and re-sorted
// the table a dozen times per stored batch and re-rendered every sidebar row each time.
import Dexie, { type ObservabilitySet } from 'dexie'
import { listFeeds } from './feeds'
import type { Feed, MeridianDb } from './schema'

/** Least time between two reads: commits that come faster are answered together by the next read. */
const MIN_READ_INTERVAL_MS = 250

interface Watcher {
  next(feeds: Feed[]): void
  onError(err: unknown): void
}

interface Source {
  watchers: Set<Watcher>
  latest?: Feed[]
  stop(): void
}

const sources = new WeakMap<MeridianDb, Source>()

/** Calls next with the sorted feed list now and after changes to the feed table (at most every 250 ms, unchanged
 *  feeds as the same objects). Returns a stop function. */
export function watchFeeds(db: MeridianDb, next: (feeds: Feed[]) => void, onError: (err: unknown) => void): () => void {
  const source = sources.get(db) ?? openSource(db)
  const watcher: Watcher = { next, onError }
  source.watchers.add(watcher)
  const { latest } = source
  if (latest) queueMicrotask(() => source.watchers.has(watcher) && watcher.next(latest))
  return () => {
    source.watchers.delete(watcher)
    if (source.watchers.size === 0) source.stop()
  }
}

/** The list the watchers were last given, or undefined before the first read. */
export function latestFeeds(db: MeridianDb): Feed[] | undefined {
  return sources.get(db)?.latest
}

function openSource(db: MeridianDb): Source {
  const part = `idb://${db.name}/feeds/`
  let timer: ReturnType<typeof setTimeout> | undefined
  let isReading = false
  let isDirty = false
  let lastReadAt = -Infinity
  let isStopped = false
  const source: Source = {
    watchers: new Set(),
    stop() {
      isStopped = true
      clearTimeout(timer)
      Dexie.on.storagemutated.unsubscribe(onMutated)
      sources.delete(db)
    },
  }
  const schedule = () => {
    if (isReading) isDirty = true
    else if (timer === undefined) timer = setTimeout(read, Math.max(0, lastReadAt + MIN_READ_INTERVAL_MS - performance.now()))
  }
  const read = async () => {
    timer = undefined
    isReading = true
    try {
      const feeds = keepUnchanged(source.latest, await listFeeds(db))
      if (!isStopped && feeds !== source.latest) {
        source.latest = feeds
        for (const w of [...source.watchers]) w.next(feeds)
      }
    } catch (err) {
      if (!isStopped) for (const w of [...source.watchers]) w.onError(err)
    } finally {
      isReading = false
      lastReadAt = performance.now()
      if (isDirty && !isStopped) {
        isDirty = false
        schedule()
      }
    }
  }
  function onMutated(parts: ObservabilitySet) {
    if (part in parts) schedule()
  }
  Dexie.on.storagemutated.subscribe(onMutated)
  sources.set(db, source)
  schedule()
  return source
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
