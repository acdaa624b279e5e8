// GET one feed over HTTP(S): conditional requests, redirects, timeouts, decompression with a size cap.
// Plain Node (node:http/https/zlib), so the CLI and tests use it too; never imports electron.
// Not global fetch: we need a connect timeout, per-hop redirect control and the decompressed-size cap.
import { createHash } from 'node:crypto'
import http, { STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import https from 'node:https'
import { Transform, Writable, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import type { FeedValidators } from '../../shared/model'
import { MAX_VALIDATOR_CHARS } from '../../shared/validate'
import { FeedError } from './errors'
import { closeProxyAgents, proxyAgentFor } from './proxy'
import type { FetchOptions, FetchOutcome } from './types'
import { USER_AGENT } from './user-agent'

export const DEFAULT_FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5'

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const PERMANENT = new Set([301, 308])

// One keep-alive pool per scheme: the poller hits the same hosts every round. Idle pooled sockets are unref'd
// by Node, so they never keep a CLI or test process alive; closeConnections() drops them explicitly.
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 6, maxTotalSockets: 64, scheduling: 'lifo' }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 6, maxTotalSockets: 64, scheduling: 'lifo' }),
}

/** Destroys pooled connections, including ones in use (their requests fail). For shutdown and test teardown. */
export function closeConnections(): void {
  agents['http:'].destroy()
  agents['https:'].destroy()
  closeProxyAgents()
}

export async function fetchFeed(url: string, opts: FetchOptions = {}): Promise<FetchOutcome> {
  const maxRedirects = opts.maxRedirects ?? 5
  let current = parseFetchUrl(url)
  const deadline = startDeadline(url, opts)
  try {
    const hops: number[] = []
    for (;;) {
      const res = await requestWithRetry(current, opts, deadline.signal)
      const status = res.statusCode ?? 0
      const location = res.headers.location
      if (!REDIRECTS.has(status) || !location) return await readOutcome(res, current, hops, opts, deadline.signal)
      res.resume() // drain so the socket goes back to the pool
      if (hops.length >= maxRedirects) {
        throw new FeedError('http', `Too many redirects fetching ${url}: more than ${maxRedirects}, last ${current.href} -> ${location.slice(0, 200)}`, { status })
      }
      hops.push(status)
      current = resolveRedirect(current, location)
    }
  } catch (err) {
    throw deadline.signal.aborted ? deadline.signal.reason : err
  } finally {
    deadline.dispose()
  }
}

function parseFetchUrl(url: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch (cause) {
    throw new FeedError('bad-url', `Refusing to fetch ${url}: not a valid absolute URL`, { cause })
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FeedError('bad-url', `Refusing to fetch ${url}: only http and https are supported`)
  }
  return parsed
}

/** A redirect target becomes the feed's stored URL after a 301: keep it within what the schedule accepts. */
const MAX_URL_CHARS = 4096

function resolveRedirect(from: URL, location: string): URL {
  let next: URL
  try {
    next = new URL(location, from)
  } catch (cause) {
    throw new FeedError('http', `Bad redirect from ${from.href}: Location "${location.slice(0, 200)}" is not a URL`, { cause })
  }
  if (next.href.length > MAX_URL_CHARS) {
    throw new FeedError('http', `Bad redirect from ${from.href}: Location is ${next.href.length} characters long (limit ${MAX_URL_CHARS})`)
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    throw new FeedError('bad-url', `Refusing redirect from ${from.href} to ${next.href.slice(0, 200)}: only http and https are supported`)
  }
  return next
}

/** One AbortSignal for the whole fetch: fires on the total timeout or when the caller's signal aborts. */
function startDeadline(url: string, opts: FetchOptions) {
  const controller = new AbortController()
  const timeoutMs = opts.timeoutMs ?? 30_000
  const timer = setTimeout(() => {
    controller.abort(new FeedError('timeout', `Timed out fetching ${url}: no complete response within ${timeoutMs} ms`))
  }, timeoutMs)
  const onCallerAbort = () => {
    const reason: unknown = opts.signal?.reason
    // FetchOptions has no 'aborted' code: a caller's timeout is a timeout, any other cancel is internal.
    const code = reason instanceof Error && reason.name === 'TimeoutError' ? 'timeout' : 'internal'
    controller.abort(new FeedError(code, `Fetch of ${url} was aborted by the caller`, { cause: reason }))
  }
  if (opts.signal?.aborted) onCallerAbort()
  else opts.signal?.addEventListener('abort', onCallerAbort, { once: true })
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer)
      opts.signal?.removeEventListener('abort', onCallerAbort)
    },
  }
}

