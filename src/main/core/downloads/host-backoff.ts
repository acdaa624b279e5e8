// Remembers hosts that asked us to slow down (429, or 503 with Retry-After) so no download goes to them
// before the time they gave. Feed polls have their own per-feed backoff (schedule.ts); pages are extra load.

/** A Retry-After longer than this is treated as this: a download queue should not sleep for a day. */
const MAX_HOST_BACKOFF_MS = 60 * 60_000
/** When a 429 gives no Retry-After. */
const DEFAULT_HOST_BACKOFF_MS = 5 * 60_000

export class HostBackoff {
  private readonly until = new Map<string, number>()

  constructor(private readonly now: () => number = Date.now) {}

  /** Records a rate-limit answer from host. */
  pause(host: string, retryAfterMs: number | undefined): void {
    const ms = Math.min(retryAfterMs ?? DEFAULT_HOST_BACKOFF_MS, MAX_HOST_BACKOFF_MS)
    this.until.set(host, Math.max(this.until.get(host) ?? 0, this.now() + ms))
  }

  /** Milliseconds until host may be contacted again; 0 when it may now. */
  waitFor(host: string): number {
    const until = this.until.get(host)
    if (until === undefined) return 0
    const left = until - this.now()
    if (left <= 0) this.until.delete(host)
    return Math.max(0, left)
  }
}
