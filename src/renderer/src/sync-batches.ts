// Stores poll results as they stream in: in arrival order, a burst in batches sized by measured storing time, the
// page given a turn (input, the list's re-read) between batches, and each batch's follow-up work off the storing path.
import type { FeedResult } from '../../shared/model'

export interface BatchLimits {
  /** Most results in one batch. */
  maxResults: number
  /** Most articles in one batch (a single larger result still goes alone). */
  maxArticles: number
  /** Fewest articles a batch is cut to however slow storing is: below this, commits cost more than they save. */
  minArticles: number
  /** A batch is sized so storing it takes about this long, from the time the last batches took per article. */
  targetMs: number
}

export interface BatchQueueOptions {
  limits: BatchLimits
  /** Stores one batch (one transaction). Never rejects: a failure is the store's to handle. */
  store: (batch: FeedResult[]) => Promise<void>
  /** Work after a batch is stored (downloads to request, listeners); runs in order, but the next batch does not wait. */
  followUp: (batch: FeedResult[]) => Promise<void>
  /** Called when the last pending batch is stored. */
  onDrained?: () => void
  now?: () => number
  /** Lets the page run waiting tasks (input, paints, list reads) before the next batch. */
  yieldToPage?: () => Promise<void>
}

export interface BatchQueue {
  push(result: FeedResult): void
  readonly isDraining: boolean
  /** Resolves when every result pushed so far is stored and followed up. */
  idle(): Promise<void>
}

/** A timer, not a microtask: the page's input events, paints and IndexedDB callbacks run first. */
const yieldByTimer = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Batches measured with fewer articles say little about the cost per article (commit overhead dominates). */
const MIN_MEASURED_ARTICLES = 20

export function startBatchQueue(o: BatchQueueOptions): BatchQueue {
  const now = o.now ?? (() => performance.now())
  const yieldToPage = o.yieldToPage ?? yieldByTimer
  let pending: FeedResult[] = []
  let isDraining = false
  let stored: Promise<void> = Promise.resolve()
  let followed: Promise<void> = Promise.resolve()
  /** Storing time per article, smoothed over the last batches; undefined until a batch was measured. */
  let msPerArticle: number | undefined

  const articleBudget = () => {
    const { maxArticles, minArticles, targetMs } = o.limits
    if (msPerArticle === undefined) return maxArticles
    return Math.round(Math.min(maxArticles, Math.max(minArticles, targetMs / msPerArticle)))
  }
  const takeBatch = (): { batch: FeedResult[]; articles: number } => {
    const budget = articleBudget()
    let n = 1
    let articles = articleCount(pending[0])
    while (n < pending.length && n < o.limits.maxResults && articles + articleCount(pending[n]) <= budget) articles += articleCount(pending[n++])
    const batch = pending.slice(0, n)
    pending = pending.slice(n)
    return { batch, articles }
  }
  const measure = (articles: number, ms: number) => {
    if (articles < MIN_MEASURED_ARTICLES) return
    const sample = ms / articles
    msPerArticle = msPerArticle === undefined ? sample : (msPerArticle + sample) / 2
  }
  const drain = async () => {
    while (pending.length > 0) {
      const { batch, articles } = takeBatch()
      const startedAt = now()
      // Both handle their own failures; a stray rejection must not stall the results behind it.
      await o.store(batch).catch(() => undefined)
      measure(articles, now() - startedAt)
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

export function articleCount(result: FeedResult | undefined): number {
  return result?.kind === 'updated' && Array.isArray(result.articles) ? result.articles.length : 0
}