/** A pooled socket the server already closed fails with ECONNRESET before any answer: retry once on a fresh one. */
async function requestWithRetry(url: URL, opts: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const proxy = await resolveProxyAgent(url)
  try {
    return await request(url, opts, signal, proxy)
  } catch (err) {
    if (!(err instanceof StaleSocketError)) throw err
    return request(url, opts, signal, proxy, true)
  }
}

async function resolveProxyAgent(url: URL): Promise<http.Agent | undefined> {
  try {
    return await proxyAgentFor(url)
  } catch (cause) {
    throw new FeedError('network', `Could not fetch ${url.href}: no usable proxy (${cause instanceof Error ? cause.message : String(cause)})`, { cause })
  }
}

class StaleSocketError extends Error {}

/** Sends the GET and resolves at the response headers. `proxy` is the agent of the proxy to go through. */
function request(url: URL, opts: FetchOptions, signal: AbortSignal, proxy: http.Agent | undefined, freshSocket = false): Promise<IncomingMessage> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: opts.accept ?? DEFAULT_FEED_ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  }
  const sent = compact({ ...opts.validators })
  if (sent.etag) headers['if-none-match'] = sent.etag
  if (sent.lastModified) headers['if-modified-since'] = sent.lastModified
  if (opts.referer) headers.referer = opts.referer
  const isHttps = url.protocol === 'https:'
  const transport = isHttps ? https : http
  const agent = proxy ?? (freshSocket ? false : agents[url.protocol as 'http:' | 'https:'])

  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const req = transport.request(url, { method: 'GET', headers, agent })
    const connectMs = opts.connectTimeoutMs ?? 10_000
    let connectTimer: NodeJS.Timeout | undefined
    const settle = () => {
      clearTimeout(connectTimer)
      signal.removeEventListener('abort', onAbort)
    }
    // Rejects at once: a request still waiting for a proxy tunnel has no socket, so destroy() emits no error.
    const stop = (err: Error) => {
      settle()
      req.destroy(err)
      reject(err)
    }
    const onAbort = () => stop(signal.reason as Error)
    signal.addEventListener('abort', onAbort, { once: true })
    const startConnectTimer = () =>
      setTimeout(() => stop(new FeedError('timeout', `Timed out connecting to ${proxy ? 'the proxy for ' : ''}${url.host} after ${connectMs} ms (fetching ${url.href})`)), connectMs)
    // A proxy agent hands the request its socket once the tunnel is up: the wait for the socket is the connect.
    if (proxy) connectTimer = startConnectTimer()
    req.on('socket', (socket) => {
      if (proxy) return clearTimeout(connectTimer)
      if (req.reusedSocket || (!isHttps && !socket.connecting)) return
      connectTimer = startConnectTimer()
      socket.once(isHttps ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer))
    })
    req.on('response', (res) => {
      settle()
      resolve(res)
    })
    req.on('error', (err: NodeJS.ErrnoException) => {
      settle()
      if (err instanceof FeedError || signal.aborted) return reject(signal.aborted ? signal.reason : err)
      if (req.reusedSocket && err.code === 'ECONNRESET') return reject(new StaleSocketError(err.message))
      reject(new FeedError('network', `Could not fetch ${url.href}: ${describeSystemError(err)}`, { cause: err }))
    })
    req.end()
  })
}

function describeSystemError(err: NodeJS.ErrnoException): string {
  return err.code && !err.message.includes(err.code) ? `${err.code} ${err.message}` : err.message
}

async function readOutcome(res: IncomingMessage, url: URL, hops: number[], opts: FetchOptions, signal: AbortSignal): Promise<FetchOutcome> {
  const status = res.statusCode ?? 0
  const permanentUrl = hops.length > 0 && hops.every((s) => PERMANENT.has(s)) ? url.href : undefined
  const common = { finalUrl: url.href, ...(permanentUrl && { permanentUrl }), ...maxAge(res.headers['cache-control']) }
  if (status === 304) {
    res.resume()
    const validators = compact({ ...opts.validators, ...compact(responseValidators(res.headers)) })
    return { kind: 'not-modified', status: 304, ...common, validators }
  }
  if (status < 200 || status > 299) {
    res.resume()
    throw statusError(status, res.headers, url.href)
  }
  const bytes = await readBody(res, url.href, opts.maxBytes ?? 20 * 1024 * 1024, signal)
  const contentHash = createHash('sha1').update(bytes).digest('hex')
  const contentType = res.headers['content-type']
  return {
    kind: 'fetched',
    status,
    ...common,
    bytes,
    ...(contentType && { contentType }),
    validators: compact({ ...responseValidators(res.headers), contentHash }),
  }
}

function responseValidators(headers: IncomingHttpHeaders): FeedValidators {
  return { etag: headers.etag, lastModified: headers['last-modified'] }
}

