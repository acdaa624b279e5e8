// Polls subscribed feeds on schedule and on demand, under a global and a per-host limit, with a watchdog per feed.
// Plain (injectable) timers and no electron import: the CLI and the browser mode run the same poller.
import type { FeedResult, RefreshProgress, Subscription } from '../../shared/model'
import { FeedError, toAppError } from './errors'
import { HostLimiter } from './host-limiter'
import { log, type Logger } from './log'
import { planNextPoll, type PollOutcome } from './schedule'

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface PollerOptions {
  /** Polls one feed. Should resolve to a FeedResult even on failure; a rejection is tolerated (see failedResult). */
  refresh: (sub: Subscription, signal: AbortSignal) => Promise<FeedResult>
  /** Every delivered result, scheduled or requested, after the poller has updated its own copy of the feed. */
  onResult: (result: FeedResult) => void
  onProgress?: (progress: RefreshProgress) => void
  now?: () => number
  /** For backoff jitter on failures the poller records itself; [0, 1). */
  random?: () => number
  concurrency?: number
  perHost?: number
  /** A limiter shared with other network work (article downloads), so one host's limit covers both; when
   *  given, concurrency and perHost are the limiter's own. */
  limiter?: HostLimiter
  /** A refresh that has not settled after this long is aborted and recorded as a timeout failure. */
  watchdogMs?: number
  timers?: Timers
  log?: Logger
}

export const DEFAULT_CONCURRENCY = 6
export const DEFAULT_PER_HOST = 2
const DEFAULT_WATCHDOG_MS = 120_000
/** Node timers run on a clock that stops during system sleep; waking at least this often bounds the lateness. */
const MAX_WAKE_MS = 5 * 60_000
/** A nextPollAt in the past from a buggy refresh must not turn into a busy loop. */
const MIN_REPOLL_MS = 60_000

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** One queued or running poll. `done` resolves when it settles (result delivered or poll cancelled). It carries no
 *  result: a round of 300 feeds would otherwise pin every feed's articles until the slowest feed answers. */
interface Job {
  readonly sub: Subscription
  readonly controller: AbortController
  readonly done: Promise<void>
  readonly resolve: () => void
  isSettled: boolean
  /** Frees the limiter slot; set once the job has started. */
  release?: () => void
}

/** How long a refresh of a feed the schedule does not name yet waits for it. */
const AWAIT_SCHEDULE_MS = 60_000

/**
 * Decisions:
 * - A feed is never polled twice at once: refreshNow and the schedule join a queued or running poll.
 * - Cancelled polls (stop(), feed removed, feed URL edited) yield no result: not sent to onResult. A late answer
 *   for a feed the reader deleted would otherwise resurrect it in the renderer.
 * - Results go to onResult only, as each feed settles; nothing keeps them afterwards. refreshNow only says when
 *   the round is over: collecting the round's results for it kept 15k articles (~80 MB) alive until the end.
 * - Progress covers everything queued since the poller was last idle, so overlapping scheduled and manual polls
 *   read as one round. The last feed's event is the end event (running false); there is no separate one.
 */
export class Poller {
  private subs = new Map<string, Subscription>()
  private readonly jobs = new Map<string, Job>()
  /** Started, unsettled jobs in start order; the oldest is reported as currentFeedId. */
  private readonly running = new Set<Job>()
  private readonly limiter: HostLimiter
  private readonly timers: Timers
  private readonly now: () => number
  private readonly random: () => number
  private readonly watchdogMs: number
  private readonly log: Logger
  private isStarted = false
  private wakeTimer: unknown
  private wakeAt = Infinity
  private done = 0
  private total = 0
  /** Ids refreshNow named before the schedule did (a feed just added, its schedule still on the way), with when
   *  the wish lapses: they are polled as soon as setSubscriptions brings them. */
  private readonly awaited = new Map<string, number>()
  /** Feeds this poller has had a result for: their failure count and 410 state are its own from then on. */
  private readonly polled = new Set<string>()

