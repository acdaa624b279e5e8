// The whole per-feed pipeline against a loopback server: what the renderer receives for each HTTP situation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FeedResult, Subscription } from '../../../src/shared/model'
import { closeConnections } from '../../../src/main/core/fetch-feed'
import { refreshFeed } from '../../../src/main/core/refresh-feed'
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server'

const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire &amp; World</title><link>https://wire.example/</link><ttl>120</ttl>${items}</channel></rss>`
const item = (n: number) => `<item><title>Story ${n}</title><link>https://wire.example/s/${n}?utm_source=rss</link><guid>s-${n}</guid>
<pubDate>Mon, 02 Nov 2026 10:0${n}:00 GMT</pubDate><description>Lead of story ${n}.</description></item>`
const feedBody = rss(item(1) + item(2))
const silent = { info() {}, warn() {}, error() {} }
const deps = { now: () => Date.parse('2026-11-03T00:00:00Z'), random: () => 0.5, logger: silent }
const sub = (path: string, extra: Partial<Subscription> = {}): Subscription => ({ id: 'f1', url: server.url(path), ...extra })

let server: FixtureServer
beforeAll(async () => {
  server = await startFixtureServer({
    '/feed': (req) =>
      req.headers['if-none-match'] === '"v1"' ? { status: 304 } : { headers: { 'Content-Type': 'application/rss+xml', ETag: '"v1"' }, body: feedBody },
    '/no-validators': { headers: { 'Content-Type': 'text/xml' }, body: feedBody },
    '/moved': { status: 301, headers: { Location: '/feed' } },
    '/gone': { status: 410 },
    '/busy': { status: 429, headers: { 'Retry-After': '3600' } },
    '/page': { headers: { 'Content-Type': 'text/html' }, body: '<!doctype html><html><head><title>Home</title></head><body>hi</body></html>' },
    '/broken': { headers: { 'Content-Type': 'text/xml' }, body: '<rss version="2.0"><channel><title>x</title><item><title>unclosed' },
  })
})
afterAll(async () => {
  closeConnections()
  await server.close()
})

function expectKind<K extends FeedResult['kind']>(r: FeedResult, kind: K): Extract<FeedResult, { kind: K }> {
  expect(r.kind, JSON.stringify(r).slice(0, 300)).toBe(kind)
  return r as Extract<FeedResult, { kind: K }>
}

describe('refreshFeed', () => {
  it('returns normalized articles, feed info, validators and the next poll for a new feed', async () => {
    const r = expectKind(await refreshFeed(sub('/feed'), deps), 'updated')
    expect(r.feed.title).toBe('Wire & World')
    expect(r.articles.map((a) => a.title)).toEqual(['Story 1', 'Story 2'])
    expect(r.articles[0]!.url).toBe('https://wire.example/s/1')
    expect(r.articles[0]!.publishedAt).toBe('2026-11-02T10:01:00.000Z')
    expect(r.http.validators?.etag).toBe('"v1"')
    expect(r.http.validators?.contentHash).toMatch(/^[0-9a-f]{40}$/)
    expect(r.http.failureCount).toBe(0)
    expect(r.http.bytes).toBe(Buffer.byteLength(feedBody)) // counted before the body is let go for the parse
    expect(r.http.nextPollAt - deps.now()).toBe(120 * 60_000) // <ttl>120</ttl> stretches the 30-minute default
  })

  it('gives the same article ids on every poll', async () => {
    const a = expectKind(await refreshFeed(sub('/no-validators'), deps), 'updated')
    const b = expectKind(await refreshFeed(sub('/no-validators'), { ...deps, now: () => deps.now() + 3_600_000 }), 'updated')
    expect(b.articles.map((x) => x.id)).toEqual(a.articles.map((x) => x.id))
  })

  it('sends If-None-Match and reports a 304 as unchanged', async () => {
    const first = expectKind(await refreshFeed(sub('/feed'), deps), 'updated')
    const second = await refreshFeed(sub('/feed', { validators: first.http.validators }), deps)
    expectKind(second, 'unchanged')
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"')
    expect(second.http.validators?.etag).toBe('"v1"')
  })

  it('skips the parse when a server without validators sends the same bytes again', async () => {
    const first = expectKind(await refreshFeed(sub('/no-validators'), deps), 'updated')
    const second = await refreshFeed(sub('/no-validators', { validators: first.http.validators }), deps)
    expectKind(second, 'unchanged')
  })

  it('moves the feed to its new URL after a permanent redirect', async () => {
    const r = expectKind(await refreshFeed(sub('/moved'), deps), 'updated')
    expect(r.http.url).toBe(server.url('/feed'))
  })

  it('marks a 410 feed dead with a clear error', async () => {
    const r = expectKind(await refreshFeed(sub('/gone'), deps), 'failed')
    expect(r.error.code).toBe('gone')
    expect(r.http.isDead).toBe(true)
  })

  it('waits at least Retry-After after a 429 and counts the failure', async () => {
    const r = expectKind(await refreshFeed(sub('/busy', { failureCount: 2 }), deps), 'failed')
    expect(r.error.code).toBe('rate-limited')
    expect(r.http.failureCount).toBe(3)
    expect(r.http.nextPollAt - deps.now()).toBeGreaterThanOrEqual(3_600_000)
  })

  it('tells the reader to try discovery when the URL is a web page', async () => {
    const r = expectKind(await refreshFeed(sub('/page'), deps), 'failed')
    expect(r.error).toMatchObject({ code: 'not-a-feed', message: 'not a feed: this is a web page; try discovery' })
  })

  it('turns broken XML and unreachable hosts into per-feed errors', async () => {
    const broken = expectKind(await refreshFeed(sub('/broken'), deps), 'failed')
    expect(broken.error.code).toBe('parse')
    expect(broken.error.message).toContain(server.url('/broken'))
    const refused = expectKind(await refreshFeed({ id: 'x', url: 'http://127.0.0.1:1/feed' }, deps), 'failed')
    expect(refused.error.code).toBe('network')
    expect(refused.error.message).toContain('127.0.0.1:1')
  })

  it('takes at most 500 items a poll by default, the newest, and a subscription can ask for fewer (issue 16)', async () => {
    const dated = (n: number) => `<item><title>Item ${n}</title><guid>g-${n}</guid><pubDate>${new Date(Date.UTC(2026, 0, 1) + ((n * 7919) % 1200) * 3_600_000).toUTCString()}</pubDate></item>`
    const numbers = Array.from({ length: 1200 }, (_, i) => i)
    server.route('/huge', { headers: { 'Content-Type': 'application/rss+xml' }, body: rss(numbers.map(dated).join('')) })
    const newest = (count: number) => [...numbers].sort((a, b) => ((b * 7919) % 1200) - ((a * 7919) % 1200)).slice(0, count).map((n) => `g-${n}`).sort()
    const all = expectKind(await refreshFeed(sub('/huge'), deps), 'updated')
    expect(all.articles.map((a) => a.guid).sort()).toEqual(newest(500))
    const few = expectKind(await refreshFeed(sub('/huge', { maxItemsPerPoll: 20 }), deps), 'updated')
    expect(few.articles.map((a) => a.guid).sort()).toEqual(newest(20))
  })
})
