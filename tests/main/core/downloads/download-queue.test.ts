// The download queue over a loopback server: one page per article, extraction, images with caps, failures
// that say why, and politeness shared with the poller (one HostLimiter, per-host backoff on 429).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DownloadQueue } from '../../../../src/main/core/downloads'
import { closeConnections } from '../../../../src/main/core/fetch-feed'
import { HostLimiter } from '../../../../src/main/core/host-limiter'
import type { Logger } from '../../../../src/main/core/log'
import { createNewsService } from '../../../../src/main/core/news-service'
import type { ArticleContent } from '../../../../src/shared/model'
import { startFixtureServer, type FixtureServer, type RecordedRequest } from '../../../helpers/fixture-server'
import { articlePage, makePng } from './test-pages'

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} }
const html = { 'Content-Type': 'text/html; charset=utf-8' }
const png = { 'Content-Type': 'image/png' }

let server: FixtureServer
beforeAll(async () => {
  server = await startFixtureServer()
})
afterAll(async () => {
  closeConnections()
  await server.close()
})
afterEach(() => {
  server.requests.length = 0
})

function collect() {
  const events: ArticleContent[] = []
  return { events, emit: (c: ArticleContent) => void events.push(c) }
}
const pathsOf = (requests: RecordedRequest[]) => requests.map((r) => r.path)

