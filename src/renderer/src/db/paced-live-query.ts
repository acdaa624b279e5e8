// Live queries that re-read at most once per PACED_READ_MS while a train of ingest bursts lands (a refresh, an
// import), and at once otherwise. Dexie re-runs every overlapping live query after each commit: during a 300-feed
// refresh the open list, its story rows, the sidebar counts and the facets each re-read after every burst, and
// their reads and renders took the page's thread from the bursts and from the reader's keys (db/README.md,
// "A refresh of many feeds"). A query's first read, and a read after its inputs change (another view, a scroll, the
// next article), never waits: only re-reads caused by commits are spaced.
import { Dexie, liveQuery } from 'dexie'

/** Least time between two reads of one live query while bursts land. */
export const PACED_READ_MS = 1000
/** A burst train is over when no burst was stored for this long. */
export const BURST_QUIET_MS = 1500

let lastBurstAt = -Infinity

/** Marks that a burst of results is being (or was just) stored: live queries space their re-reads for a while. */
export function noteIngestBurst(now = performance.now()): void {
  lastBurstAt = now
}

/** Whether bursts are landing: one was stored within the last BURST_QUIET_MS. */
export function isIngestBursting(now = performance.now()): boolean {
  return now - lastBurstAt < BURST_QUIET_MS
}

/** How long a re-read waits, given when this query last read: 0 unless bursts are landing. */
export function pacedDelayMs(lastReadAt: number, now = performance.now()): number {
  if (!isIngestBursting(now)) return 0
  return Math.max(0, lastReadAt + PACED_READ_MS - now)
}

/** What useObservable (dexie-react-hooks) subscribes to. */
export interface PacedObservable<T> {
  subscribe(next: (value: T) => void, error?: (err: unknown) => void): { unsubscribe(): void }
}

/**
 * Dexie's liveQuery with its re-reads spaced (above). The wait happens inside the querier, before any read, through
 * Dexie.waitFor, which keeps the live query's observation context: the ranges read afterwards are still watched.
 * A commit during the wait restarts the querier, which waits out the same remaining time (no read is made). The time
 * of the last read is kept per subscription: useObservable's synchronous probe must not delay the real first read.
 */
export function pacedLiveQuery<T>(querier: () => T | Promise<T>): PacedObservable<T> {
  return {
    subscribe(next, error) {
      let lastReadAt = -Infinity
      let runs = 0
      // Async, so Dexie keeps its zone across the awaits (a plain function returning a promise loses the tracking).
      return liveQuery(async () => {
        const run = ++runs
        const wait = pacedDelayMs(lastReadAt)
        if (wait > 0) await Dexie.waitFor(new Promise<void>((resolve) => setTimeout(resolve, wait)))
        // Dexie starts the querier again on each commit and ignores the earlier run's answer, but does not stop it:
        // a run superseded while it waited must not read (the whole wait would end in one read per commit).
        if (run !== runs) throw new DOMException('superseded by a newer read', 'AbortError')
        lastReadAt = performance.now()
        return await querier()
      }).subscribe({ next, error })
    },
  }
}
