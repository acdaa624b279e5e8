import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import net from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { FeedError } from '../../../src/main/core/errors'
import { closeConnections, fetchFeed, parseRetryAfter } from '../../../src/main/core/fetch-feed'
import type { FetchOptions, FetchOutcome } from '../../../src/main/core/types'
import { APP_VERSION } from '../../../src/main/core/user-agent'
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server'

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture</title></channel></rss>'
const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex')
const text = (outcome: FetchOutcome) => (outcome.kind === 'fetched' ? Buffer.from(outcome.bytes).toString() : '')

/** Runs fetchFeed expecting a FeedError; returns it so the test can check code, status and message. */
async function fetchError(url: string, opts?: FetchOptions): Promise<FeedError> {
  const err = await fetchFeed(url, opts).then(
    (outcome) => new Error(`expected a FeedError, got ${outcome.kind}`),
    (e: unknown) => e,
  )
  if (!(err instanceof FeedError)) throw err
  return err
}

let server: FixtureServer
beforeAll(async () => {
  server = await startFixtureServer()
})
afterEach(() => {
  server.requests.length = 0
})
afterAll(async () => {
  closeConnections()
  await server.close()
})

describe('fetchFeed: success and conditional GET', () => {
  it('returns body, content type, validators, max-age and final URL, sending our headers', async () => {
    server.route('/ok.xml', {
      body: RSS,
      headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT', 'cache-control': 'public, max-age=600' },
    })
    const outcome = await fetchFeed(server.url('/ok.xml'))
    expect(outcome).toMatchObject({
      kind: 'fetched',
      status: 200,
      finalUrl: server.url('/ok.xml'),
      contentType: 'application/rss+xml; charset=utf-8',
      maxAgeSeconds: 600,
      validators: { etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT', contentHash: sha1(RSS) },
    })
    expect(outcome.permanentUrl).toBeUndefined()
    expect(text(outcome)).toBe(RSS)
    const sent = server.requests[0]!.headers
    expect(sent['user-agent']).toBe(`Meridian/${APP_VERSION} (+https://github.com/meridian-reader)`)
    expect(sent['accept-encoding']).toBe('gzip, deflate, br')
    expect(sent.accept).toContain('application/rss+xml')
    expect(sent['if-none-match']).toBeUndefined()
  })

  it('ignores max-age when Cache-Control also says no-cache or no-store', async () => {
    server.route('/nocache', { body: RSS, headers: { 'cache-control': 'max-age=600, no-cache' } })
    server.route('/nostore', { body: RSS, headers: { 'cache-control': 'no-store, max-age=600' } })
    expect((await fetchFeed(server.url('/nocache'))).maxAgeSeconds).toBeUndefined()
    expect((await fetchFeed(server.url('/nostore'))).maxAgeSeconds).toBeUndefined()
  })

  it('sends If-None-Match and If-Modified-Since and maps 304 to not-modified, keeping the validators', async () => {
    server.route('/cond.xml', (req) =>
      req.headers['if-none-match'] === '"v1"' ? { status: 304, headers: { etag: '"v1"', 'cache-control': 'max-age=60' } } : { body: RSS },
    )
    const validators = { etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT', contentHash: 'abc' }
    const outcome = await fetchFeed(server.url('/cond.xml'), { validators })
    expect(outcome).toEqual({ kind: 'not-modified', status: 304, finalUrl: server.url('/cond.xml'), validators, maxAgeSeconds: 60 })
    expect(server.requests[0]!.headers['if-none-match']).toBe('"v1"')
    expect(server.requests[0]!.headers['if-modified-since']).toBe('Tue, 01 Dec 2026 10:00:00 GMT')
  })

  it('takes a new ETag from the 304 over the stored one', async () => {
    server.route('/cond2.xml', { status: 304, headers: { etag: '"v2"' } })
    const outcome = await fetchFeed(server.url('/cond2.xml'), { validators: { etag: '"v1"', contentHash: 'abc' } })
    expect(outcome.validators).toEqual({ etag: '"v2"', contentHash: 'abc' })
  })

  it('gives equal bodies the same contentHash and different bodies different ones', async () => {
    server.route('/a', { body: RSS, headers: { etag: '"a"' } })
    server.route('/b', { body: RSS, headers: { etag: '"b"' } })
    server.route('/c', { body: RSS.replace('Fixture', 'Other') })
    const [a, b, c] = await Promise.all(['/a', '/b', '/c'].map((p) => fetchFeed(server.url(p))))
    expect(a!.validators.contentHash).toBe(b!.validators.contentHash)
    expect(a!.validators.contentHash).not.toBe(c!.validators.contentHash)
  })

  it('reuses the keep-alive connection for sequential requests to one host', async () => {
    server.route('/ka', { body: RSS })
    await fetchFeed(server.url('/ka'))
    await fetchFeed(server.url('/ka'))
    expect(server.requests[1]!.remotePort).toBe(server.requests[0]!.remotePort)
    closeConnections() // and a fetch after closing still works, on a new connection
    await fetchFeed(server.url('/ka'))
    expect(server.requests[2]!.remotePort).not.toBe(server.requests[0]!.remotePort)
  })

  it('does not keep a process alive through an idle pooled connection', async () => {
    // The fixture server would hold an idle keep-alive socket open for 5 s; a child that exits well before
    // that shows pooled sockets are unref'd. Timed from the child's "fetched" line to skip tsx start-up.
    server.route('/exit', { body: RSS })
    const module = new URL('../../../src/main/core/fetch-feed.ts', import.meta.url).href
    // Without "type": "module" tsx loads the file as CommonJS, so the exports may sit on default.
    const code = `const m = await import(${JSON.stringify(module)}); await (m.fetchFeed ?? m.default.fetchFeed)(process.argv[1]); console.log('fetched')`
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, server.url('/exit')], { stdio: ['ignore', 'pipe', 'inherit'] })
    let fetchedAt = 0
    child.stdout!.on('data', (d: Buffer) => void (d.toString().includes('fetched') && (fetchedAt = Date.now())))
    const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(exitCode).toBe(0)
    expect(fetchedAt).toBeGreaterThan(0)
    expect(Date.now() - fetchedAt).toBeLessThan(2_500)
  })

  it('retries once on a fresh connection when a reused keep-alive socket turns out dead', async () => {
    const seenPorts = new Set<number | undefined>()
    server.route('/stale', (req) => {
      const reused = seenPorts.has(req.remotePort)
      seenPorts.add(req.remotePort)
      return reused ? { reset: true } : { body: RSS }
    })
    await fetchFeed(server.url('/stale'))
    expect(text(await fetchFeed(server.url('/stale')))).toBe(RSS)
    expect(server.requests).toHaveLength(3) // answered, reset on the pooled socket, answered on a new one
    expect(server.requests[1]!.remotePort).toBe(server.requests[0]!.remotePort)
    expect(server.requests[2]!.remotePort).not.toBe(server.requests[0]!.remotePort)
  })

  it('does not retry a reset on a fresh connection', async () => {
    server.route('/reset', { reset: true })
    closeConnections()
    const err = await fetchError(server.url('/reset'))
    expect(err.code).toBe('network')
    expect(err.message).toMatch(/^Could not fetch .*\/reset: .*ECONNRESET/)
    expect(server.requests).toHaveLength(1)
  })
})