describe('DownloadQueue', () => {
  it('downloads, extracts and fetches the lead and inline images of an article', async () => {
    server.route('/a1', { headers: html, body: articlePage({ title: 'Harbour plan', marker: 'FULLTEXT-A1', ogImage: '/img/lead.png', images: ['/img/one.png', 'img/two.png'] }) })
    server.route('/img/lead.png', { headers: png, body: makePng(40, 20) })
    server.route('/img/one.png', { headers: { 'Content-Type': 'application/octet-stream' }, body: makePng(30, 30) }) // sniffed
    server.route('/img/two.png', { headers: png, body: makePng(20, 10) })
    const { events, emit } = collect()
    const queue = new DownloadQueue({ limiter: new HostLimiter({ concurrency: 6, perHost: 2 }), emit, log: quiet })
    queue.push([{ articleId: 'a1', feedId: 'f', url: server.url('/a1') }])
    await queue.idle()

    expect(events).toHaveLength(1)
    const [event] = events
    if (event?.kind !== 'extracted') throw new Error(`expected extracted, got ${JSON.stringify(event)}`)
    expect(event.fullText.title).toBe('Harbour plan')
    expect(event.fullText.contentHtml).toContain('FULLTEXT-A1')
    expect(event.fullText.leadImageUrl).toBe(server.url('/img/lead.png'))
    expect(event.images.map((i) => [new URL(i.url).pathname, i.contentType, i.isLead])).toEqual([
      ['/img/lead.png', 'image/png', true],
      ['/img/one.png', 'image/png', false],
      ['/img/two.png', 'image/png', false],
    ])
    expect(event.images[1]!.bytes).toEqual(new Uint8Array(makePng(30, 30)))
  })

  it('asks for a page at most once per article, however often it is requested', async () => {
    server.route('/once', { headers: html, body: articlePage({ title: 'Once', marker: 'ONCE' }), delayMs: 30 })
    const { events, emit } = collect()
    const queue = new DownloadQueue({ limiter: new HostLimiter({ concurrency: 6, perHost: 2 }), emit, log: quiet })
    const request = { articleId: 'once', feedId: 'f', url: server.url('/once') }
    queue.push([request, request])
    queue.push([request])
    await queue.idle()
    queue.push([request])
    await queue.idle()
    expect(pathsOf(server.requests)).toEqual(['/once'])
    expect(events).toHaveLength(1)
  })

  it('reports why a page gave no article, and skips images that are not images or too large', async () => {
    server.route('/empty', { headers: html, body: '<html><body><div></div></body></html>' })
    server.route('/pdf', { headers: { 'Content-Type': 'application/pdf' }, body: '%PDF-1.4' })
    server.route('/gone', { status: 404 })
    server.route('/caps', { headers: html, body: articlePage({ title: 'Caps', marker: 'CAPS', images: ['/img/html.png', '/img/big.png', '/img/ok.png', '/img/404.png'] }) })
    server.route('/img/html.png', { headers: png, body: '<html>not an image</html>' })
    server.route('/img/big.png', { headers: png, body: makePng(400, 400) })
    server.route('/img/ok.png', { headers: png, body: makePng(8, 8) })
    const { events, emit } = collect()
    const queue = new DownloadQueue({
      limiter: new HostLimiter({ concurrency: 6, perHost: 2 }),
      emit,
      log: quiet,
      imageLimits: { maxCount: 10, maxBytes: 2000, maxTotalBytes: 10_000 },
    })
    queue.push(['/empty', '/pdf', '/gone', '/caps'].map((p) => ({ articleId: p, feedId: 'f', url: server.url(p) })))
    await queue.idle()

    const byId = new Map(events.map((e) => [e.articleId, e]))
    expect(byId.get('/empty')).toMatchObject({ kind: 'failed', error: { code: 'parse', message: expect.stringMatching(/No article text found on .*\/empty/) } })
    expect(byId.get('/pdf')).toMatchObject({ kind: 'failed', error: { code: 'not-a-feed', message: expect.stringContaining('application/pdf') } })
    expect(byId.get('/gone')).toMatchObject({ kind: 'failed', error: { code: 'http', status: 404 } })
    const caps = byId.get('/caps')
    if (caps?.kind !== 'extracted') throw new Error('expected /caps to be extracted')
    expect(caps.images.map((i) => new URL(i.url).pathname)).toEqual(['/img/ok.png'])
  })

  it('caps the number of images per article', async () => {
    const images = Array.from({ length: 8 }, (_, i) => `/img/n${i}.png`)
    server.route('/many', { headers: html, body: articlePage({ title: 'Many', marker: 'MANY', images }) })
    for (const p of images) server.route(p, { headers: png, body: makePng(4, 4) })
    const { events, emit } = collect()
    const queue = new DownloadQueue({ limiter: new HostLimiter({ concurrency: 6, perHost: 2 }), emit, log: quiet, imageLimits: { maxCount: 3, maxBytes: 1e6, maxTotalBytes: 1e7 } })
    queue.push([{ articleId: 'many', feedId: 'f', url: server.url('/many') }])
    await queue.idle()
    expect(events[0]?.kind === 'extracted' && events[0].images.length).toBe(3)
    expect(pathsOf(server.requests).filter((p) => p.startsWith('/img/'))).toHaveLength(3)
  })

  it('waits for a slot of the shared limiter: a running poll of the same host holds the downloads back', async () => {
    server.route('/held', { headers: html, body: articlePage({ title: 'Held', marker: 'HELD' }) })
    const limiter = new HostLimiter({ concurrency: 6, perHost: 1 })
    let releasePoll!: () => void
    limiter.push('127.0.0.1', (release) => (releasePoll = release)) // a feed poll in progress
    const { events, emit } = collect()
    const queue = new DownloadQueue({ limiter, emit, log: quiet })
    queue.push([{ articleId: 'held', feedId: 'f', url: server.url('/held') }])
    await new Promise((r) => setTimeout(r, 100))
    expect(server.requests).toHaveLength(0)
    releasePoll()
    await queue.idle()
    expect(pathsOf(server.requests)).toEqual(['/held'])
    expect(events[0]?.kind).toBe('extracted')
  })

  it('backs off from a host that answers 429 and retries the article after Retry-After', async () => {
    let calls = 0
    server.route('/busy', () => (++calls === 1 ? { status: 429, headers: { 'Retry-After': '1' } } : { headers: html, body: articlePage({ title: 'Busy', marker: 'BUSY' }) }))
    const { events, emit } = collect()
    const queue = new DownloadQueue({ limiter: new HostLimiter({ concurrency: 6, perHost: 2 }), emit, log: quiet })
    const started = Date.now()
    queue.push([{ articleId: 'busy', feedId: 'f', url: server.url('/busy') }])
    await queue.idle()
    expect(calls).toBe(2)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(events.map((e) => e.kind)).toEqual(['extracted'])
  })

  it('cancel drops queued requests, which may be asked for again', async () => {
    server.route('/slow', { headers: html, body: articlePage({ title: 'Slow', marker: 'SLOW' }), delayMs: 100 })
    server.route('/later', { headers: html, body: articlePage({ title: 'Later', marker: 'LATER' }) })
    const { events, emit } = collect()
    const queue = new DownloadQueue({ limiter: new HostLimiter({ concurrency: 6, perHost: 2 }), emit, log: quiet, parallel: 1 })
    queue.push([{ articleId: 'slow', feedId: 'f', url: server.url('/slow') }, { articleId: 'later', feedId: 'f', url: server.url('/later') }])
    queue.cancel()
    await queue.idle()
    expect(events.map((e) => e.articleId)).toEqual(['slow'])
    queue.push([{ articleId: 'later', feedId: 'f', url: server.url('/later') }])
    await queue.idle()
    expect(events.map((e) => e.articleId)).toEqual(['slow', 'later'])
  })
})