  constructor(private readonly options: PollerOptions) {
    this.limiter = options.limiter ?? new HostLimiter({
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      perHost: options.perHost ?? DEFAULT_PER_HOST,
    })
    this.timers = options.timers ?? defaultTimers
    this.now = options.now ?? (() => Date.now())
    this.random = options.random ?? Math.random
    this.watchdogMs = options.watchdogMs ?? DEFAULT_WATCHDOG_MS
    this.log = options.log ?? log.scope('poller')
  }

  get progress(): RefreshProgress {
    const current = this.running.values().next().value
    const progress: RefreshProgress = { done: this.done, total: this.total, running: this.jobs.size > 0 }
    return current ? { ...progress, currentFeedId: current.sub.id } : progress
  }

  /** The poller's copy of each feed, including state learned from results the renderer may not have stored yet. */
  get subscriptions(): Subscription[] {
    return [...this.subs.values()]
  }

  /**
   * Replaces the schedule. Polls of feeds still present keep running. For a feed whose id and URL are unchanged,
   * the later nextPollAt wins: the renderer may hand back a copy older than a result it has not stored yet, and
   * polling early is what refreshNow is for. Polls of removed feeds, or feeds whose URL changed, are cancelled.
   */
  setSubscriptions(subs: Subscription[]): void {
    const next = new Map<string, Subscription>()
    for (const sub of subs) {
      const known = this.subs.get(sub.id)
      const isSameFeed = known !== undefined && known.url === sub.url
      next.set(sub.id, isSameFeed ? keepOwnPollState(sub, known, this.polled.has(sub.id)) : sub)
      if (!isSameFeed) this.polled.delete(sub.id)
    }
    for (const id of this.polled) if (!next.has(id)) this.polled.delete(id)
    this.subs = next
    for (const job of [...this.jobs.values()]) {
      if (next.get(job.sub.id)?.url !== job.sub.url) this.cancel(job, `feed ${job.sub.id} was removed or changed`)
    }
    this.pollAwaited()
    if (this.isStarted) this.pollDue()
  }

  private pollAwaited(): void {
    if (this.awaited.size === 0) return
    const now = this.now()
    const totalBefore = this.total
    for (const [id, lapsesAt] of this.awaited) {
      const sub = this.subs.get(id)
      if (!sub && lapsesAt > now) continue
      this.awaited.delete(id)
      if (sub && lapsesAt > now && !this.jobs.has(id)) this.enqueue(sub)
    }
    if (this.total > totalBefore) this.reportProgress()
  }

  /**
   * Polls now: every feed not dead when feedIds is omitted; named feeds even when dead (how a reader retries a
   * 410). Unknown ids are skipped. Resolves when these feeds are done; their results went to onResult.
   */
  async refreshNow(feedIds?: string[]): Promise<void> {
    const targets = feedIds === undefined ? [...this.subs.values()].filter((s) => !s.isDead) : this.lookUp(feedIds)
    const totalBefore = this.total
    const pending = targets.map((sub) => (this.jobs.get(sub.id) ?? this.enqueue(sub)).done)
    if (this.total > totalBefore) this.reportProgress()
    await Promise.all(pending)
  }

  /** Polls due feeds now and then each at its nextPollAt (missing = due now), with one timer for the earliest. */
  start(): void {
    this.isStarted = true
    this.pollDue()
  }

  /** Stops scheduling, drops queued polls, aborts running ones; pending refreshNow calls resolve at once. */
  stop(): void {
    this.isStarted = false
    this.clearWake()
    this.limiter.clear()
    const jobs = [...this.jobs.values()]
    for (const job of jobs) this.cancel(job, 'poller stopped', true)
    if (jobs.length > 0) this.reportProgress()
  }

  private lookUp(feedIds: string[]): Subscription[] {
    const unknown: string[] = []
    const found = feedIds.flatMap((id) => {
      const sub = this.subs.get(id)
      if (!sub) unknown.push(id)
      return sub ? [sub] : []
    })
    if (unknown.length === 0) return found
    // A refresh of just-added feeds can arrive before their schedule does: poll them when it comes, for a minute.
    const lapsesAt = this.now() + AWAIT_SCHEDULE_MS
    for (const id of unknown) this.awaited.set(id, lapsesAt)
    // One line, not one per id: an import of 10,000 feeds asks for all of them at once.
    this.log.info(`refresh of ${unknown.length} feed(s) not in the schedule yet waits for it: ${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', …' : ''}`)
    return found
  }

