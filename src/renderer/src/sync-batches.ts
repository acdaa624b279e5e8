// Stores poll results as they stream in: in arrival order, a burst in batches of bounded size, the page given a turn
// (input, paints) between batches, and each batch's follow-up work off the storing path.
//
// Why batches are bounded by count (1,000 articles, db/README.md) and not cut to a time budget: measured with
// bench/browser/refresh-app-bench.ts (300 × 50 farm, loaded machine), batches cut to ~1 s of storing took 6.6 times
// newsboat's reload of the same farm against 4.4 times with 1,000-article batches, and the open list stayed at its
// first 920 rows for six minutes: Dexie drops a live query's result when a commit lands while it reads, and reads
// again, so commits that come faster than the list's read starve the list.
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

/** A timer, not a microtask: the page's input events, paints and IndexedDB callbacks run first. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

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
      // Both handle their own failures; a stray rejection must not stall the results behind it.
      await o.store(batch).catch(() => undefined)
      followed = followed.then(() => o.followUp(batch)).catch(() => undefined)
      if (pending.length > 0) await yieldToPage()
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

function articleCount(result: FeedResult | undefined): number {
  return result?.kind === 'updated' && Array.isArray(result.articles) ? result.articles.length : 0
}
