import { describe, expect, it } from 'vitest'
import {
  BASE_BACKOFF_MS,
  DEFAULT_INTERVAL_MINUTES,
  MAX_BACKOFF_MS,
  MAX_INTERVAL_MINUTES,
  MAX_RETRY_AFTER_MS,
  MIN_RETRY_MS,
  backoffMs,
  planNextPoll,
  type PollOutcome,
} from '../../../src/main/core/schedule'
import type { Subscription } from '../../../src/shared/model'

const NOW = Date.UTC(2025, 0, 1, 12)
const MIN = 60_000
const HOUR = 60 * MIN
const makeSub = (over: Partial<Subscription> = {}): Subscription => ({ id: 'f1', url: 'https://example.org/rss', ...over })
const fixed = (r: number) => () => r
const success = (hints: Omit<Extract<PollOutcome, { kind: 'success' }>, 'kind'> = {}): PollOutcome => ({ kind: 'success', ...hints })

describe('planNextPoll on success', () => {
  it.each([
    { name: 'no hints: default 30 min', sub: {}, hints: {}, waitMin: 30 },
    { name: 'reader base is used', sub: { intervalMinutes: 60 }, hints: {}, waitMin: 60 },
    { name: 'ttl above base raises', sub: {}, hints: { ttlMinutes: 120 }, waitMin: 120 },
    { name: 'ttl below base does not lower', sub: { intervalMinutes: 60 }, hints: { ttlMinutes: 5 }, waitMin: 60 },
    { name: 'sy:updatePeriod raises', sub: {}, hints: { updatePeriodMinutes: 360 }, waitMin: 360 },
    { name: 'max-age raises (seconds)', sub: {}, hints: { maxAgeSeconds: 7200 }, waitMin: 120 },
    { name: 'largest hint wins', sub: {}, hints: { ttlMinutes: 45, updatePeriodMinutes: 90, maxAgeSeconds: 3600 }, waitMin: 90 },
    { name: 'hints capped at 24 h', sub: {}, hints: { ttlMinutes: 10_000, maxAgeSeconds: 31_536_000 }, waitMin: MAX_INTERVAL_MINUTES },
    { name: 'a reader base over 24 h is respected', sub: { intervalMinutes: 2 * 24 * 60 }, hints: { ttlMinutes: 60 }, waitMin: 2 * 24 * 60 },
    { name: 'zero/negative/NaN hints ignored', sub: {}, hints: { ttlMinutes: 0, updatePeriodMinutes: -5, maxAgeSeconds: Number.NaN }, waitMin: 30 },
    { name: 'invalid base falls back to default', sub: { intervalMinutes: 0 }, hints: {}, waitMin: DEFAULT_INTERVAL_MINUTES },
    { name: 'base under a minute is floored to 1', sub: { intervalMinutes: 0.01 }, hints: {}, waitMin: 1 },
  ])('$name', ({ sub, hints, waitMin }) => {
    const plan = planNextPoll(makeSub(sub), success(hints), NOW, fixed(0.5))
    expect(plan.nextPollAt).toBe(NOW + waitMin * MIN)
  })

  it('resets failureCount and isDead', () => {
    const plan = planNextPoll(makeSub({ failureCount: 7, isDead: true }), success(), NOW, fixed(0.5))
    expect(plan).toMatchObject({ failureCount: 0, isDead: false })
  })

  it('returns the base interval, not the raised one, so feeding it back cannot ratchet', () => {
    const first = planNextPoll(makeSub({ intervalMinutes: 30 }), success({ maxAgeSeconds: 86_400 }), NOW, fixed(0.5))
    expect(first.intervalMinutes).toBe(30)
    const second = planNextPoll(makeSub({ intervalMinutes: first.intervalMinutes }), success(), NOW, fixed(0.5))
    expect(second.nextPollAt).toBe(NOW + 30 * MIN)
  })
})

