// Hands refresh progress to the window at most every PROGRESS_INTERVAL_MS: the poller reports every settled feed,
// and a first poll of an imported 10,000-feed OPML meant 10,000 events, each a message and a render on a page that
// is busy storing their results. The first event of a burst and the end of a round go at once; in between, only
// the latest waits, so the window never shows a count older than a tenth of a second, nor "running" after the end.
import type { RefreshProgress } from '../../shared/model'

const PROGRESS_INTERVAL_MS = 100

export interface ThrottleClock {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const realClock: ThrottleClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

export class ProgressThrottle {
  private sentAt = -Infinity
  private pending: RefreshProgress | undefined
  private timer: unknown

  constructor(
    private readonly emit: (progress: RefreshProgress) => void,
    private readonly clock: ThrottleClock = realClock,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
  ) {}

  push(progress: RefreshProgress): void {
    const now = this.clock.now()
    if (!progress.running || (this.timer === undefined && now - this.sentAt >= this.intervalMs)) {
      this.cancel()
      this.send(progress, now)
      return
    }
    this.pending = progress
    this.timer ??= this.clock.setTimeout(() => {
      this.timer = undefined
      const latest = this.pending
      this.pending = undefined
      if (latest) this.send(latest, this.clock.now())
    }, Math.max(0, this.sentAt + this.intervalMs - now))
  }

  /** Drops a waiting event (the service stopped). */
  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer)
    this.timer = undefined
    this.pending = undefined
  }

  private send(progress: RefreshProgress, now: number): void {
    this.sentAt = now
    this.emit(progress)
  }
}
