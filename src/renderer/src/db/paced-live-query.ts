// Live queries that re-read at most once per PACED_READ_MS while a train of ingest bursts lands (a refresh, an
// import), and at once otherwise. Dexie re-runs every overlapping live query after each commit: during a 300-feed
// refresh the open list, its story rows, the sidebar counts and the facets each re-read after every burst, and
// their reads and renders took the page's thread from the bursts and from the reader's keys (db/README.md,
// "A refresh of many feeds"). A query's first read, and a read after its inputs change (another view, a scroll, the
// next article), never waits: only re-reads caused by commits are spaced. Once a train has stored a large import's
// worth of articles, the list re-reads less often still and the views beside it (counts, badge, facets) much less
// (db/README.md, "The farm in Chromium, session 14").
import { Dexie, liveQuery } from 'dexie'

/** Least time between two reads of one live query while bursts land. */
export const PACED_READ_MS = 1000
/** Once the train is a large import: the open list's queries (its head, rows, stories)... */
export const IMPORT_PACED_READ_MS = 2000
/** ...and the views beside it (the sidebar's counts, the badge, facets, daily series), which may lag an import. */
export const SIDE_PACED_READ_MS = 5000
/** Articles stored (bursts less than IMPORT_QUIET_MS apart) before they count as a large import (a refresh of many
 *  feeds, an OPML import). */
export const LARGE_IMPORT_ARTICLES = 2000
/** A burst train is over when no burst was stored for this long. */
export const BURST_QUIET_MS = 1500
/** A large import is over when no burst was stored for this long: on a loaded machine a refresh's results come with
 *  pauses of a few seconds, and each pause must not start the count of its articles again. */
export const IMPORT_QUIET_MS = 10_000
/** A waiting re-read looks this often whether the train has ended, so it reads once the import is over. */
const RECHECK_MS = 250

/** Longest a burst waits for the open list's read in flight (listReadsSettled). */
const LIST_TURN_MAX_MS = 1500

/** Which pace a live query keeps during a large import. */
export type PaceTier = 'list' | 'side'

let lastBurstAt = -Infinity
let trainArticles = 0
/** Reads of the open list's queries (tier 'list') under way; bursts being stored; list re-reads due but held until
 *  the burst being stored commits; bursts waiting for the list's reads to end. */
let listReadsInFlight = 0
let burstsStoring = 0
let heldListReads = new Set<() => void>()
let listReadWaiters: (() => void)[] = []

/**
 * Stores a burst in turn with the open list's reads. Dexie drops a live query's answer when a commit lands while it
 * reads, and reads again, so bursts that follow each other faster than the list reads starve it (session 15 lost
 * the gaps that per-feed follow-up reads used to leave between bursts, and the list stayed at 4,950 rows of 15,000
 * for 50 s under load 22). So a burst waits for the list's read under way (at most maxWaitMs), and a re-read of the
 * list that comes due while a burst is being stored starts once it committed, before the next burst.
 */
export async function storeInTurn<T>(store: () => Promise<T>, maxWaitMs = LIST_TURN_MAX_MS): Promise<T> {
  await listReadsSettled(maxWaitMs)
  burstsStoring++
  try {
    return await store()
  } finally {
    if (--burstsStoring === 0) {
      const held = [...heldListReads]
      heldListReads = new Set()
      held.forEach((start) => start())
    }
  }
}

function listReadsSettled(maxWaitMs: number): Promise<void> {
  if (listReadsInFlight === 0) return Promise.resolve()
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer)
      listReadWaiters = listReadWaiters.filter((w) => w !== done)
      resolve()
    }
    const timer = setTimeout(done, maxWaitMs)
    listReadWaiters.push(done)
  })
}

async function countedListRead<T>(querier: () => T | Promise<T>): Promise<T> {
  listReadsInFlight++
  try {
    return await querier()
  } finally {
    // From a timer, not from here: a burst resumed inside the live query's zone could not open its 'rw' transaction.
    if (--listReadsInFlight === 0) setTimeout(() => listReadsInFlight === 0 && [...listReadWaiters].forEach((done) => done()), 0)
  }
}

/** Marks that a burst of results is being (or was just) stored, with the articles it stored: live queries space
 *  their re-reads for a while. */
export function noteIngestBurst(now = performance.now(), articles = 0): void {
  if (now - lastBurstAt >= IMPORT_QUIET_MS) trainArticles = 0
  trainArticles += articles
  lastBurstAt = now
}

/** Whether bursts are landing: one was stored within the last BURST_QUIET_MS. */
export function isIngestBursting(now = performance.now()): boolean {
  return now - lastBurstAt < BURST_QUIET_MS
}

/** Whether a large import is under way: bursts have stored LARGE_IMPORT_ARTICLES with pauses under IMPORT_QUIET_MS,
 *  the last one within IMPORT_QUIET_MS. Background work that can wait (the search indexer) waits for its end. */
export function isLargeImportLanding(now = performance.now()): boolean {
  return trainArticles >= LARGE_IMPORT_ARTICLES && now - lastBurstAt < IMPORT_QUIET_MS
}

/** How long a re-read waits, given when this query last read: 0 unless bursts are landing. */
export function pacedDelayMs(lastReadAt: number, now = performance.now(), tier: PaceTier = 'list'): number {
  if (!isIngestBursting(now)) return 0
  const isLargeImport = trainArticles >= LARGE_IMPORT_ARTICLES
  const pace = !isLargeImport ? PACED_READ_MS : tier === 'side' ? SIDE_PACED_READ_MS : IMPORT_PACED_READ_MS
  return Math.max(0, lastReadAt + pace - now)
}

/** Resolves once pacedDelayMs says the re-read may go: its time came, or the train ended meanwhile. One promise
 *  settled from timer callbacks, as Dexie.waitFor expects: the same wait as an async loop of awaits (run inside the
 *  querier, in Dexie's zone) kept a new feed's articles out of the list (tests/renderer/features/App.test.tsx). */
function pacedWait(lastReadAt: number, tier: PaceTier): Promise<void> {
  return new Promise<void>((resolve) => {
    const check = () => {
      const wait = pacedDelayMs(lastReadAt, performance.now(), tier)
      if (wait > 0) setTimeout(check, Math.min(wait, RECHECK_MS))
      else if (tier === 'list' && burstsStoring > 0) heldListReads.add(check) // read once the burst committed
      else resolve()
    }
    check()
  })
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
export function pacedLiveQuery<T>(querier: () => T | Promise<T>, tier: PaceTier = 'list'): PacedObservable<T> {
  return {
    subscribe(next, error) {
      let lastReadAt = -Infinity
      let runs = 0
      // Async, so Dexie keeps its zone across the awaits (a plain function returning a promise loses the tracking).
      return liveQuery(async () => {
        const run = ++runs
        const isHeld = tier === 'list' && burstsStoring > 0 && lastReadAt > -Infinity // a re-read, not a first read
        if (isHeld || pacedDelayMs(lastReadAt, performance.now(), tier) > 0) await Dexie.waitFor(pacedWait(lastReadAt, tier))
        // Dexie starts the querier again on each commit and ignores the earlier run's answer, but does not stop it:
        // a run superseded while it waited must not read (the whole wait would end in one read per commit).
        if (run !== runs) throw new DOMException('superseded by a newer read', 'AbortError')
        lastReadAt = performance.now()
        return tier === 'list' ? await countedListRead(querier) : await querier()
      }).subscribe({ next, error })
    },
  }
}