describe('news service', () => {
  it('polls and downloads under one per-host limit', async () => {
    let inFlight = 0
    let maxInFlight = 0
    const slow = (body: string, type: Record<string, string>) => async () => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      await new Promise((r) => setTimeout(r, 60))
      inFlight--
      return { headers: type, body }
    }
    server.route('/feed.xml', slow('<rss version="2.0"><channel><title>F</title><item><title>x</title><guid>x</guid></item></channel></rss>', { 'Content-Type': 'application/rss+xml' }))
    for (const id of ['s1', 's2', 's3', 's4']) server.route(`/${id}`, slow(articlePage({ title: id, marker: id }), html))
    const contents: ArticleContent[] = []
    const service = createNewsService({
      emitFeedResult: () => {},
      emitProgress: () => {},
      emitArticleContent: (c) => void contents.push(c),
      openExternal: async () => {},
      downloads: { parallel: 4, log: quiet },
    })
    try {
      await service.downloadArticles(['s1', 's2', 's3', 's4'].map((id) => ({ articleId: id, feedId: 'f', url: server.url(`/${id}`) })))
      await service.setSubscriptions([{ id: 'f', url: server.url('/feed.xml') }])
      await service.refreshNow(['f'])
      await expect.poll(() => contents.length, { timeout: 5000 }).toBe(4)
      expect(maxInFlight).toBe(2) // DEFAULT_PER_HOST, for polls and pages together
    } finally {
      service.stop()
    }
  })

  it('holds page downloads back from a host whose feed answered 429', async () => {
    server.route('/limited.xml', { status: 429, headers: { 'Retry-After': '120' } })
    server.route('/limited-page', { headers: html, body: articlePage({ title: 'Limited', marker: 'LIMITED' }) })
    const contents: ArticleContent[] = []
    const service = createNewsService({
      emitFeedResult: () => {},
      emitProgress: () => {},
      emitArticleContent: (c) => void contents.push(c),
      openExternal: async () => {},
      downloads: { log: quiet },
    })
    try {
      await service.setSubscriptions([{ id: 'lim', url: server.url('/limited.xml') }])
      await service.refreshNow(['lim'])
      await service.downloadArticles([{ articleId: 'lim-1', feedId: 'lim', url: server.url('/limited-page') }])
      await new Promise((r) => setTimeout(r, 300))
      expect(pathsOf(server.requests)).toEqual(['/limited.xml'])
      expect(contents).toEqual([])
    } finally {
      service.stop()
    }
  })

  it('rejects malformed download requests with a message naming the field', async () => {
    const service = createNewsService({ emitFeedResult: () => {}, emitProgress: () => {}, emitArticleContent: () => {}, openExternal: async () => {} })
    try {
      await expect(service.downloadArticles([{ articleId: 'a', feedId: 'f', url: 'file:///etc/passwd' }])).rejects.toThrow(/requests\[0\]\.url must be an http\(s\) URL/)
      await expect(service.downloadArticles([{ feedId: 'f', url: 'https://x.example/' }])).rejects.toThrow(/requests\[0\]\.articleId is required/)
      await expect(service.downloadArticles('nope')).rejects.toThrow(/must be an array/)
    } finally {
      service.stop()
    }
  })
})
