import { describe, expect, it } from 'vitest'
import { ProgressThrottle } from '../../../src/main/core/progress-throttle'
import type { RefreshProgress } from '../../../src/shared/model'

/** A hand-driven clock: timers fire only when advance() passes them. */
function fakeClock() {
  let now = 0
  const timers = new Map<number, { fn: () => void; at: number }>()
  let next = 1
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => (timers.set(next, { fn, at: now + ms }), next++),
    clearTimeout: (h: unknown) => void timers.delete(h as number),
    pendingTimers: () => timers.size,
    advance(ms: number) {
      const until = now + ms
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        timers.delete(due[0])
        now = due[1].at
        due[1].fn()
      }
      now = until
    },
  }
}

const running = (done: number, total = 1000): RefreshProgress => ({ done, total, running: true })

describe('ProgressThrottle', () => {
  it('sends the first event at once, then at most one per interval, always the latest', () => {
    const clock = fakeClock()
    const sent: RefreshProgress[] = []
    const throttle = new ProgressThrottle((p) => sent.push(p), clock, 100)
    for (let done = 0; done < 50; done++) {
      throttle.push(running(done))
      clock.advance(10) // 50 feeds settle over 500 ms
    }
    clock.advance(200)
    expect(sent[0]).toEqual(running(0))
    expect(sent.at(-1)).toEqual(running(49)) // the last count is never lost
    expect(sent.length).toBeLessThanOrEqual(7)
    expect(sent.map((p) => p.done)).toEqual([...sent.map((p) => p.done)].sort((a, b) => a - b))
  })

  it('sends the end of a round at once and never a running event after it', () => {
    const clock = fakeClock()
    const sent: RefreshProgress[] = []
    const throttle = new ProgressThrottle((p) => sent.push(p), clock, 100)
    throttle.push(running(1, 3))
    throttle.push(running(2, 3))
    throttle.push({ done: 3, total: 3, running: false })
    clock.advance(500)
    expect(sent).toEqual([running(1, 3), { done: 3, total: 3, running: false }])
    expect(clock.pendingTimers()).toBe(0)
  })

  it('drops a waiting event when cancelled', () => {
    const clock = fakeClock()
    const sent: RefreshProgress[] = []
    const throttle = new ProgressThrottle((p) => sent.push(p), clock, 100)
    throttle.push(running(1))
    throttle.push(running(2))
    throttle.cancel()
    clock.advance(500)
    expect(sent).toEqual([running(1)])
  })

  it('passes events further apart than the interval through as they come', () => {
    const clock = fakeClock()
    const sent: RefreshProgress[] = []
    const throttle = new ProgressThrottle((p) => sent.push(p), clock, 100)
    for (let done = 0; done < 5; done++) {
      throttle.push(running(done))
      clock.advance(150)
    }
    expect(sent.map((p) => p.done)).toEqual([0, 1, 2, 3, 4])
  })
})

describe('the news service', () => {
  it('ends a refresh of many feeds with the end event, having sent fewer events than feeds', async () => {
    const { createServer } = await import('node:http')
    const { createNewsService } = await import('../../../src/main/core/news-service')
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      res.end(`<rss version="2.0"><channel><title>t</title><item><title>a</title><link>https://x.example${req.url}</link></item></channel></rss>`)
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as { port: number }).port
    const sent: RefreshProgress[] = []
    const service = createNewsService({ emitFeedResult() {}, emitProgress: (p) => sent.push(p), emitArticleContent() {}, openExternal: async () => {} })
    try {
      const feeds = 120
      await service.setSubscriptions(Array.from({ length: feeds }, (_, i) => ({ id: `f${i}`, url: `http://127.0.0.1:${port}/${i}.xml` })))
      await service.refreshNow()
      expect(sent.at(-1)).toEqual({ done: feeds, total: feeds, running: false })
      expect(sent.filter((p) => p.running).length).toBeLessThan(feeds)
    } finally {
      service.stop()
      await new Promise((r) => server.close(r))
    }
  })
})
