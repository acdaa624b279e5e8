// The main side of a 10,000-feed OPML import (issue 16): the schedule arrives 20 times as it grows, bad entries are
// refused one by one, and a refresh of all of them polls each exactly once, including the feeds whose schedule
// arrives after the refresh was asked for.
import { describe, expect, it } from 'vitest'
import { Poller } from '../../../src/main/core/poller'
import type { FeedResult, Subscription } from '../../../src/shared/model'
import { parseSubscriptions } from '../../../src/shared/validate'

const FEEDS = 10_000
const sub = (i: number): Subscription => ({ id: `feed-${i}`, url: `https://host${i % 300}.example/feed/${i}.xml`, nextPollAt: Date.now() + 600_000 })
const quiet = { info() {}, warn() {}, error() {} }

describe('10,000 subscriptions', () => {
  it('validates the list entry by entry: three bad entries refused, the rest kept', () => {
    const list: unknown[] = Array.from({ length: FEEDS }, (_, i) => sub(i))
    list.splice(10, 0, { id: 'bad-url', url: 'ftp://x.example/feed' })
    list.splice(5000, 0, { id: 42, url: 'https://x.example/' })
    list.push(null)
    const { subscriptions, refused } = parseSubscriptions(list)
    expect(subscriptions).toHaveLength(FEEDS)
    expect(refused.map((r) => r.index)).toEqual([10, 5000, FEEDS + 2])
  })

  it('polls every feed once when a refresh of all arrives while the schedule is still growing', async () => {
    const polled = new Map<string, number>()
    const results: FeedResult[] = []
    const poller = new Poller({
      refresh: async (s) => {
        polled.set(s.id, (polled.get(s.id) ?? 0) + 1)
        return { feedId: s.id, kind: 'unchanged', http: { url: s.url, fetchedAt: Date.now(), nextPollAt: Date.now() + 3_600_000, failureCount: 0, isDead: false, intervalMinutes: 60, bytes: 0 } }
      },
      onResult: (r) => results.push(r),
      concurrency: 16,
      log: quiet,
    })
    poller.start()
    const all = Array.from({ length: FEEDS }, (_, i) => sub(i))
    // The import's batches: 19 schedules of 500 more feeds each, then the refresh, then the last schedule.
    for (let n = 500; n < FEEDS; n += 500) poller.setSubscriptions(all.slice(0, n))
    const refresh = poller.refreshNow(all.map((s) => s.id))
    poller.setSubscriptions(all)
    await refresh
    await new Promise((r) => setTimeout(r, 50))
    await poller.refreshNow([]) // settles at once; the last batch's polls were queued by the schedule above
    while (results.length < FEEDS) await new Promise((r) => setTimeout(r, 20))
    poller.stop()
    expect(polled.size).toBe(FEEDS)
    expect([...polled.values()].every((n) => n === 1)).toBe(true)
  }, 60_000)
})
