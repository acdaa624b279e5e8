// The engine's requests honour the proxy setting (issue 21): against a loopback proxy that serves hosts which
// do not exist (*.invalid), so a request can only succeed if it went through the proxy.
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { FeedError } from '../../../src/main/core/errors'
import { closeConnections, fetchFeed } from '../../../src/main/core/fetch-feed'
import { createNewsService } from '../../../src/main/core/news-service'
import { environmentProxy, proxyFromPacResult, proxyResolverFor, setProxyResolver } from '../../../src/main/core/proxy'
import type { FeedResult } from '../../../src/shared/model'

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Via proxy</title>' +
  '<item><title>Talks resume in Geneva</title><link>http://news.example.invalid/a</link></item></channel></rss>'

interface ProxySeen {
  gets: string[]
  connects: string[]
}

/** A forward proxy in miniature: answers absolute-URI GETs itself and records CONNECT targets (then hangs up). */
function startProxy(): Promise<{ server: Server; url: string; seen: ProxySeen }> {
  const seen: ProxySeen = { gets: [], connects: [] }
  const server = createServer((req, res) => {
    seen.gets.push(req.url ?? '')
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS)
  })
  server.on('connect', (req, socket) => {
    seen.connects.push(req.url ?? '')
    socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n')
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen })),
  )
}

let proxy: Awaited<ReturnType<typeof startProxy>>
beforeAll(async () => {
  proxy = await startProxy()
})
afterEach(() => {
  vi.unstubAllEnvs()
  setProxyResolver(environmentProxy)
  closeConnections()
  proxy.seen.gets.length = 0
  proxy.seen.connects.length = 0
})
afterAll(() => new Promise<void>((resolve) => proxy.server.close(() => resolve())))

const bodyOf = async (url: string) => {
  const outcome = await fetchFeed(url, { timeoutMs: 5000 })
  return outcome.kind === 'fetched' ? Buffer.from(outcome.bytes).toString() : ''
}
const errorOf = (url: string) => fetchFeed(url, { timeoutMs: 5000 }).then(() => undefined, (e: unknown) => e)

describe('proxyFromPacResult (Chromium resolveProxy answers)', () => {
  it.each([
    ['DIRECT', undefined],
    ['PROXY proxy.corp:3128', 'http://proxy.corp:3128'],
    ['PROXY proxy.corp:3128; DIRECT', 'http://proxy.corp:3128'],
    ['HTTPS secure.corp:443', 'https://secure.corp:443'],
    ['SOCKS5 127.0.0.1:1080', 'socks5://127.0.0.1:1080'],
    ['SOCKS 10.0.0.1:1080', 'socks4://10.0.0.1:1080'],
    ['QUIC q.corp:443; PROXY p.corp:8080', 'http://p.corp:8080'],
    ['DIRECT; PROXY p.corp:8080', undefined],
    ['', undefined],
    ['PROXY no-port', undefined],
  ])('%j → %s', (pac, expected) => {
    expect(proxyFromPacResult(pac)).toBe(expected)
  })
})

describe('proxyResolverFor (the setting)', () => {
  const feed = new URL('https://news.example.org/rss')
  it('direct never proxies; system asks the platform', async () => {
    expect(await proxyResolverFor({ mode: 'direct' })(feed)).toBeUndefined()
    expect(await proxyResolverFor({ mode: 'system' }, () => 'http://sys:1')(feed)).toBe('http://sys:1')
  })
  it('a fixed proxy serves every host except loopback ones, as Chromium does', () => {
    const fixed = proxyResolverFor({ mode: 'fixed', url: 'http://p.corp:8080/' })
    expect(fixed(feed)).toBe('http://p.corp:8080')
    for (const local of ['http://localhost:5199/', 'http://127.0.0.1/x', 'http://[::1]:80/', 'http://app.localhost/']) {
      expect(fixed(new URL(local))).toBeUndefined()
    }
  })
  it('the environment: HTTPS_PROXY for https, HTTP_PROXY for http, NO_PROXY exempts', () => {
    vi.stubEnv('HTTPS_PROXY', 'http://secure-proxy:3128')
    vi.stubEnv('HTTP_PROXY', 'http://plain-proxy:3128')
    vi.stubEnv('NO_PROXY', 'intranet.example,.local.test')
    expect(environmentProxy(feed)).toBe('http://secure-proxy:3128')
    expect(environmentProxy(new URL('http://news.example.org/rss'))).toBe('http://plain-proxy:3128')
    expect(environmentProxy(new URL('https://intranet.example/rss'))).toBeUndefined()
    expect(environmentProxy(new URL('https://a.local.test/rss'))).toBeUndefined()
  })
})

