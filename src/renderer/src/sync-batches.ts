// Stores poll results as they stream in: in arrival order, a burst in batches of bounded size, the open lists given a
// turn to read between batches, and each batch's follow-up work off the storing path.
//
// Why batches are bounded by count (1,000 articles, db/README.md) and not cut to a time budget: measured with
// bench/browser/refresh-app-bench.ts (300 × 50 farm, loaded machine), batches cut to ~1 s of storing took 6.6 times
// newsboat's reload of the same farm against 4.4 times with 1,000-article batches, and the open list stayed at its
// first 920 rows for six minutes: Dexie drops a live query's result when a commit lands while it reads, and reads
// again, so commits that come faster than the list's read starve the list.
//
// The read turn: a list's read takes several IndexedDB steps, and a write transaction created before a step holds
// it until the write commits. Without a pause the next batch's write was created at once, every read step after the
// first waited a whole batch and then saw a commit: the list stayed at 2,500 rows while 15,000 articles were stored
// (same bench, follow-ups off the storing path, no pause). Before, the follow-ups' own reads between batches made
// that pause by accident.
import type { FeedResult } from '../../shared/model'

export interface BatchLimits {
  /** Most results in one batch. */
  maxResults: number
  /** Most articles in one batch (a single larger result still goes alone). */
  maxArticles: number
}

export interface BatchQueueOptions {
  limits: BatchLimits
  /** Stores one batch (one transaction). Never rejects: a failure is the store's to handle. */
  store: (batch: FeedResult[]) => Promise<void>
  /** Work after a batch is stored (downloads to request, listeners); runs in order, but the next batch does not wait. */
  followUp: (batch: FeedResult[]) => Promise<void>
  /** Called when the last pending batch is stored. */
  onDrained?: () => void
}

export interface BatchQueue {
  push(result: FeedResult): void
  readonly isDraining: boolean
  /** Resolves when every result pushed so far is stored and followed up. */
  idle(): Promise<void>
}

/** The pause between two batches, from how long the last one took to store: long enough for a list's few read
 *  steps on a loaded machine, short against the batch (at most a tenth of it beyond the floor). */
export function readTurnMs(batchMs: number): number {
  return Math.round(Math.min(MAX_READ_TURN_MS, Math.max(MIN_READ_TURN_MS, batchMs / 10)))
}
const MIN_READ_TURN_MS = 150
const MAX_READ_TURN_MS = 1000

export function startBatchQueue(o: BatchQueueOptions): BatchQueue {
  let pending: FeedResult[] = []
  let isDraining = false
  let stored: Promise<void> = Promise.resolve()
  let followed: Promise<void> = Promise.resolve()

  const takeBatch = (): FeedResult[] => {
    const { maxResults, maxArticles } = o.limits
    let n = 1
    let articles = articleCount(pending[0])
    while (n < pending.length && n < maxResults && articles + articleCount(pending[n]) <= maxArticles) articles += articleCount(pending[n++])
    const batch = pending.slice(0, n)
    pending = pending.slice(n)
    return batch
  }
  const drain = async () => {
    while (pending.length > 0) {
      const batch = takeBatch()
      const startedAt = performance.now()
      // Both handle their own failures; a stray rejection must not stall the results behind it.
      await o.store(batch).catch(() => undefined)
      followed = followed.then(() => o.followUp(batch)).catch(() => undefined)
      if (pending.length > 0) await sleep(readTurnMs(performance.now() - startedAt))
    }
    isDraining = false
    o.onDrained?.()
  }
  return {
    push(result) {
      pending.push(result)
      if (isDraining) return
      isDraining = true
      stored = stored.then(drain)
    },
    get isDraining() {
      return isDraining
    },
    idle: async () => {
      await stored
      await followed
    },
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function articleCount(result: FeedResult | undefined): number {
  return result?.kind === 'updated' && Array.isArray(result.articles) ? result.articles.length : 0
}
