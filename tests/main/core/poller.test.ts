import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FeedError } from '../../../src/main/core/errors'
import type { Logger } from '../../../src/main/core/log'
import { Poller, type PollerOptions } from '../../../src/main/core/poller'
import { planNextPoll } from '../../../src/main/core/schedule'
import type { FeedHttpState, FeedResult, RefreshProgress, Subscription } from '../../../src/shared/model'

const T0 = Date.UTC(2025, 0, 1, 12)
const MIN = 60_000

const makeSub = (id: string, over: Partial<Subscription> = {}): Subscription => ({
  id,
  url: `https://${id}.example/rss`,
  ...over,
})

/** What a real refresh would answer for an unchanged feed, scheduled by the real planner. */
function unchanged(sub: Subscription, http: Partial<FeedHttpState> = {}): FeedResult {
  const now = Date.now()
  const plan = planNextPoll(sub, { kind: 'success' }, now, () => 0.5)
  return { feedId: sub.id, kind: 'unchanged', http: { url: sub.url, validators: sub.validators, fetchedAt: now, bytes: 0, ...plan, ...http } }
}

type Behaviour = number | 'hang' | 'reject' | ((sub: Subscription) => FeedResult)

/** A fake network: each feed answers after a delay (fake timers), hangs, or rejects; counts requests in flight. */
function makeNetwork(behaviour: (sub: Subscription) => Behaviour = () => 1000) {
  const calls: { sub: Subscription; signal: AbortSignal }[] = []
  const inFlightByHost = new Map<string, number>()
  const net = { calls, inFlight: 0, maxInFlight: 0, maxPerHost: new Map<string, number>() }
  const track = (host: string, delta: number) => {
    net.inFlight += delta
    net.maxInFlight = Math.max(net.maxInFlight, net.inFlight)
    const n = (inFlightByHost.get(host) ?? 0) + delta
    inFlightByHost.set(host, n)
    net.maxPerHost.set(host, Math.max(net.maxPerHost.get(host) ?? 0, n))
  }
  const refresh = (sub: Subscription, signal: AbortSignal): Promise<FeedResult> => {
    calls.push({ sub, signal })
    const how = behaviour(sub)
    if (how === 'reject') return Promise.reject(new TypeError(`cannot read properties of undefined (${sub.id})`))
    const host = new URL(sub.url).hostname
    track(host, +1)
    if (how === 'hang') return new Promise(() => {})
    const respond = typeof how === 'function' ? how : unchanged
    const delay = typeof how === 'number' ? how : 1000
    return new Promise((resolve) => setTimeout(() => (track(host, -1), resolve(respond(sub))), delay))
  }
  return Object.assign(net, { refresh })
}

const silentLog = (): Logger & { lines: string[] } => {
  const lines: string[] = []
  return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) }
}

function makePoller(refresh: PollerOptions['refresh'], over: Partial<PollerOptions> = {}) {
  const results: FeedResult[] = []
  const progress: RefreshProgress[] = []
  const poller = new Poller({
    refresh,
    onResult: (r) => results.push(r),
    onProgress: (p) => progress.push(p),
    random: () => 0.5,
    log: silentLog(),
    ...over,
  })
  return { poller, results, progress }
}

/** What a real refresh answers for a feed that failed, scheduled by the real planner from the copy it was given. */
function failing(sub: Subscription): FeedResult {
  const now = Date.now()
  const plan = planNextPoll(sub, { kind: 'failure' }, now, () => 0.5)
  return { feedId: sub.id, kind: 'failed', error: { code: 'network', message: 'refused' }, http: { url: sub.url, fetchedAt: now, bytes: 0, ...plan } }
}

/** Lets a manual round's fake requests answer, then waits for it. */
async function runRound(round: Promise<void>): Promise<void> {
  await vi.advanceTimersByTimeAsync(1100)
  await round
}

