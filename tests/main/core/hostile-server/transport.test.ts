// Hostile servers at the HTTP level: compression bombs, endless and trickled streams, huge headers, lying
// Content-Length. Each is polled beside good feeds: it must fail alone, soon, in bounded memory, with a clear error.
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeConnections } from '../../../../src/main/core/fetch-feed'
import type { Subscription } from '../../../../src/shared/model'
import { startFixtureServer, type FixtureServer } from '../../../helpers/fixture-server'
import { addGoodFeeds, errorOf, goodFeed, goodFeedsMissed, pollOnce, startRawServer, trickle, type PollRun, type RawServer } from './harness'

const TIMEOUT_MS = 1500
const MB = 1024 * 1024
let server: FixtureServer
let raw: RawServer
let good: Subscription[]

beforeAll(async () => {
  server = await startFixtureServer()
  good = addGoodFeeds(server)
  raw = await startRawServer((socket, line) => {
    const path = line.split(' ')[1] ?? '/'
    const body = goodFeed('raw')
    if (path === '/slow-headers') return trickle(socket, `HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nX-Padding: ${'p'.repeat(400)}\r\n\r\n${body}`, 50)
    if (path === '/slow-body') return trickle(socket, `HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n${body}`, 100, 4)
    if (path === '/huge-headers') return void socket.end(`HTTP/1.1 200 OK\r\n${Array.from({ length: 200 }, (_, i) => `X-H${i}: ${'h'.repeat(1000)}\r\n`).join('')}\r\n${body}`)
    if (path === '/short-length') return void socket.end(`HTTP/1.1 200 OK\r\nContent-Length: 60\r\n\r\n${body}`)
    if (path === '/long-length-close') return void socket.end(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length + 5000}\r\n\r\n${body}`)
    if (path === '/long-length-hang') return void socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length + 5000}\r\n\r\n${body}`)
    if (path === '/over-cap-length') return void socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${100 * MB}\r\n\r\n<rss>`)
    socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n')
  })
})
afterAll(async () => {
  closeConnections()
  await Promise.all([server.close(), raw.close()])
})

/** Polls the hostile feed with the good ones (fetch timeout TIMEOUT_MS) and checks the containment. */
async function pollHostile(url: string): Promise<PollRun> {
  const run = await pollOnce([...good, { id: 'hostile', url }], { fetchOptions: { timeoutMs: TIMEOUT_MS } })
  expect(goodFeedsMissed(run, good)).toEqual([])
  expect(run.ms).toBeLessThan(TIMEOUT_MS + 5000)
  expect(run.rssGrowthMb).toBeLessThan(200)
  return run
}

describe('compression bombs', () => {
  it('stops a gzip bomb (1 GB of zeros in 1 MB) at the 20 MB cap', async () => {
    const member = gzipSync(Buffer.alloc(4 * MB), { level: 9 })
    server.route('/gzip-bomb', { headers: { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }, body: Buffer.concat(Array(256).fill(member)) })
    const run = await pollHostile(server.url('/gzip-bomb'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'too-large', message: expect.stringMatching(/larger than the 20 MB limit .* after decompression/) })
  })

  it('stops a deflate bomb (64 MB of zeros) at the 20 MB cap', async () => {
    server.route('/deflate-bomb', { headers: { 'content-type': 'application/rss+xml', 'content-encoding': 'deflate' }, body: deflateSync(Buffer.alloc(64 * MB), { level: 9 }) })
    const run = await pollHostile(server.url('/deflate-bomb'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'too-large', message: expect.stringContaining('after decompression') })
  })

  it('stops a brotli bomb at the 20 MB cap', async () => {
    const bomb = brotliCompressSync(Buffer.alloc(64 * MB), { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    expect(bomb.length).toBeLessThan(MB)
    server.route('/br-bomb', { headers: { 'content-type': 'application/rss+xml', 'content-encoding': 'br' }, body: bomb })
    const run = await pollHostile(server.url('/br-bomb'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'too-large', message: expect.stringContaining('after decompression') })
  })
})

describe('endless and trickled streams', () => {
  it('stops an endless fast stream at the size cap', async () => {
    server.route('/endless', { headers: { 'content-type': 'application/rss+xml' }, body: '<rss version="2.0"><channel><title>x</title>', drip: { chunk: Buffer.alloc(256 * 1024, 'a'), intervalMs: 1 } })
    const run = await pollHostile(server.url('/endless'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'too-large' })
  })

  it('times out an endless slow stream', async () => {
    server.route('/endless-slow', { headers: { 'content-type': 'application/rss+xml' }, body: '<rss>', drip: { chunk: ' ', intervalMs: 50 } })
    const run = await pollHostile(server.url('/endless-slow'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'timeout', message: expect.stringContaining(`within ${TIMEOUT_MS} ms`) })
  })

  it('times out headers trickled a byte at a time (slowloris)', async () => {
    const run = await pollHostile(raw.url('/slow-headers'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'timeout' })
  })

  it('times out a body trickled a few bytes at a time', async () => {
    const run = await pollHostile(raw.url('/slow-body'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'timeout' })
  })
})

describe('malformed framing', () => {
  it('refuses a 200 KB header block', async () => {
    const run = await pollHostile(raw.url('/huge-headers'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'network', message: expect.stringMatching(/HPE_HEADER_OVERFLOW|Header overflow/i) })
  })

  it('reads no further than a Content-Length shorter than the body (and reports the cut feed)', async () => {
    const run = await pollHostile(raw.url('/short-length'))
    const r = run.results.get('hostile')!
    // The first 60 bytes are an unterminated feed: parsed leniently to nothing, or a parse error; never the rest.
    if (r.kind === 'updated') expect(r.articles).toEqual([])
    else expect(r.kind === 'failed' && r.error.code).toMatch(/^(parse|not-a-feed)$/)
  })

  it('fails a body that ends before its Content-Length', async () => {
    const run = await pollHostile(raw.url('/long-length-close'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'network', message: expect.stringContaining('Connection failed while reading') })
  })

  it('times out a body that stalls before its Content-Length', async () => {
    const run = await pollHostile(raw.url('/long-length-hang'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'timeout' })
  })

  it('keeps header values out of stored errors: a 10,000-character Content-Encoding', async () => {
    server.route('/odd-encoding', { headers: { 'content-type': 'application/rss+xml', 'content-encoding': `x-${'z'.repeat(10_000)}` }, body: goodFeed('odd') })
    const run = await pollHostile(server.url('/odd-encoding'))
    const error = errorOf(run, 'hostile')
    expect(error).toMatchObject({ code: 'http', message: expect.stringContaining('Unsupported Content-Encoding') })
    expect(error!.message.length).toBeLessThan(300)
  })

  it('refuses at once a Content-Length over the cap', async () => {
    const run = await pollHostile(raw.url('/over-cap-length'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'too-large', message: expect.stringContaining(`Content-Length ${100 * MB}`) })
    expect(run.ms).toBeLessThan(TIMEOUT_MS)
  })
})
