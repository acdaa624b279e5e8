import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_ITEMS_PER_POLL } from '../../src/main/core/newest-items'
import type { Feed } from '../../src/renderer/src/db'
import { ITEMS_PER_POLL } from '../../src/renderer/src/state/general-settings'
import { BURST_SEND_MS, feedSetOf, scheduleOf, sendDelayMs, type SendState } from '../../src/renderer/src/sync-schedule'

const base: SendState = { feeds: 300, waitedMs: 0, isStoring: false, isSameFeedSet: true, debounceMs: 150 }

describe('sendDelayMs', () => {
  it('waits a quiet period that grows with the list, never more than five of them in all', () => {
    expect(sendDelayMs(base)).toBe(150)
    expect(sendDelayMs({ ...base, feeds: 10_000 })).toBe(1000)
    expect(sendDelayMs({ ...base, feeds: 10_000, waitedMs: 4500 })).toBe(500)
    expect(sendDelayMs({ ...base, feeds: 10_000, waitedMs: 6000 })).toBe(0)
  })

  it('holds a schedule whose feeds are unchanged while results are stored, up to BURST_SEND_MS', () => {
    expect(sendDelayMs({ ...base, feeds: 10_000, isStoring: true })).toBe(BURST_SEND_MS)
    expect(sendDelayMs({ ...base, feeds: 10_000, isStoring: true, waitedMs: BURST_SEND_MS - 2000 })).toBe(2000)
    expect(sendDelayMs({ ...base, isStoring: true, waitedMs: BURST_SEND_MS + 1 })).toBe(0)
  })

  it('sends a feed added, removed or moved at the usual pace even while results are stored', () => {
    expect(sendDelayMs({ ...base, isStoring: true, isSameFeedSet: false })).toBe(150)
  })
})

describe('feedSetOf', () => {
  it('tells a change of feeds (id or URL) from a change of their poll state', () => {
    const a = feedSetOf([{ id: 'f1', url: 'https://a.example/rss' }, { id: 'f2', url: 'https://b.example/rss' }])
    const polled = feedSetOf([
      { id: 'f1', url: 'https://a.example/rss', nextPollAt: 5, validators: { etag: '"x"' } },
      { id: 'f2', url: 'https://b.example/rss', failureCount: 2 },
    ] as never)
    expect(polled).toBe(a)
    expect(feedSetOf([{ id: 'f1', url: 'https://a.example/rss' }])).not.toBe(a)
    expect(feedSetOf([{ id: 'f1', url: 'https://a.example/feed' }, { id: 'f2', url: 'https://b.example/rss' }])).not.toBe(a)
  })
})

describe('scheduleOf', () => {
  const feeds = [
    { id: 'f1', url: 'https://a.example/rss', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: 0 },
    { id: 'f2', url: 'https://b.example/rss', failureCount: 1, isDead: false, intervalMinutes: 60, addedAt: 0 },
  ] as unknown as Feed[]

  it("leaves the engine's default to the engine, and the settings screen's first choice is that default", () => {
    expect(ITEMS_PER_POLL.initial).toBe(DEFAULT_MAX_ITEMS_PER_POLL)
    expect(ITEMS_PER_POLL.choices).toContain(ITEMS_PER_POLL.initial)
    expect(scheduleOf(feeds, ITEMS_PER_POLL.initial).map((s) => s.maxItemsPerPoll)).toEqual([undefined, undefined])
  })

  it('gives every feed the number of newest items the reader chose', () => {
    const subs = scheduleOf(feeds, 100)
    expect(subs.map((s) => [s.id, s.url, s.maxItemsPerPoll])).toEqual([['f1', 'https://a.example/rss', 100], ['f2', 'https://b.example/rss', 100]])
  })
})