const ids = (results: FeedResult[]) => results.map((r) => r.feedId)
const byId = (results: FeedResult[], id: string) => results.find((r) => r.feedId === id)

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(T0)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('Poller limits', () => {
  it('never runs more than `concurrency` refreshes at once', async () => {
    const net = makeNetwork()
    const { poller, results } = makePoller(net.refresh, { concurrency: 3 })
    poller.setSubscriptions(Array.from({ length: 20 }, (_, i) => makeSub(`f${i}`)))
    const round = poller.refreshNow()
    await vi.advanceTimersByTimeAsync(10_000)
    await round
    expect(results).toHaveLength(20)
    expect(net.maxInFlight).toBe(3)
  })

  it('never runs more than 2 refreshes against one host by default', async () => {
    const net = makeNetwork()
    const { poller, results } = makePoller(net.refresh)
    poller.setSubscriptions(Array.from({ length: 6 }, (_, i) => makeSub(`f${i}`, { url: `https://Big.example:443/feed/${i}` })))
    const round = poller.refreshNow()
    await vi.advanceTimersByTimeAsync(5_000)
    await round
    expect(results).toHaveLength(6)
    expect(net.maxPerHost.get('big.example')).toBe(2)
  })

  it('lets other hosts go ahead while one host is saturated', async () => {
    const net = makeNetwork((sub) => (sub.url.includes('slow') ? 60_000 : 1000))
    const { poller, results } = makePoller(net.refresh, { concurrency: 6, perHost: 2 })
    const slow = ['s1', 's2', 's3', 's4'].map((id) => makeSub(id, { url: `https://slow.example/${id}` }))
    poller.setSubscriptions([...slow, makeSub('fast1'), makeSub('fast2')])
    const round = poller.refreshNow()
    expect(net.calls.map((c) => c.sub.id)).toEqual(['s1', 's2', 'fast1', 'fast2'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(ids(results)).toEqual(['fast1', 'fast2'])
    await vi.advanceTimersByTimeAsync(120_000)
    await round
    expect(ids(results)).toEqual(['fast1', 'fast2', 's1', 's2', 's3', 's4'])
  })
})

describe('Poller resilience', () => {
  it('a hanging feed does not hold back the others and is cut by the watchdog', async () => {
    const net = makeNetwork((sub) => (sub.id === 'stuck' ? 'hang' : 1000))
    const { poller, results } = makePoller(net.refresh, { concurrency: 2, watchdogMs: 120_000 })
    poller.setSubscriptions([makeSub('stuck'), makeSub('a'), makeSub('b'), makeSub('c')])
    const round = poller.refreshNow()
    await vi.advanceTimersByTimeAsync(3_000)
    expect(ids(results)).toEqual(['a', 'b', 'c'])
    await vi.advanceTimersByTimeAsync(117_000)
    await round
    const stuck = byId(results, 'stuck')!
    expect(stuck).toMatchObject({ feedId: 'stuck', kind: 'failed', error: { code: 'timeout' } })
    expect(stuck.http).toMatchObject({ failureCount: 1, isDead: false, fetchedAt: T0 + 120_000 })
    expect(net.calls[0]!.signal.aborted).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('the watchdog frees the slot, so with concurrency 1 the next feed still runs', async () => {
    const net = makeNetwork((sub) => (sub.id === 'stuck' ? 'hang' : 1000))
    const { poller, results } = makePoller(net.refresh, { concurrency: 1, watchdogMs: 5_000 })
    poller.setSubscriptions([makeSub('stuck'), makeSub('next')])
    const round = poller.refreshNow()
    await vi.advanceTimersByTimeAsync(6_000)
    await round
    expect(results.map((r) => r.kind)).toEqual(['failed', 'unchanged'])
  })

  it('a rejecting refresh becomes a failed result with code internal, and the round goes on', async () => {
    const net = makeNetwork((sub) => (sub.id === 'bug' ? 'reject' : 1000))
    const { poller, results } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('bug', { failureCount: 2 }), makeSub('ok')])
    const round = poller.refreshNow()
    await vi.advanceTimersByTimeAsync(1000)
    await round
    const [bug, ok] = [byId(results, 'bug'), byId(results, 'ok')]
    expect(bug).toMatchObject({ feedId: 'bug', kind: 'failed', error: { code: 'internal' } })
    expect(bug!.kind === 'failed' && bug!.error.message).toContain('https://bug.example/rss')
    expect(bug!.http).toMatchObject({ url: 'https://bug.example/rss', failureCount: 3, isDead: false, bytes: 0 })
    expect(bug!.http.nextPollAt).toBe(T0 + 2 * MIN) // third failure: ceiling 4 min, random 0.5
    expect(ok!.kind).toBe('unchanged')
  })

  it('a refresh that throws synchronously or rejects with a FeedError is handled too', async () => {
    const refresh = (sub: Subscription): Promise<FeedResult> => {
      if (sub.id === 'sync') throw new Error('sync boom')
      return Promise.reject(new FeedError('gone', `HTTP 410 for ${sub.url}`, { status: 410 }))
    }
    const { poller, results } = makePoller(refresh)
    poller.setSubscriptions([makeSub('sync'), makeSub('gone')])
    await poller.refreshNow()
    const [sync, gone] = [byId(results, 'sync'), byId(results, 'gone')]
    expect(sync).toMatchObject({ kind: 'failed', error: { code: 'internal' } })
    expect(gone).toMatchObject({ kind: 'failed', error: { code: 'gone', status: 410 }, http: { isDead: true } })
  })

  it('a refresh that resolves to something other than a FeedResult is recorded as a failure', async () => {
    const refresh = (() => Promise.resolve(undefined)) as unknown as PollerOptions['refresh']
    const { poller, results } = makePoller(refresh)
    poller.setSubscriptions([makeSub('odd')])
    await poller.refreshNow()
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({ kind: 'failed', error: { code: 'internal' }, http: { failureCount: 1 } })
  })

  it('keeps polling when onResult and onProgress throw', async () => {
    const net = makeNetwork()
    const log = silentLog()
    const delivered: string[] = []
    const poller = new Poller({
      refresh: net.refresh,
      onResult: (r) => {
        delivered.push(r.feedId)
        throw new Error('listener broke')
      },
      onProgress: () => {
        throw new Error('progress broke')
      },
      log,
    })
    poller.setSubscriptions([makeSub('a'), makeSub('b')])
    const round = poller.refreshNow()
    await vi.advanceTimersByTimeAsync(1000)
    await round
    expect(delivered).toEqual(['a', 'b'])
    expect(log.lines.some((l) => l.includes('onResult listener threw: listener broke'))).toBe(true)
  })
})

describe('Poller.refreshNow', () => {
  it('delivers each result as it comes and resolves only when the last named feed is done', async () => {
    const delays: Record<string, number> = { a: 3000, b: 2000, c: 1000 }
    const net = makeNetwork((sub) => delays[sub.id]!)
    const { poller, results } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('c'), makeSub('b'), makeSub('a')])
    let isDone = false
    const round = poller.refreshNow(['a', 'b', 'c']).then(() => (isDone = true))
    await vi.advanceTimersByTimeAsync(2000)
    expect(ids(results)).toEqual(['c', 'b'])
    expect(isDone).toBe(false)
    await vi.advanceTimersByTimeAsync(1000)
    await round
    expect(isDone).toBe(true)
    expect(ids(results)).toEqual(['c', 'b', 'a'])
  })

  it('joins a feed already in flight instead of fetching it twice', async () => {
    const net = makeNetwork()
    const { poller, results } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('a'), makeSub('b')])
    const first = poller.refreshNow(['a'])
    await vi.advanceTimersByTimeAsync(500)
    const second = poller.refreshNow()
    await vi.advanceTimersByTimeAsync(1000)
    await first
    await second
    expect(net.calls.map((c) => c.sub.id)).toEqual(['a', 'b'])
    expect(ids(results)).toEqual(['a', 'b'])
  })

  it('skips dead feeds when refreshing all, but polls a dead feed named explicitly', async () => {
    const net = makeNetwork()
    const { poller, results } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('alive'), makeSub('dead', { isDead: true, failureCount: 1 })])
    const all = poller.refreshNow()
    await vi.advanceTimersByTimeAsync(1000)
    await all
    expect(ids(results)).toEqual(['alive'])
    const retry = poller.refreshNow(['dead'])
    await vi.advanceTimersByTimeAsync(1000)
    await retry
    expect(ids(results)).toEqual(['alive', 'dead'])
    expect(poller.subscriptions.find((s) => s.id === 'dead')).toMatchObject({ isDead: false, failureCount: 0 })
  })

  it('skips unknown ids and resolves at once for an empty list', async () => {
    const net = makeNetwork()
    const { poller, results, progress } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('a')])
    await poller.refreshNow([])
    await poller.refreshNow(['nope'])
    expect(results).toEqual([])
    expect(net.calls).toHaveLength(0)
    expect(progress).toHaveLength(0)
  })

  it('reports unknown ids in one log line however many there are', async () => {
    const net = makeNetwork()
    const log = silentLog()
    const { poller, results } = makePoller(net.refresh, { log })
    poller.setSubscriptions([makeSub('a')])
    await poller.refreshNow(Array.from({ length: 10_000 }, (_, i) => `imported-${i}`))
    expect(results).toEqual([])
    expect(log.lines).toEqual([expect.stringContaining('refresh of 10000 feed(s) not in the schedule yet waits for it: imported-0, imported-1, imported-2, …')])
  })

  it('polls a feed refreshNow named before the schedule did, once the schedule brings it', async () => {
    const net = makeNetwork()
    const { poller, results } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('a', { nextPollAt: Date.now() + 3_600_000 })])
    const round = poller.refreshNow(['a', 'just-added'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(ids(results)).toEqual(['a']) // 'just-added' waits for the schedule
    poller.setSubscriptions([makeSub('a', { nextPollAt: Date.now() + 3_600_000 }), makeSub('just-added', { nextPollAt: Date.now() + 3_600_000 })])
    await vi.advanceTimersByTimeAsync(1000)
    await round
    expect(ids(results)).toEqual(['a', 'just-added'])
  })

  it('re-arms its wake timer only when a settled feed is due earlier, not after every poll (no full scan each)', async () => {
    const net = makeNetwork(() => 10)
    let timersSet = 0
    const timers = {
      setTimeout: (fn: () => void, ms: number) => (timersSet++, setTimeout(fn, ms)),
      clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
    }
    const { poller, results } = makePoller(net.refresh, { timers, concurrency: 50, perHost: 50 })
    const subs = Array.from({ length: 1000 }, (_, i) => makeSub(`f${i}`, { nextPollAt: Date.now() + 3_600_000 }))
    poller.setSubscriptions(subs)
    poller.start()
    const round = poller.refreshNow()
    await vi.advanceTimersByTimeAsync(5000)
    await round
    expect(results).toHaveLength(1000)
    // One watchdog per poll, plus a handful of wake timers (every poll re-armed it before: 2,000 here).
    expect(timersSet).toBeLessThan(1000 + 20)
    poller.stop()
  })

  it('forgets such a wish after a minute', async () => {
    const net = makeNetwork()
    const { poller, results } = makePoller(net.refresh)
    await poller.refreshNow(['late'])
    await vi.advanceTimersByTimeAsync(61_000)
    poller.setSubscriptions([makeSub('late', { nextPollAt: Date.now() + 3_600_000 })])
    await vi.advanceTimersByTimeAsync(1000)
    expect(results).toEqual([])
  })

  it('works without start(), leaving no timer behind (the CLI exits after one round)', async () => {
    const net = makeNetwork()
    const { poller } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('a')])
    const round = poller.refreshNow()
    await vi.advanceTimersByTimeAsync(1000)
    await round
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('Poller schedule', () => {
  it('starts the first polls of a big import at once and keeps every slot busy until the last one', async () => {
    const net = makeNetwork(() => 100)
    const { poller, results } = makePoller(net.refresh, { concurrency: 6 })
    const old = makeSub('old', { nextPollAt: T0 + 30 * MIN })
    poller.setSubscriptions([old])
    poller.start()
    // 3,000 feeds from 100 sites, never polled: the renderer's next schedule after an OPML import.
    const imported = Array.from({ length: 3000 }, (_, i) => makeSub(`n${i}`, { url: `https://site${i % 100}.example/feed/${i}` }))
    poller.setSubscriptions([old, ...imported])
    expect(net.inFlight).toBe(6) // in this call: no timer, no refreshNow
    await vi.advanceTimersByTimeAsync((3000 / 6) * 100 - 1)
    expect(results).toHaveLength(3000 - 6) // 500 rounds of 100 ms with all six slots taken; the last six still running
    await vi.advanceTimersByTimeAsync(1)
    expect(results).toHaveLength(3000)
    expect(net.maxInFlight).toBe(6)
    expect(net.calls.some((c) => c.sub.id === 'old')).toBe(false)
    poller.stop()
  })

  it('polls due feeds at start and each other feed at its nextPollAt, with a single timer', async () => {
    const net = makeNetwork(() => 10)
    const { poller } = makePoller(net.refresh)
    poller.setSubscriptions([
      makeSub('later', { nextPollAt: T0 + 20 * MIN }),
      makeSub('soon', { nextPollAt: T0 + 10 * MIN }),
      makeSub('dead', { isDead: true }),
      makeSub('never-polled'),
    ])
    poller.start()
    expect(net.calls.map((c) => c.sub.id)).toEqual(['never-polled'])
    await vi.advanceTimersByTimeAsync(10)
    expect(vi.getTimerCount()).toBe(1)
    await vi.advanceTimersByTimeAsync(10 * MIN - 11)
    expect(net.calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(net.calls.map((c) => c.sub.id)).toEqual(['never-polled', 'soon'])
    await vi.advanceTimersByTimeAsync(10 * MIN)
    expect(net.calls.map((c) => c.sub.id)).toEqual(['never-polled', 'soon', 'later'])
    expect(net.calls.some((c) => c.sub.id === 'dead')).toBe(false)
    poller.stop()
  })

  it('keeps polling each feed at the interval its last result set', async () => {
    const net = makeNetwork(() => 10)
    const { poller } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('a', { intervalMinutes: 30 })])
    poller.start()
    await vi.advanceTimersByTimeAsync(90 * MIN + 100)
    expect(net.calls.map((c) => c.sub.id)).toEqual(['a', 'a', 'a', 'a'])
    poller.stop()
  })

  it('uses the URL, validators and schedule from result.http next time (permanent redirect)', async () => {
    const moved = 'https://new.example/feed.xml'
    const net = makeNetwork((sub) =>
      sub.url === moved ? 10 : () => unchanged(sub, { url: moved, validators: { etag: '"v2"' }, nextPollAt: Date.now() + 45 * MIN }),
    )
    const { poller } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('a', { validators: { etag: '"v1"' } })])
    poller.start()
    await vi.advanceTimersByTimeAsync(1000)
    expect(poller.subscriptions[0]).toMatchObject({ url: moved, validators: { etag: '"v2"' }, nextPollAt: T0 + 1000 + 45 * MIN })
    await vi.advanceTimersByTimeAsync(45 * MIN)
    expect(net.calls[1]!.sub).toMatchObject({ url: moved, validators: { etag: '"v2"' } })
    poller.stop()
  })

  it('backs a failing feed off instead of polling it at the normal interval', async () => {
    const net = makeNetwork((sub) => (sub.id === 'bad' ? 'reject' : 10))
    const { poller } = makePoller(net.refresh) // random 0.5: waits 1 min (floor), 1 min, 2 min, 4 min
    poller.setSubscriptions([makeSub('bad')])
    poller.start()
    await vi.advanceTimersByTimeAsync(8 * MIN + 1000)
    expect(net.calls).toHaveLength(5)
    expect(poller.subscriptions[0]!.failureCount).toBe(5)
    poller.stop()
  })

  it('does not busy-loop on a nextPollAt in the past from a buggy refresh', async () => {
    const net = makeNetwork((sub) => () => unchanged(sub, { nextPollAt: 0 }))
    const { poller } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('a')])
    poller.start()
    await vi.advanceTimersByTimeAsync(5 * MIN)
    expect(net.calls.length).toBeLessThanOrEqual(6)
    poller.stop()
  })

  it('setSubscriptions keeps the later nextPollAt so a stale renderer copy does not re-poll at once', async () => {
    const net = makeNetwork(() => 10)
    const { poller } = makePoller(net.refresh)
    const stale = makeSub('a')
    poller.setSubscriptions([stale])
    poller.start()
    await vi.advanceTimersByTimeAsync(100)
    poller.setSubscriptions([stale]) // the renderer has not stored the result yet
    await vi.advanceTimersByTimeAsync(1000)
    expect(net.calls).toHaveLength(1)
    poller.setSubscriptions([{ ...stale, url: 'https://edited.example/rss' }]) // an edited URL is polled at once
    await vi.advanceTimersByTimeAsync(100)
    expect(net.calls.map((c) => c.sub.url)).toEqual(['https://a.example/rss', 'https://edited.example/rss'])
    poller.stop()
  })

  it('counts a Retry after a scheduled failure the renderer has not stored yet as the next attempt', async () => {
    const net = makeNetwork(() => failing)
    const { poller, results } = makePoller(net.refresh)
    const rendererCopy = makeSub('a', { failureCount: 0 })
    poller.setSubscriptions([rendererCopy])
    poller.start()
    await vi.advanceTimersByTimeAsync(1100) // the scheduled poll fails: attempt 1
    expect(results.map((r) => r.http.failureCount)).toEqual([1])
    poller.setSubscriptions([rendererCopy]) // a schedule the renderer sent before it stored that failure
    await runRound(poller.refreshNow(['a'])) // the reader's Retry
    expect(results.map((r) => r.http.failureCount)).toEqual([1, 2])
    poller.stop()
  })

  it('takes the failure count and 410 state from the renderer for a feed it has not polled itself', async () => {
    const net = makeNetwork(() => failing)
    const { poller, results } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('a', { failureCount: 3, isDead: true, nextPollAt: T0 + 60 * MIN })])
    poller.setSubscriptions([makeSub('a', { failureCount: 4, isDead: true, nextPollAt: T0 + 60 * MIN })]) // stored at app start
    await runRound(poller.refreshNow(['a']))
    expect(results.map((r) => r.http.failureCount)).toEqual([5])
    expect(poller.subscriptions[0]).toMatchObject({ failureCount: 5, isDead: false })
  })

  it('after a success keeps its own count of zero against a stale copy that still says failing', async () => {
    let answer: 'ok' | 'fail' = 'ok'
    const net = makeNetwork(() => (answer === 'ok' ? 10 : failing))
    const { poller, results } = makePoller(net.refresh)
    const stale = makeSub('a', { failureCount: 2 })
    poller.setSubscriptions([stale])
    await runRound(poller.refreshNow(['a']))
    poller.setSubscriptions([stale])
    answer = 'fail'
    await runRound(poller.refreshNow(['a']))
    expect(results.map((r) => r.http.failureCount)).toEqual([0, 1])
  })

  it('starts the count from the renderer again when the feed is removed and added back or its URL changes', async () => {
    const net = makeNetwork(() => failing)
    const { poller, results } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('a')])
    await runRound(poller.refreshNow(['a']))
    poller.setSubscriptions([{ ...makeSub('a'), url: 'https://moved.example/rss', failureCount: 0 }])
    await runRound(poller.refreshNow(['a']))
    poller.setSubscriptions([])
    poller.setSubscriptions([makeSub('a', { failureCount: 7 })])
    await runRound(poller.refreshNow(['a']))
    expect(results.map((r) => r.http.failureCount)).toEqual([1, 1, 8])
  })

  it('drops the in-flight result of a feed removed by setSubscriptions and aborts its request', async () => {
    const net = makeNetwork()
    const { poller, results } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('a'), makeSub('b')])
    const round = poller.refreshNow()
    await vi.advanceTimersByTimeAsync(500)
    poller.setSubscriptions([makeSub('b')])
    expect(net.calls[0]!.signal.aborted).toBe(true)
    await vi.advanceTimersByTimeAsync(1000)
    await round
    expect(ids(results)).toEqual(['b'])
  })
})

