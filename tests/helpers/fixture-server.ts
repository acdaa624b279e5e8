// A loopback HTTP server for tests: canned responses per path, compression, delays, dripping bodies, hangs.
// Plain node:http; shared by unit, integration and e2e tests.
import { createServer, type IncomingHttpHeaders, type OutgoingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib'

interface FixtureResponse {
  /** Default 200. */
  status?: number
  headers?: OutgoingHttpHeaders
  body?: string | Buffer
  /** Compresses body and sets Content-Encoding ('deflate-raw' sends raw deflate labelled "deflate"). */
  encoding?: 'gzip' | 'deflate' | 'deflate-raw' | 'br'
  /** Wait this long before sending anything. */
  delayMs?: number
  /** Send headers and body, then keep sending `chunk` every intervalMs (count times, or until the client leaves). */
  drip?: { chunk: string | Buffer; intervalMs: number; count?: number }
  /** Accept the request and never answer. */
  hang?: boolean
  /** Drop the connection (TCP RST) without answering, like a server closing an idle keep-alive socket. */
  reset?: boolean
}

export interface RecordedRequest {
  method: string
  /** Path with query, as sent. */
  path: string
  headers: IncomingHttpHeaders
  /** Client port: equal across requests when a keep-alive connection was reused. */
  remotePort?: number
}

/** A fixed response, or one computed from the request (e.g. 304 when If-None-Match matches). */
export type FixtureRoute = FixtureResponse | ((req: RecordedRequest) => FixtureResponse | Promise<FixtureResponse>)

export interface FixtureServer {
  /** Absolute URL for a path on this server, e.g. url('/feed.xml'). */
  url(path: string): string
  readonly origin: string
  readonly port: number
  /** Every request received, in order. */
  readonly requests: RecordedRequest[]
  /** Adds or replaces a route while running. */
  route(path: string, route: FixtureRoute): void
  /** Stops listening and destroys open connections (hanging and keep-alive ones included). */
  close(): Promise<void>
}

/** Routes match the request path with its query first, then without it; anything else gets a 404. */
export async function startFixtureServer(routes: Record<string, FixtureRoute> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes))
  const requests: RecordedRequest[] = []
  const timers = new Set<NodeJS.Timeout>()
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => (timers.delete(t), fn()), ms)
    timers.add(t)
  }

  const server = createServer((req, res) => {
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      remotePort: req.socket.remotePort,
    }
    requests.push(recorded)
    const route = table.get(recorded.path) ?? table.get(recorded.path.split('?')[0]!)
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end(`no route for ${recorded.path}`)
    Promise.resolve(typeof route === 'function' ? route(recorded) : route)
      .then((spec) => (spec.delayMs ? later(spec.delayMs, () => respond(res, spec)) : respond(res, spec)))
      .catch((err: unknown) => res.writeHead(500).end(String(err)))
  })

  function respond(res: ServerResponse, spec: FixtureResponse): void {
    if (spec.hang || res.destroyed) return
    if (spec.reset) return void res.socket?.resetAndDestroy()
    const headers: OutgoingHttpHeaders = { ...spec.headers }
    let body = typeof spec.body === 'string' ? Buffer.from(spec.body) : (spec.body ?? Buffer.alloc(0))
    if (spec.encoding) {
      body = compress(body, spec.encoding)
      headers['content-encoding'] = spec.encoding === 'deflate-raw' ? 'deflate' : spec.encoding
    }
    if (!spec.drip) headers['content-length'] ??= body.length
    res.writeHead(spec.status ?? 200, headers)
    if (!spec.drip) return void res.end(body)
    res.write(body)
    const { chunk, intervalMs, count = Infinity } = spec.drip
    let sent = 0
    const tick = () => {
      if (res.destroyed) return
      if (sent++ >= count) return void res.end()
      res.write(chunk)
      later(intervalMs, tick)
    }
    later(intervalMs, tick)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    url: (path) => new URL(path, origin).href,
    origin,
    port,
    requests,
    route: (path, route) => void table.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t)
        timers.clear()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function compress(body: Buffer, encoding: NonNullable<FixtureResponse['encoding']>): Buffer {
  switch (encoding) {
    case 'gzip':
      return gzipSync(body)
    case 'deflate':
      return deflateSync(body)
    case 'deflate-raw':
      return deflateRawSync(body)
    case 'br':
      return brotliCompressSync(body)
  }
}
