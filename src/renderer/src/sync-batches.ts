// Stores poll results as they stream in: in arrival order, a burst in batches of bounded size, each batch's follow-up
// work (full-text requests, listeners) before the next batch, and the page given a turn (input, paints) in between.
//
// Measured with bench/browser/refresh-app-bench.ts (300 × 50 farm, loaded machine, one run each):
// - Batches cut to ~1 s of storing: 6.6 times newsboat's reload against 4.4 times with 1,000-article batches, and
//   the open list stayed at its first 920 rows for six minutes. Dexie drops a live query's result when a commit
//   lands while it reads, and reads again: commits that come faster than the list's read starve the list.
// - Follow-ups off the storing path (run alongside the next batch): the list stuck again (2,500 rows while 15,000
//   were stored; 5,355 for 48 s with a pause between batches), and the farm's fetch slowed (37 feeds in the first
//   16 s against 79 with follow-ups in line). Full-text planning writes the articles table in transactions of its
//   own, so each follow-up added a commit, and pages were asked for while polls still waited.
// So follow-ups stay in line; their reads between two batches are also what gives the list its turn to read.
import type { FeedResult } from '../../shared/model'

export interface BatchLimits {
  /** Most results in one batch. */
  maxResults: number
  /** Most articles in one batch (a single larger result still goes alone). */
  maxArticles: number
  /** A batch waits for this many articles (or maxResults results) before it is stored... */
  minArticles?: number
  /** ...but its first result waits at most this long (ms). 0: store what is there at once. */
  gatherMs?: number
}

export interface BatchQueueOptions {
  limits: BatchLimits
  /** Stores one batch (one transaction). Never rejects: a failure is the store's to handle. */
  store: (batch: FeedResult[]) => Promise<void>
  /** Work after a batch is stored (downloads to request, listeners), done before the next batch. */
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

/** A timer, not a microtask: the page's input events and paints run first. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function startBatchQueue(o: BatchQueueOptions): BatchQueue {
  let pending: FeedResult[] = []
  /** When each pending result arrived (performance.now()), in step with `pending`. */
  let arrivedAt: number[] = []
  let isDraining = false
  let stored: Promise<void> = Promise.resolve()
  let wake: (() => void) | undefined

  const isFull = () => {
    const { maxResults, minArticles = 0 } = o.limits
    return pending.length >= maxResults || pending.reduce((n, r) => n + articleCount(r), 0) >= minArticles
  }
  /** Resolves once the pending results make a full batch, or the oldest of them has waited gatherMs. */
  const gathered = async () => {
    const wait = (o.limits.gatherMs ?? 0) - (performance.now() - arrivedAt[0])
    if (wait <= 0 || isFull()) return
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        wake = undefined
        resolve()
      }
      const timer = setTimeout(done, wait)
      wake = done
    })
  }

  const takeBatch = (): FeedResult[] => {
    const { maxResults, maxArticles } = o.limits
    let n = 1
    let articles = articleCount(pending[0])
    while (n < pending.length && n < maxResults && articles + articleCount(pending[n]) <= maxArticles) articles += articleCount(pending[n++])
    const batch = pending.slice(0, n)
    pending = pending.slice(n)
    arrivedAt = arrivedAt.slice(n)
    return batch
  }
  const drain = async () => {
    while (pending.length > 0) {
      await gathered()
      const batch = takeBatch()
      // Both handle their own failures; a stray rejection must not stall the results behind it.
      await o.store(batch).catch(() => undefined)
      await o.followUp(batch).catch(() => undefined)
      if (pending.length > 0) await yieldToPage()
    }
    isDraining = false
    o.onDrained?.()
  }
  return {
    push(result) {
      pending.push(result)
      arrivedAt.push(performance.now())
      if (wake && isFull()) wake()
      if (isDraining) return
      isDraining = true
      stored = stored.then(drain)
    },
    get isDraining() {
      return isDraining
    },
    idle: () => stored,
  }
}

function articleCount(result: FeedResult | undefined): number {
  return result?.kind === 'updated' && Array.isArray(result.articles) ? result.articles.length : 0
}