describe('Poller.stop', () => {
  it('aborts running refreshes, drops queued ones, resolves pending refreshNow and clears timers', async () => {
    const net = makeNetwork(() => 'hang')
    const { poller, results, progress } = makePoller(net.refresh, { concurrency: 2 })
    poller.setSubscriptions([makeSub('a'), makeSub('b'), makeSub('c', { nextPollAt: T0 + MIN })])
    poller.start()
    const round = poller.refreshNow(['a', 'b', 'c'])
    poller.stop()
    await round
    expect(net.calls.map((c) => c.signal.aborted)).toEqual([true, true])
    expect(results).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
    expect(progress.at(-1)).toEqual({ done: 3, total: 3, running: false })
    await vi.advanceTimersByTimeAsync(10 * MIN)
    expect(net.calls).toHaveLength(2)
  })

  it('ignores a result that arrives after stop()', async () => {
    const net = makeNetwork()
    const { poller, results } = makePoller(net.refresh)
    poller.setSubscriptions([makeSub('a')])
    void poller.refreshNow()
    poller.stop()
    await vi.advanceTimersByTimeAsync(1000)
    expect(results).toEqual([])
    expect(poller.subscriptions[0]!.nextPollAt).toBeUndefined()
  })
})

describe('Poller progress', () => {
  it('reports start, each feed, and the end of a round', async () => {
    const net = makeNetwork((sub) => (sub.id === 'a' ? 1000 : 2000))
    const { poller, progress } = makePoller(net.refresh, { concurrency: 1 })
    poller.setSubscriptions([makeSub('a'), makeSub('b'), makeSub('c')])
    const round = poller.refreshNow()
    expect(poller.progress).toEqual({ done: 0, total: 3, currentFeedId: 'a', running: true })
    await vi.advanceTimersByTimeAsync(5000)
    await round
    expect(progress).toEqual([
      { done: 0, total: 3, currentFeedId: 'a', running: true },
      { done: 1, total: 3, currentFeedId: 'b', running: true },
      { done: 2, total: 3, currentFeedId: 'c', running: true },
      { done: 3, total: 3, running: false },
    ])
    expect(poller.progress).toEqual({ done: 0, total: 0, running: false })
  })

  it('counts feeds added mid-round into the same round, and scheduled polls report too', async () => {
    const net = makeNetwork()
    const { poller, progress } = makePoller(net.refresh, { concurrency: 1 })
    poller.setSubscriptions([makeSub('a'), makeSub('b', { nextPollAt: T0 + 60 * MIN })])
    poller.start()
    await vi.advanceTimersByTimeAsync(500)
    const manual = poller.refreshNow(['a', 'b'])
    await vi.advanceTimersByTimeAsync(2000)
    await manual
    expect(progress).toEqual([
      { done: 0, total: 1, currentFeedId: 'a', running: true },
      { done: 0, total: 2, currentFeedId: 'a', running: true },
      { done: 1, total: 2, currentFeedId: 'b', running: true },
      { done: 2, total: 2, running: false },
    ])
    poller.stop()
  })
})