describe('fetchFeed through a loopback proxy', () => {
  it('fetches a plain-http feed through a fixed proxy, sending it the absolute URL', async () => {
    setProxyResolver(proxyResolverFor({ mode: 'fixed', url: proxy.url }))
    expect(await bodyOf('http://news.example.invalid/rss')).toBe(RSS)
    expect(proxy.seen.gets).toEqual(['http://news.example.invalid/rss'])
  })

  it('tunnels https through CONNECT (the proxy sees host:port, never the path)', async () => {
    setProxyResolver(proxyResolverFor({ mode: 'fixed', url: proxy.url }))
    const err = await errorOf('https://secure.example.invalid/feed?token=secret')
    expect(proxy.seen.connects).toEqual(['secure.example.invalid:443'])
    // Our miniature proxy refuses the tunnel: a clear per-feed error, not a crash.
    expect(err).toBeInstanceOf(FeedError)
  })

  it('follows HTTP_PROXY in the environment (CLI and browser mode), and NO_PROXY', async () => {
    vi.stubEnv('HTTP_PROXY', proxy.url)
    expect(await bodyOf('http://news.example.invalid/rss')).toBe(RSS)
    vi.stubEnv('NO_PROXY', 'news.example.invalid')
    expect(await errorOf('http://news.example.invalid/rss')).toMatchObject({ code: 'network' })
    expect(proxy.seen.gets).toHaveLength(1)
  })

  it('reports an unusable proxy as that feed\'s network error', async () => {
    setProxyResolver(() => 'ftp://proxy.example:21')
    const err = await errorOf('http://news.example.invalid/rss')
    expect(err).toMatchObject({ code: 'network', message: expect.stringMatching(/no usable proxy.*ftp:\/\/proxy\.example/) })
  })

  it('times out connecting to a proxy that never accepts the tunnel', async () => {
    const silent = createServer()
    const tunnels: Socket[] = []
    silent.on('connect', (_req, socket: Socket) => tunnels.push(socket)) // accepts CONNECT and never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()))
    setProxyResolver(() => `http://127.0.0.1:${(silent.address() as AddressInfo).port}`)
    const started = Date.now()
    const err = await fetchFeed('https://slow.example.invalid/rss', { connectTimeoutMs: 300, timeoutMs: 5000 }).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'timeout', message: expect.stringContaining('the proxy for slow.example.invalid') })
    expect(Date.now() - started).toBeLessThan(3000)
    for (const socket of tunnels) socket.destroy()
    await new Promise<void>((resolve) => silent.close(() => resolve()))
  })
})

describe('news service applies the proxy setting', () => {
  it('polls through the system proxy, then directly once the reader chooses no proxy', async () => {
    const results: FeedResult[] = []
    const service = createNewsService({
      emitFeedResult: (r) => results.push(r),
      emitProgress() {},
      emitArticleContent() {},
      openExternal: async () => {},
      systemProxy: () => proxy.url,
    })
    try {
      await service.setSubscriptions([{ id: 'f1', url: 'http://news.example.invalid/rss' }])
      await service.refreshNow(['f1'])
      expect(results.at(-1)).toMatchObject({ feedId: 'f1', kind: 'updated' })
      expect(await service.updateDesktopSettings({ proxy: { mode: 'direct' } })).toMatchObject({ ok: true })
      await service.refreshNow(['f1'])
      expect(results.at(-1)).toMatchObject({ feedId: 'f1', kind: 'failed', error: { code: 'network' } })
      expect(proxy.seen.gets).toHaveLength(1)
    } finally {
      service.stop()
    }
  })
})
