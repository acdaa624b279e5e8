// The desktop part of the news service without Electron: settings through the host, the refresh pause,
// unread counts and watch hits validated before they reach the host.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { memoryDesktopHost } from '../../../src/main/core/desktop-host'
import { createNewsService, type NewsService } from '../../../src/main/core/news-service'
import type { FeedResult, Subscription } from '../../../src/shared/model'

let service: NewsService | undefined
afterEach(() => service?.stop())
let server: Server
let sub: Subscription
beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' })
    res.end('<rss version="2.0"><channel><title>t</title><item><title>a</title><link>https://x.example/a</link></item></channel></rss>')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  sub = { id: 'f1', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/rss` }
})
afterAll(() => new Promise((r) => server.close(r)))

/** Fake clock and timers for the pause; the feed is served on loopback. */
function setup(initialNow = Date.UTC(2026, 11, 6, 12)) {
  let now = initialNow
  const timers: Array<{ fn: () => void; at: number } | undefined> = []
  const host = memoryDesktopHost()
  const results: FeedResult[] = []
  service = createNewsService({
    emitFeedResult: (r) => results.push(r),
    emitProgress() {},
    emitArticleContent() {},
    openExternal: async () => {},
    desktop: host,
    timers: {
      setTimeout: (fn, ms) => timers.push({ fn, at: now + ms }) - 1,
      clearTimeout: (h) => void (timers[h as number] = undefined),
      now: () => now,
    },
  })
  const advance = (ms: number) => {
    now += ms
    timers.forEach((t, i) => {
      if (t && t.at <= now) {
        timers[i] = undefined
        t.fn()
      }
    })
  }
  return { host, results, advance, at: (ms: number) => new Date(initialNow + ms).toISOString() }
}

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms))
async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms
  while (!check() && Date.now() < end) await settle(20)
}

describe('news service: desktop settings', () => {
  it('merges a partial update, keeps it, and refuses a bad field without changing anything', async () => {
    const { host } = setup()
    const saved = await service!.updateDesktopSettings({ closeToTray: true })
    expect(saved).toMatchObject({ ok: true, value: { closeToTray: true, startAtLogin: false } })
    expect(host.readSettings().closeToTray).toBe(true)
    const refused = await service!.updateDesktopSettings({ closeToTray: false, notifications: { quietHours: { start: '7 pm' } } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/quietHours.start/) } })
    expect((await service!.getDesktopSettings()).closeToTray).toBe(true)
  })

  it('stops scheduled polling while paused and resumes when the pause ends', async () => {
    const { results, advance, at } = setup()
    await service!.updateDesktopSettings({ refreshPausedUntil: at(3_600_000) })
    await service!.setSubscriptions([sub])
    await until(() => results.length > 0, 2000) // an unpaused service polls this feed well within that
    expect(results).toHaveLength(0)
    advance(3_600_000)
    await until(() => results.length > 0)
    expect(results.map((r) => [r.feedId, r.kind])).toEqual([['f1', 'updated']])
  })

  it('still refreshes on request while paused, and resumes at once when the pause is lifted', async () => {
    const { results, at } = setup()
    await service!.updateDesktopSettings({ refreshPausedUntil: at(86_400_000) })
    await service!.setSubscriptions([sub])
    await service!.refreshNow()
    expect(results.map((r) => r.kind)).toEqual(['updated'])
    await service!.updateDesktopSettings({ refreshPausedUntil: null })
    expect((await service!.getDesktopSettings()).refreshPausedUntil).toBeUndefined()
  })

  it('passes checked unread counts and watch hits to the host', async () => {
    const { host } = setup()
    await service!.setUnreadCount(12)
    expect(host.unread).toBe(12)
    await expect(service!.setUnreadCount(-1)).rejects.toThrow(/non-negative integer/)
    await expect(service!.setUnreadCount('12')).rejects.toThrow(/non-negative integer/)
    await service!.notifyWatchHits([{ watchKey: 'country:SD', label: 'Sudan', articleId: 'a1', title: 'Talks in Jeddah' }])
    expect(host.notified).toHaveLength(1)
    await expect(service!.notifyWatchHits([{ watchKey: 'country:SD' }])).rejects.toThrow(/hits\[0\]/)
    expect(await service!.takeBufferedResults()).toEqual([])
  })
})