  private pollDue(): void {
    const now = this.now()
    const totalBefore = this.total
    for (const sub of this.subs.values()) {
      if (!sub.isDead && !this.jobs.has(sub.id) && (sub.nextPollAt ?? -Infinity) <= now) this.enqueue(sub)
    }
    if (this.total > totalBefore) this.reportProgress()
    this.armWake()
  }

  /** One timer for the earliest due feed: a full scan, so only where many feeds may have changed (pollDue). */
  private armWake(): void {
    this.clearWake()
    if (!this.isStarted) return
    let earliest = Infinity
    for (const sub of this.subs.values()) {
      if (!sub.isDead && !this.jobs.has(sub.id)) earliest = Math.min(earliest, sub.nextPollAt ?? -Infinity)
    }
    this.setWake(earliest)
  }

  /** After one feed settled only its own next poll is new: bring the timer forward if it is earlier. A full scan
   *  here made a round of 10,000 feeds cost 10,000 × 10,000 steps (minutes of main-thread time). */
  private wakeNoLaterThanFeed(id: string): void {
    const sub = this.subs.get(id)
    if (!this.isStarted || !sub || sub.isDead || this.jobs.has(id)) return
    const at = sub.nextPollAt ?? -Infinity
    if (at < this.wakeAt) this.setWake(at)
  }

  private setWake(at: number): void {
    this.clearWake()
    if (at === Infinity) return
    const delay = Math.min(Math.max(0, at - this.now()), MAX_WAKE_MS)
    this.wakeAt = this.now() + delay
    this.wakeTimer = this.timers.setTimeout(() => {
      this.wakeTimer = undefined
      this.wakeAt = Infinity
      this.pollDue()
    }, delay)
  }

  private clearWake(): void {
    if (this.wakeTimer === undefined) return
    this.timers.clearTimeout(this.wakeTimer)
    this.wakeTimer = undefined
    this.wakeAt = Infinity
  }

  private enqueue(sub: Subscription): Job {
    let resolve!: () => void
    const done = new Promise<void>((r) => (resolve = r))
    const job: Job = { sub, controller: new AbortController(), done, resolve, isSettled: false }
    this.jobs.set(sub.id, job)
    this.total++
    // Urgent in a limiter shared with article downloads: a feed's poll goes before pages asked for other feeds.
    this.limiter.push(hostOf(sub.url), (release) => this.run(job, release), true)
    return job
  }

  /** Runs under a limiter slot, held until the job settles, which the watchdog guarantees even if refresh never does. */
  private run(job: Job, release: () => void): void {
    if (job.isSettled) return release() // cancelled while queued
    job.release = release
    this.running.add(job)
    const watchdog = this.timers.setTimeout(() => {
      const error = new FeedError('timeout', `No answer for ${job.sub.url} after ${this.watchdogMs / 1000} s; aborted`)
      this.log.warn(error.message)
      job.controller.abort(error)
      this.settle(job, this.failedResult(job.sub, error))
    }, this.watchdogMs)
    void job.done.then(() => this.timers.clearTimeout(watchdog))
    new Promise<FeedResult>((resolve) => resolve(this.options.refresh(job.sub, job.controller.signal)))
      .then((result) => {
        if (!hasHttpState(result)) throw new Error(`refresh of ${job.sub.url} resolved without a FeedResult`)
        return result
      })
      .then(
        (result) => this.settle(job, result),
        (err: unknown) => {
          this.log.error(`refresh of ${job.sub.url} rejected: ${toAppError(err).message}`)
          this.settle(job, this.failedResult(job.sub, err))
        },
      )
      // Last line of defence: an unhandled rejection would end the whole process under Node's default policy.
      .catch((err: unknown) => this.log.error(`poller bookkeeping failed for ${job.sub.url}: ${toAppError(err).message}`))
  }

  private cancel(job: Job, reason: string, isQuiet = false): void {
    job.controller.abort(new Error(`Poll of ${job.sub.url} cancelled: ${reason}`))
    this.settle(job, undefined, isQuiet)
  }