/** Drops unset and over-long validators. Whatever a server sends is stored and sent back on every poll: a
 *  huge one is dropped whole (a cut ETag never matches), and the content hash still saves the parse. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && (typeof v !== 'string' || v.length <= MAX_VALIDATOR_CHARS)),
  ) as T
}

/** Cache-Control max-age, unless no-cache/no-store say the response must not be reused as is. */
function maxAge(cacheControl: string | undefined): { maxAgeSeconds?: number } {
  const directives = (cacheControl ?? '').toLowerCase().split(',').map((d) => d.trim())
  if (directives.includes('no-cache') || directives.includes('no-store')) return {}
  const value = directives.map((d) => /^max-age\s*=\s*"?(\d+)"?$/.exec(d)?.[1]).find((v) => v !== undefined)
  return value === undefined ? {} : { maxAgeSeconds: Number(value) }
}

function statusError(status: number, headers: IncomingHttpHeaders, url: string): FeedError {
  const what = `HTTP ${status} ${STATUS_CODES[status] ?? 'Unknown Status'} for ${url}`
  if (status === 410) return new FeedError('gone', `${what}: the feed was removed`, { status })
  const retryAfterMs = parseRetryAfter(headers['retry-after'])
  if (status === 429 || (status === 503 && retryAfterMs !== undefined)) {
    const hint = retryAfterMs === undefined ? '' : ` (server asks to retry after ${Math.ceil(retryAfterMs / 1000)} s)`
    return new FeedError('rate-limited', what + hint, { status, retryAfterMs })
  }
  return new FeedError('http', what, { status })
}

/** Retry-After is delay-seconds or an HTTP date; a date in the past means now. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

async function readBody(res: IncomingMessage, url: string, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const tooLarge = (seen: string) =>
    new FeedError('too-large', `Feed ${url} is larger than the ${formatBytes(maxBytes)} limit (${seen}); download stopped`)
  const coding = (res.headers['content-encoding'] ?? '').trim().toLowerCase()
  const decoder = createDecoder(coding, url)
  const declared = Number(res.headers['content-length'])
  if (!decoder && declared > maxBytes) {
    res.destroy()
    throw tooLarge(`Content-Length ${declared}`)
  }
  const chunks: Buffer[] = []
  let total = 0
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      total += chunk.length
      if (total > maxBytes) return done(tooLarge(`over ${total} bytes${decoder ? ' after decompression' : ''}`))
      chunks.push(chunk)
      done()
    },
  })
  try {
    await (decoder ? pipeline(res, decoder, sink, { signal }) : pipeline(res, sink, { signal }))
  } catch (err) {
    if (signal.aborted) throw signal.reason
    if (err instanceof FeedError) throw err
    const e = err as NodeJS.ErrnoException
    const inflating = /^Z_|BROTLI/.test(e.code ?? '')
    const what = inflating ? `Could not decompress the ${coding} body of` : 'Connection failed while reading'
    throw new FeedError('network', `${what} ${url}: ${describeSystemError(e)}`, { cause: err })
  }
  const body = Buffer.concat(chunks, total)
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`
}

/** Undefined for identity. Truncated streams end leniently (sync flush), as browsers accept them. */
function createDecoder(coding: string, url: string): Transform | undefined {
  switch (coding) {
    case '':
    case 'identity':
      return undefined
    case 'gzip':
    case 'x-gzip':
      return new LazyDecompressor(() => zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH }))
    case 'deflate':
      // "deflate" is meant to be zlib-wrapped (RFC 9110), but some servers send raw deflate: look at the header.
      return new LazyDecompressor((first) =>
        isZlibHeader(first)
          ? zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH })
          : zlib.createInflateRaw({ finishFlush: zlib.constants.Z_SYNC_FLUSH }),
      )
    case 'br':
      return new LazyDecompressor(() => zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }))
    default:
      throw new FeedError('http', `Unsupported Content-Encoding "${coding.slice(0, 100)}" from ${url}`)
  }
}

function isZlibHeader(b: Buffer): boolean {
  const cmf = b[0] ?? 0
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7) return false
  return b.length < 2 || ((cmf << 8) | b[1]!) % 31 === 0
}

/** Creates the zlib stream at the first chunk: deflate needs to see it, and an empty body must stay empty. */
class LazyDecompressor extends Transform {
  private inner?: Transform

  constructor(private readonly make: (first: Buffer) => Transform) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (!this.inner) {
      this.inner = this.make(chunk)
      this.inner.on('data', (data: Buffer) => this.push(data))
      this.inner.on('error', (err) => this.destroy(err))
    }
    this.inner.write(chunk, () => done())
  }

  override _flush(done: TransformCallback): void {
    if (!this.inner) return done()
    this.inner.once('end', () => done())
    this.inner.end()
  }

  override _destroy(err: Error | null, done: (error?: Error | null) => void): void {
    this.inner?.destroy()
    done(err)
  }
}
