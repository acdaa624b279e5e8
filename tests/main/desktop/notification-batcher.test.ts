import { describe, expect, it } from 'vitest'
import { BURST_MS, NotificationBatcher, summarize, type BatchedNotification } from '../../../src/main/desktop/notification-batcher'
import type { WatchHit } from '../../../src/shared/desktop-settings'

const hit = (watchKey: string, label: string, n: number): WatchHit => ({ watchKey, label, articleId: `${watchKey}-${n}`, title: `${label} headline ${n}` })

function harness(start = new Date(2026, 11, 6, 12, 0), quiet = { enabled: true, start: '22:00', end: '07:00' }) {
  let now = start
  const timers: Array<{ fn: () => void; due: number } | undefined> = []
  const shown: BatchedNotification[] = []
  let enabled = true
  const batcher = new NotificationBatcher({
    now: () => now,
    setTimer: (fn, ms) => timers.push({ fn, due: now.getTime() + ms }) - 1,
    clearTimer: (h) => void (timers[h as number] = undefined),
    show: (n) => shown.push(n),
    settings: () => ({ enabled, quietHours: quiet }),
  })
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms)
    timers.forEach((t, i) => {
      if (t && t.due <= now.getTime()) {
        timers[i] = undefined
        t.fn()
      }
    })
  }
  return { batcher, shown, advance, setNow: (d: Date) => (now = d), disable: () => (enabled = false) }
}

describe('summarize', () => {
  it('names one article by its headline and opens it', () => {
    expect(summarize([hit('country:SD', 'Sudan', 1)])).toEqual({ title: 'New about Sudan', body: 'Sudan headline 1', target: { kind: 'article', articleId: 'country:SD-1' } })
  })
  it('counts a burst about one watch and opens its view', () => {
    const n = summarize(Array.from({ length: 12 }, (_, i) => hit('country:SD', 'Sudan', i)))
    expect(n?.title).toBe('12 new about Sudan')
    expect(n?.target).toEqual({ kind: 'view', watchKey: 'country:SD' })
    expect(n?.body.split('\n')).toHaveLength(2)
  })
  it('lists several watches, largest first, counting each article once', () => {
    const hits = [...Array.from({ length: 3 }, (_, i) => hit('country:TD', 'Chad', i)), ...Array.from({ length: 5 }, (_, i) => hit('country:SD', 'Sudan', i)), hit('country:SD', 'Sudan', 0)]
    expect(summarize(hits)).toMatchObject({ title: '8 new in your watchlist', body: 'Sudan 5 · Chad 3', target: { watchKey: 'country:SD' } })
  })
  it('gives nothing for nothing', () => {
    expect(summarize([])).toBeUndefined()
  })
})

describe('NotificationBatcher', () => {
  it('shows one notification per burst, after the burst window', () => {
    const h = harness()
    h.batcher.add([hit('country:SD', 'Sudan', 1)])
    h.advance(BURST_MS / 2)
    h.batcher.add([hit('country:SD', 'Sudan', 2), hit('country:SD', 'Sudan', 3)])
    expect(h.shown).toHaveLength(0)
    h.advance(BURST_MS / 2)
    expect(h.shown.map((n) => n.title)).toEqual(['3 new about Sudan'])
    h.advance(BURST_MS * 3)
    expect(h.shown).toHaveLength(1)
  })

  it('flushes at once when a refresh round ends', () => {
    const h = harness()
    h.batcher.add([hit('topic:health', 'Health', 1), hit('topic:health', 'Health', 2)])
    h.batcher.flush()
    expect(h.shown.map((n) => n.title)).toEqual(['2 new about Health'])
  })

  it('stays silent in quiet hours and when notifications are off', () => {
    const h = harness(new Date(2026, 11, 6, 23, 0))
    h.batcher.add([hit('country:SD', 'Sudan', 1)])
    h.advance(BURST_MS)
    h.batcher.flush()
    expect(h.shown).toHaveLength(0)
    h.setNow(new Date(2026, 11, 7, 9, 0))
    h.disable()
    h.batcher.add([hit('country:SD', 'Sudan', 2)])
    h.batcher.flush()
    expect(h.shown).toHaveLength(0)
  })

  it('drops a burst that runs into quiet hours', () => {
    const h = harness(new Date(2026, 11, 6, 21, 59, 55))
    h.batcher.add([hit('country:SD', 'Sudan', 1)])
    h.advance(BURST_MS)
    expect(h.shown).toHaveLength(0)
  })
})