  /** First settlement wins; a refresh answering after its watchdog fired or after cancellation is ignored. */
  private settle(job: Job, result: FeedResult | undefined, isQuiet = false): void {
    if (job.isSettled) return
    job.isSettled = true
    this.running.delete(job)
    if (this.jobs.get(job.sub.id) === job) this.jobs.delete(job.sub.id)
    this.done++
    if (result) {
      this.applyResult(job.sub.id, result)
      this.callSafely('onResult', () => this.options.onResult(result))
    }
    job.resolve()
    job.release?.() // starts the next queued job now, so the progress event below names it
    this.wakeNoLaterThanFeed(job.sub.id)
    if (!isQuiet) this.reportProgress()
  }

  /** Keeps polling correctly without the renderer: next time uses the new URL, validators and schedule. */
  private applyResult(id: string, result: FeedResult): void {
    const sub = this.subs.get(id)
    if (!sub) return
    this.polled.add(id)
    const http = result.http
    this.subs.set(id, {
      ...sub,
      url: http.url || sub.url,
      validators: http.validators ?? sub.validators,
      nextPollAt: Number.isFinite(http.nextPollAt) ? Math.max(http.nextPollAt, this.now() + MIN_REPOLL_MS) : undefined,
      failureCount: http.failureCount,
      isDead: http.isDead,
      intervalMinutes: http.intervalMinutes,
    })
  }

  /**
   * A refresh that rejects or hangs is a bug or a stuck socket, never a reason for the poller to die.
   * A FeedError keeps its code (and Retry-After / 410 for backoff); anything else is 'internal'.
   */
  private failedResult(sub: Subscription, err: unknown): FeedResult {
    const now = this.now()
    const isFeedError = err instanceof FeedError
    const outcome: PollOutcome = isFeedError
      ? { kind: 'failure', retryAfterMs: err.retryAfterMs, isGone: err.code === 'gone' }
      : { kind: 'failure' }
    const error = isFeedError
      ? toAppError(err)
      : { code: 'internal' as const, message: `Refresh of ${sub.url} failed: ${toAppError(err).message}` }
    const plan = planNextPoll(sub, outcome, now, this.random)
    return { feedId: sub.id, kind: 'failed', error, http: { url: sub.url, validators: sub.validators, fetchedAt: now, bytes: 0, ...plan } }
  }

  private reportProgress(): void {
    const progress = this.progress
    if (!progress.running) {
      this.done = 0
      this.total = 0
    }
    this.callSafely('onProgress', () => this.options.onProgress?.(progress))
  }

  private callSafely(what: string, fn: () => void): void {
    try {
      fn()
    } catch (err) {
      this.log.error(`${what} listener threw: ${toAppError(err).message}`)
    }
  }
}

function hasHttpState(result: unknown): result is FeedResult {
  if (typeof result !== 'object' || result === null) return false
  const http = (result as { http?: unknown }).http
  return typeof http === 'object' && http !== null
}

/**
 * A feed the renderer hands back unchanged (same id and URL) keeps what only this process can know for sure. The
 * later nextPollAt wins. Once this poller has had a result for the feed, the failure count and the 410 state are its
 * own: the renderer's copy can lag a failure it has not stored yet, and a Retry counted from it would show a stale
 * attempt number. Validators stay the renderer's: it hands older ones back on purpose when a store failed (sync.ts).
 */
function keepOwnPollState(incoming: Subscription, known: Subscription, hasPolled: boolean): Subscription {
  const nextPollAt = known.nextPollAt !== undefined && (incoming.nextPollAt === undefined || incoming.nextPollAt < known.nextPollAt) ? known.nextPollAt : incoming.nextPollAt
  const merged = hasPolled ? { ...incoming, failureCount: known.failureCount, isDead: known.isDead } : { ...incoming }
  if (nextPollAt !== undefined) merged.nextPollAt = nextPollAt
  for (const key of ['failureCount', 'isDead'] as const) if (merged[key] === undefined) delete merged[key]
  return merged
}

/** The per-host limit protects a server, so the key is the hostname (ports share it). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return url
  }
}
