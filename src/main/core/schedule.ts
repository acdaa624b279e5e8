// When to poll a feed next, from the last outcome. Pure functions: clock and randomness come in as arguments.
// No electron, no timers, no I/O.
import type { FeedHttpState, Subscription } from '../../shared/model'

export const DEFAULT_INTERVAL_MINUTES = 30
/** Feed hints (ttl, sy:updatePeriod, max-age) may raise the interval up to this, never beyond. */
export const MAX_INTERVAL_MINUTES = 24 * 60
/** The first retry after a failure waits up to this long; each further failure doubles it. */
export const BASE_BACKOFF_MS = 60_000
export const MAX_BACKOFF_MS = 24 * 60 * 60_000
/** Full jitter can draw ~0; this floor keeps a broken feed from being retried in a tight loop. */
export const MIN_RETRY_MS = 60_000
/** Retry-After is honoured past MAX_BACKOFF_MS, but an absurd value (years) must not silently kill a feed. */
export const MAX_RETRY_AFTER_MS = 7 * 24 * 60 * 60_000

export type PollOutcome =
  | { kind: 'success'; ttlMinutes?: number; updatePeriodMinutes?: number; maxAgeSeconds?: number }
  | { kind: 'failure'; retryAfterMs?: number; isGone?: boolean }

export type PollPlan = Pick<FeedHttpState, 'nextPollAt' | 'failureCount' | 'isDead' | 'intervalMinutes'>

const MINUTE_MS = 60_000
const isPositive = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n) && n > 0

/**
 * The reader's base interval. Not rounded or capped: a reader who wants a feed checked weekly gets that.
 * Below one minute is floored, so a typo cannot make us hammer a server.
 */
function baseIntervalMinutes(sub: Pick<Subscription, 'intervalMinutes'>): number {
  return isPositive(sub.intervalMinutes) ? Math.max(1, sub.intervalMinutes) : DEFAULT_INTERVAL_MINUTES
}

/** The interval actually waited after a success: feed hints only ever lengthen it, and only up to 24 h. */
function effectiveIntervalMinutes(base: number, outcome: Extract<PollOutcome, { kind: 'success' }>): number {
  const hints = [outcome.ttlMinutes, outcome.updatePeriodMinutes, outcome.maxAgeSeconds && outcome.maxAgeSeconds / 60]
  const hinted = Math.min(Math.max(0, ...hints.filter(isPositive)), MAX_INTERVAL_MINUTES)
  return Math.max(base, hinted)
}

/**
 * Backoff before retry number `failureCount` (1 = first failure): full jitter over 1 min × 2^(n-1), capped at
 * 24 h, with a one-minute floor. Full jitter spreads retries of many feeds failing at once (one host down).
 */
export function backoffMs(failureCount: number, random: () => number): number {
  const exponent = Math.min(Math.max(0, failureCount - 1), 30) // 2^30 min is far past the cap; avoids Infinity
  const ceiling = Math.min(BASE_BACKOFF_MS * 2 ** exponent, MAX_BACKOFF_MS)
  const r = Math.min(Math.max(random(), 0), 1)
  return Math.max(MIN_RETRY_MS, Math.floor(r * ceiling))
}

/**
 * Plans the next poll after one outcome.
 *
 * `intervalMinutes` in the plan is the reader's base, passed through unchanged, NOT the raised interval:
 * the renderer stores it and hands it back as `prev.intervalMinutes`, so returning the raised value would ratchet
 * (one max-age=86400 answer from a CDN would pin the feed to daily polls forever). The raise lives in nextPollAt.
 *
 * `isDead` means "the last answer was 410 Gone": any other outcome, including a plain failure when the reader
 * retries a dead feed, clears it, and that feed is then scheduled with ordinary backoff.
 */
export function planNextPoll(prev: Subscription, outcome: PollOutcome, now: number, random: () => number): PollPlan {
  const intervalMinutes = baseIntervalMinutes(prev)
  if (outcome.kind === 'success') {
    const waitMs = effectiveIntervalMinutes(intervalMinutes, outcome) * MINUTE_MS
    return { nextPollAt: now + waitMs, failureCount: 0, isDead: false, intervalMinutes }
  }
  const failureCount = Math.max(0, prev.failureCount ?? 0) + 1
  if (outcome.isGone) {
    // Dead feeds are not scheduled at all; nextPollAt only needs to be a sane, non-due time.
    return { nextPollAt: now + MAX_BACKOFF_MS, failureCount, isDead: true, intervalMinutes }
  }
  const retryAfterMs = isPositive(outcome.retryAfterMs) ? Math.min(outcome.retryAfterMs, MAX_RETRY_AFTER_MS) : 0
  const waitMs = Math.max(backoffMs(failureCount, random), retryAfterMs)
  return { nextPollAt: now + waitMs, failureCount, isDead: false, intervalMinutes }
}
