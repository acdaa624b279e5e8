// Poll results kept in the main process while no window can store them (closed to the tray, or between a
// renderer crash and its reload). Each result is appended to a file in the app's data folder as it arrives, so
// quitting loses nothing; the window drains the buffer when it opens and acknowledges once stored.
import type { FeedResult, IncomingArticle } from '../../shared/model'

/** The file side, injected so tests use memory and the app uses node:fs. */
export interface BufferStore {
  append(line: string): void
  readAll(): string
  clear(): void
  /** Replaces the file's content at once (temp file + rename). */
  replace(text: string): void
}

export interface BufferLimits {
  /** Articles kept across all buffered results; beyond it the oldest published are dropped (and logged). */
  maxArticles: number
  /** Appended bytes after which the file is rewritten as one merged line per feed: busy feeds change at every
   *  poll, and each poll appends the whole feed again. */
  compactBytes: number
}

const DEFAULT_BUFFER_LIMITS: BufferLimits = { maxArticles: 50_000, compactBytes: 16 * 1024 * 1024 }

/** Folds results of one feed into one: the newest HTTP state, and every article seen (the newest copy of each). */
function merge(older: FeedResult, newer: FeedResult): FeedResult {
  if (newer.kind === 'updated' && older.kind === 'updated') {
    const byId = new Map<string, IncomingArticle>(older.articles.map((a) => [a.id, a]))
    for (const a of newer.articles) byId.set(a.id, a)
    return { ...newer, articles: [...byId.values()] }
  }
  // A later 'unchanged' or 'failed' must not hide articles an earlier poll brought: keep them, take the new state.
  if (older.kind === 'updated') return { ...older, http: newer.http }
  return newer
}

export class ResultBuffer {
  private byFeed = new Map<string, FeedResult>()
  private inFlight = new Map<string, FeedResult>()
  private appendedBytes = 0

  constructor(
    private readonly store: BufferStore,
    private readonly limits: BufferLimits = DEFAULT_BUFFER_LIMITS,
    private readonly warn: (message: string) => void = () => {},
  ) {
    const text = store.readAll()
    let isTorn = false
    for (const line of text.split('\n')) {
      if (!line.trim()) continue
      try {
        this.fold(JSON.parse(line) as FeedResult)
      } catch {
        isTorn = true
        warn('result buffer: skipped a line cut short by a crash') // only the last line can be partial
      }
    }
    // The next append would continue the torn line and be lost with it: rewrite the file without it first.
    if (isTorn || (text !== '' && !text.endsWith('\n'))) this.compact()
  }

  /** Feeds with buffered results. */
  get size(): number {
    return this.peek().length
  }

  articleCount(): number {
    let n = 0
    for (const r of this.peek()) if (r.kind === 'updated') n += r.articles.length
    return n
  }

  add(result: FeedResult): void {
    const line = JSON.stringify(result)
    this.store.append(line)
    this.appendedBytes += line.length + 1
    this.fold(result)
    if (this.appendedBytes > this.limits.compactBytes) this.compact()
  }

  /** Rewrites the file as the merged state: one line per feed. */
  compact(): void {
    const lines = this.peek().map((r) => JSON.stringify(r))
    this.store.replace(lines.length ? `${lines.join('\n')}\n` : '')
    this.appendedBytes = 0
  }

  /** Everything buffered, one merged result per feed, including what an earlier drain handed out that was
   *  never acknowledged (the window reloaded before storing it). */
  peek(): FeedResult[] {
    const all = new Map(this.inFlight)
    for (const [feedId, r] of this.byFeed) {
      const older = all.get(feedId)
      all.set(feedId, older ? merge(older, r) : r)
    }
    return [...all.values()]
  }

  /** Hands everything to the window; results arriving meanwhile stay buffered. The file keeps all of it until
   *  `acknowledge`, so a crash before the window stored them replays them (ingest is idempotent by id). */
  drain(): FeedResult[] {
    const out = this.peek()
    this.inFlight = new Map(out.map((r) => [r.feedId, r]))
    this.byFeed.clear()
    return out
  }

  /** The window stored the last drain: forget it, keep what arrived since. */
  acknowledge(): void {
    this.inFlight.clear()
    if (this.byFeed.size === 0) this.store.clear()
    else this.compact()
    this.appendedBytes = 0
  }

  private fold(result: FeedResult): void {
    const older = this.byFeed.get(result.feedId)
    this.byFeed.set(result.feedId, older ? merge(older, result) : result)
    this.enforceLimit()
  }

  private enforceLimit(): void {
    const over = this.articleCount() - this.limits.maxArticles
    if (over <= 0) return
    const all: Array<{ feedId: string; id: string; at: string }> = []
    for (const r of this.byFeed.values()) if (r.kind === 'updated') for (const a of r.articles) all.push({ feedId: r.feedId, id: a.id, at: a.publishedAt })
    all.sort((a, b) => a.at.localeCompare(b.at))
    const drop = new Set(all.slice(0, over).map((a) => `${a.feedId}\u0000${a.id}`))
    for (const [feedId, r] of this.byFeed) {
      if (r.kind === 'updated') this.byFeed.set(feedId, { ...r, articles: r.articles.filter((a) => !drop.has(`${feedId}\u0000${a.id}`)) })
    }
    this.warn(`result buffer: over ${this.limits.maxArticles} articles, dropped the ${over} oldest`)
  }
}