describe('planNextPoll on failure', () => {
  it('counts the failure and keeps the base interval', () => {
    const plan = planNextPoll(makeSub({ failureCount: 2, intervalMinutes: 45 }), { kind: 'failure' }, NOW, fixed(0.5))
    expect(plan).toMatchObject({ failureCount: 3, isDead: false, intervalMinutes: 45 })
  })

  it.each([
    { failures: 1, ceiling: 1 * MIN },
    { failures: 2, ceiling: 2 * MIN },
    { failures: 3, ceiling: 4 * MIN },
    { failures: 6, ceiling: 32 * MIN },
    { failures: 11, ceiling: 1024 * MIN },
    { failures: 12, ceiling: MAX_BACKOFF_MS },
    { failures: 500, ceiling: MAX_BACKOFF_MS },
  ])('failure #$failures waits at most $ceiling ms', ({ failures, ceiling }) => {
    const prev = makeSub({ failureCount: failures - 1 })
    const top = planNextPoll(prev, { kind: 'failure' }, NOW, fixed(0.999_999))
    expect(top.nextPollAt - NOW).toBeLessThanOrEqual(ceiling)
    expect(top.nextPollAt - NOW).toBeGreaterThanOrEqual(Math.max(MIN_RETRY_MS, Math.floor(ceiling * 0.999)))
  })

  it('backoff ceiling grows then stays at 24 h', () => {
    const waits = [1, 2, 3, 4, 5, 10, 11, 12, 13, 40].map((n) => backoffMs(n, fixed(1)))
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!)
    expect(waits.at(-1)).toBe(MAX_BACKOFF_MS)
    expect(backoffMs(1000, fixed(1))).toBe(MAX_BACKOFF_MS)
  })

  it.each([0, 0.1, 0.25, 0.5, 0.75, 0.999])('jitter r=%s stays within [1 min floor, ceiling]', (r) => {
    const failures = 8 // ceiling 128 min
    const wait = backoffMs(failures, fixed(r))
    expect(wait).toBe(Math.max(MIN_RETRY_MS, Math.floor(r * 128 * MIN)))
    expect(wait).toBeGreaterThanOrEqual(MIN_RETRY_MS)
    expect(wait).toBeLessThanOrEqual(128 * MIN)
  })

  it('full jitter draws from the whole range, not a fixed delay', () => {
    const low = backoffMs(8, fixed(0.1))
    const high = backoffMs(8, fixed(0.9))
    expect(high - low).toBe(Math.floor(0.9 * 128 * MIN) - Math.floor(0.1 * 128 * MIN))
  })

  it('never retries sooner than one minute even when random returns 0', () => {
    expect(backoffMs(1, fixed(0))).toBe(MIN_RETRY_MS)
    expect(BASE_BACKOFF_MS).toBe(MIN)
  })

  it.each([
    { name: 'Retry-After above backoff is the floor', retryAfterMs: 3 * HOUR, failures: 0, want: 3 * HOUR },
    // 10th failure: ceiling 2^9 min, half of it with r = 0.5
    { name: 'Retry-After below backoff leaves backoff', retryAfterMs: 1000, failures: 9, want: Math.floor(0.5 * 512 * MIN) },
    { name: 'Retry-After beyond 24 h is still honoured', retryAfterMs: 2 * 24 * HOUR, failures: 30, want: 2 * 24 * HOUR },
    { name: 'absurd Retry-After is capped at 7 days', retryAfterMs: 10 * 365 * 24 * HOUR, failures: 0, want: MAX_RETRY_AFTER_MS },
    { name: 'negative Retry-After ignored', retryAfterMs: -5, failures: 0, want: MIN_RETRY_MS },
  ])('$name', ({ retryAfterMs, failures, want }) => {
    const plan = planNextPoll(makeSub({ failureCount: failures }), { kind: 'failure', retryAfterMs }, NOW, fixed(0.5))
    expect(plan.nextPollAt - NOW).toBe(want)
  })

  it('410 Gone marks the feed dead with a non-due nextPollAt', () => {
    const plan = planNextPoll(makeSub({ failureCount: 1 }), { kind: 'failure', isGone: true }, NOW, fixed(0.5))
    expect(plan).toMatchObject({ isDead: true, failureCount: 2 })
    expect(plan.nextPollAt).toBeGreaterThan(NOW)
  })

  it('a non-410 failure of a dead feed (reader retry) clears isDead and backs off', () => {
    const plan = planNextPoll(makeSub({ isDead: true, failureCount: 3 }), { kind: 'failure' }, NOW, fixed(0.5))
    expect(plan).toMatchObject({ isDead: false, failureCount: 4 })
    expect(plan.nextPollAt - NOW).toBe(Math.floor(0.5 * 8 * MIN))
  })
})