describe('fetchFeed: redirects', () => {
  it('sets permanentUrl after a 301', async () => {
    server.route('/old', { status: 301, headers: { location: '/new' } })
    server.route('/new', { body: RSS })
    expect(await fetchFeed(server.url('/old'))).toMatchObject({ finalUrl: server.url('/new'), permanentUrl: server.url('/new') })
  })

  it('does not set permanentUrl after a 302', async () => {
    server.route('/temp', { status: 302, headers: { location: server.url('/new') } })
    const outcome = await fetchFeed(server.url('/temp'))
    expect(outcome.finalUrl).toBe(server.url('/new'))
    expect(outcome.permanentUrl).toBeUndefined()
  })

  it('does not set permanentUrl when a 301 chain contains a 302, but does for 308 + 301', async () => {
    server.route('/chain1', { status: 301, headers: { location: '/chain2' } })
    server.route('/chain2', { status: 302, headers: { location: '/new' } })
    server.route('/p1', { status: 308, headers: { location: '/p2' } })
    server.route('/p2', { status: 301, headers: { location: '/new' } })
    const mixed = await fetchFeed(server.url('/chain1'))
    expect(mixed.finalUrl).toBe(server.url('/new'))
    expect(mixed.permanentUrl).toBeUndefined()
    expect((await fetchFeed(server.url('/p1'))).permanentUrl).toBe(server.url('/new'))
  })

  it('resolves a relative Location against the current URL, keeping validators on a 303/307 hop', async () => {
    server.route('/dir/sub/feed', { status: 307, headers: { location: '../other.xml?x=1' } })
    server.route('/dir/other.xml', { status: 303, headers: { location: 'final.xml' } })
    server.route('/dir/final.xml', { status: 304 })
    const outcome = await fetchFeed(server.url('/dir/sub/feed'), { validators: { etag: '"e"' } })
    expect(outcome).toMatchObject({ kind: 'not-modified', finalUrl: server.url('/dir/final.xml') })
    expect(server.requests.map((r) => r.path)).toEqual(['/dir/sub/feed', '/dir/other.xml?x=1', '/dir/final.xml'])
    expect(server.requests[2]!.headers['if-none-match']).toBe('"e"')
  })

  it('gives up after maxRedirects hops', async () => {
    server.route('/loop', { status: 302, headers: { location: '/loop' } })
    const err = await fetchError(server.url('/loop'), { maxRedirects: 2 })
    expect(err.code).toBe('http')
    expect(err.message).toMatch(/^Too many redirects fetching .*\/loop: more than 2/)
    expect(server.requests).toHaveLength(3)
    expect((await fetchError(server.url('/loop'))).message).toContain('more than 5')
  })

  it('refuses a redirect to a non-http scheme', async () => {
    server.route('/to-file', { status: 301, headers: { location: 'file:///etc/passwd' } })
    const err = await fetchError(server.url('/to-file'))
    expect(err.code).toBe('bad-url')
    expect(err.message).toBe(`Refusing redirect from ${server.url('/to-file')} to file:///etc/passwd: only http and https are supported`)
  })
})

describe('fetchFeed: status mapping', () => {
  it('maps 410 to gone', async () => {
    server.route('/gone', { status: 410 })
    expect(await fetchError(server.url('/gone'))).toMatchObject({ code: 'gone', status: 410 })
  })

  it('maps 429 with Retry-After seconds to rate-limited', async () => {
    server.route('/slow-down', { status: 429, headers: { 'retry-after': '120' } })
    const err = await fetchError(server.url('/slow-down'))
    expect(err).toMatchObject({ code: 'rate-limited', status: 429, retryAfterMs: 120_000 })
    expect(err.message).toBe(`HTTP 429 Too Many Requests for ${server.url('/slow-down')} (server asks to retry after 120 s)`)
  })

  it('maps 503 with a Retry-After date to rate-limited, and 503 without it to http', async () => {
    const when = new Date(Date.now() + 90_000).toUTCString()
    server.route('/busy', { status: 503, headers: { 'retry-after': when } })
    server.route('/down', { status: 503 })
    const busy = await fetchError(server.url('/busy'))
    expect(busy).toMatchObject({ code: 'rate-limited', status: 503 })
    expect(busy.retryAfterMs).toBeGreaterThan(80_000)
    expect(busy.retryAfterMs).toBeLessThanOrEqual(90_000)
    expect(await fetchError(server.url('/down'))).toMatchObject({ code: 'http', status: 503, retryAfterMs: undefined })
  })

  it('maps 500 and 404 to http errors naming status and URL', async () => {
    server.route('/boom', { status: 500, body: 'stack trace' })
    expect(await fetchError(server.url('/boom'))).toMatchObject({ code: 'http', status: 500, message: `HTTP 500 Internal Server Error for ${server.url('/boom')}` })
    expect((await fetchError(server.url('/missing'))).message).toBe(`HTTP 404 Not Found for ${server.url('/missing')}`)
  })

  it('parses Retry-After forms', () => {
    const now = Date.parse('2026-12-01T10:00:00Z')
    expect(parseRetryAfter('30', now)).toBe(30_000)
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:01:00 GMT', now)).toBe(60_000)
    expect(parseRetryAfter('Tue, 01 Dec 2026 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
  })
})

describe('fetchFeed: refused URLs and network errors', () => {
  it.each(['file:///etc/passwd', 'ftp://example.org/feed', 'javascript:alert(1)', 'data:text/xml,<rss/>'])('refuses %s', async (url) => {
    const err = await fetchError(url)
    expect(err.code).toBe('bad-url')
    expect(err.message).toBe(`Refusing to fetch ${url}: only http and https are supported`)
  })

  it('refuses a relative or malformed URL', async () => {
    expect(await fetchError('/feed.xml')).toMatchObject({ code: 'bad-url', message: 'Refusing to fetch /feed.xml: not a valid absolute URL' })
  })

  it('maps connection refused to network, naming URL and system error', async () => {
    const port = await freePort()
    const err = await fetchError(`http://127.0.0.1:${port}/feed`)
    expect(err.code).toBe('network')
    expect(err.message).toContain(`http://127.0.0.1:${port}/feed`)
    expect(err.message).toContain('ECONNREFUSED')
    expect((err.cause as NodeJS.ErrnoException).code).toBe('ECONNREFUSED')
  })

  it('maps a TLS failure (https to a plain-HTTP port) to network', async () => {
    server.route('/plain', { body: RSS })
    const err = await fetchError(`https://127.0.0.1:${server.port}/plain`)
    expect(err.code).toBe('network')
    expect(err.message).toMatch(/^Could not fetch https:\/\/127\.0\.0\.1:\d+\/plain: .*(ssl|SSL|TLS|tls|EPROTO)/)
  })
})

describe('fetchFeed: timeouts and cancellation', () => {
  it('applies the connect timeout when the TLS handshake never completes', async () => {
    const silent = net.createServer(() => {}) // accepts TCP, never speaks TLS
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as net.AddressInfo
    try {
      const started = Date.now()
      const err = await fetchError(`https://127.0.0.1:${port}/feed`, { connectTimeoutMs: 150, timeoutMs: 5_000 })
      expect(err.code).toBe('timeout')
      expect(err.message).toBe(`Timed out connecting to 127.0.0.1:${port} after 150 ms (fetching https://127.0.0.1:${port}/feed)`)
      expect(Date.now() - started).toBeLessThan(2_000)
    } finally {
      silent.close()
    }
  })

  it('applies the connect timeout when the server backlog is full (TCP never connects)', async () => {
    // A child process listens with backlog 1 and then blocks its event loop, so it never accepts; once the
    // kernel queue is full, further SYNs go unanswered and connect() hangs, as with an unreachable host.
    const child = spawnBlockedListener()
    try {
      const port = await child.port
      const fillers = Array.from({ length: 4 }, () => net.connect(port, '127.0.0.1').on('error', () => {}))
      await new Promise((r) => setTimeout(r, 150))
      const err = await fetchError(`http://127.0.0.1:${port}/feed`, { connectTimeoutMs: 250, timeoutMs: 5_000 })
      expect(err.code).toBe('timeout')
      expect(err.message).toMatch(/^Timed out connecting to 127\.0\.0\.1:\d+ after 250 ms/)
      fillers.forEach((s) => s.destroy())
    } finally {
      child.process.kill()
    }
  })

  it('applies the total timeout when the server never answers', async () => {
    server.route('/hang', { hang: true })
    const started = Date.now()
    const err = await fetchError(server.url('/hang'), { timeoutMs: 300 })
    expect(err).toMatchObject({ code: 'timeout', message: `Timed out fetching ${server.url('/hang')}: no complete response within 300 ms` })
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('applies the total timeout to a body that keeps dripping', async () => {
    server.route('/drip', { body: '<rss>', drip: { chunk: '<!-- . -->', intervalMs: 50 } })
    const err = await fetchError(server.url('/drip'), { timeoutMs: 400 })
    expect(err.code).toBe('timeout')
  })

  it('finishes a slow body that completes within the total timeout', async () => {
    server.route('/slow-ok', { body: '<rss>', drip: { chunk: '.', intervalMs: 20, count: 5 } })
    expect(text(await fetchFeed(server.url('/slow-ok'), { timeoutMs: 2_000 }))).toBe('<rss>.....')
  })

  it('honours the caller signal, before and during the request', async () => {
    server.route('/hang2', { hang: true })
    const pre = await fetchError(server.url('/hang2'), { signal: AbortSignal.abort() })
    expect(pre.code).toBe('internal')
    expect(server.requests).toHaveLength(0)
    const during = await fetchError(server.url('/hang2'), { signal: AbortSignal.timeout(100), timeoutMs: 5_000 })
    expect(during).toMatchObject({ code: 'timeout', message: `Fetch of ${server.url('/hang2')} was aborted by the caller` })
  })
})

describe('fetchFeed: compression and size cap', () => {
  const big = Buffer.from(RSS.repeat(2000))

  it.each(['gzip', 'deflate', 'deflate-raw', 'br'] as const)('decompresses a %s body', async (encoding) => {
    server.route(`/z-${encoding}`, { body: big, encoding })
    const outcome = await fetchFeed(server.url(`/z-${encoding}`))
    expect(Buffer.from(outcome.kind === 'fetched' ? outcome.bytes : []).equals(big)).toBe(true)
    expect(outcome.validators.contentHash).toBe(sha1(big)) // hash of the decoded bytes, whatever the transfer
  })

  it('returns an empty body for an empty gzip response', async () => {
    server.route('/empty-gz', { headers: { 'content-encoding': 'gzip' } })
    expect(await fetchFeed(server.url('/empty-gz'))).toMatchObject({ kind: 'fetched', bytes: new Uint8Array(0) })
  })

  it('rejects a corrupt gzip body and an unknown Content-Encoding', async () => {
    server.route('/bad-gz', { body: 'not gzip at all', headers: { 'content-encoding': 'gzip' } })
    server.route('/compress', { body: 'x', headers: { 'content-encoding': 'compress' } })
    const corrupt = await fetchError(server.url('/bad-gz'))
    expect(corrupt.code).toBe('network')
    expect(corrupt.message).toMatch(/^Could not decompress the gzip body of .*\/bad-gz: /)
    expect(await fetchError(server.url('/compress'))).toMatchObject({ code: 'http', message: `Unsupported Content-Encoding "compress" from ${server.url('/compress')}` })
  })

  it('rejects early on a Content-Length over the cap', async () => {
    server.route('/huge', { body: Buffer.alloc(2048, 0x20) })
    const err = await fetchError(server.url('/huge'), { maxBytes: 1024 })
    expect(err).toMatchObject({ code: 'too-large', message: `Feed ${server.url('/huge')} is larger than the 1024 bytes limit (Content-Length 2048); download stopped` })
  })

  it('stops a chunked body without Content-Length once it passes the cap', async () => {
    server.route('/endless', { body: '<rss>', drip: { chunk: Buffer.alloc(16 * 1024, 0x20), intervalMs: 1 } })
    const err = await fetchError(server.url('/endless'), { maxBytes: 256 * 1024, timeoutMs: 10_000 })
    expect(err.code).toBe('too-large')
  })

  it('stops a gzip bomb (30 MB of zeros) at the default 20 MB cap', async () => {
    const bomb = gzipSync(Buffer.alloc(30 * 1024 * 1024))
    expect(bomb.length).toBeLessThan(100_000)
    server.route('/bomb', { body: bomb, headers: { 'content-encoding': 'gzip' } })
    const err = await fetchError(server.url('/bomb'))
    expect(err.code).toBe('too-large')
    expect(err.message).toMatch(/larger than the 20 MB limit \(over \d+ bytes after decompression\)/)
    const seen = Number(/over (\d+) bytes/.exec(err.message)![1])
    expect(seen).toBeGreaterThan(20 * 1024 * 1024)
    expect(seen).toBeLessThan(21 * 1024 * 1024) // stopped at the cap, not after inflating all 30 MB
  })

  it('accepts a body exactly at the cap', async () => {
    server.route('/exact', { body: Buffer.alloc(4096, 0x20), encoding: 'gzip' })
    expect(await fetchFeed(server.url('/exact'), { maxBytes: 4096 })).toMatchObject({ kind: 'fetched' })
  })
})

async function freePort(): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as net.AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

function spawnBlockedListener(): { process: ChildProcess; port: Promise<number> } {
  const script = `const s = require('net').createServer();
s.listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
  console.log(s.address().port); // synchronous on a pipe under Linux, so the port is out before we block
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20000);
});`
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (d: Buffer) => resolve(Number(d.toString().trim())))
    child.once('error', reject)
  })
  return { process: child, port }
}
