// Loopback HTTP server for generated feeds, spread over several 127.0.0.x addresses: 300 real subscriptions
// come from many sites, and the poller limits requests per host (2), so one address would measure that limit.
// Answers conditional GETs (ETag / Last-Modified) with 304 like a well-behaved publisher.
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CORPUS_EPOCH, generateFeed } from './feed-gen'

export interface FeedServer {
  urls: string[]
  /** Requests answered, by status. */
  stats: { ok: number; notModified: number; notFound: number }
  /** When each full answer (200) began, performance.now() of this process, with the feed's URL. */
  served: { url: string; at: number }[]
  resetStats(): void
  close(): Promise<void>
}

interface Body {
  bytes: Buffer
  etag: string
}

export async function startFeedServer(feeds: number, itemsPerFeed: number, hosts = 30): Promise<FeedServer> {
  const bodies = new Map<string, Body>()
  const lastModified = new Date(CORPUS_EPOCH).toUTCString()
  const stats = { ok: 0, notModified: 0, notFound: 0 }
  const served: FeedServer['served'] = []
  const servers: Server[] = []
  const hostAddr = (h: number) => `127.0.0.${h + 1}`
  const ports: number[] = []
  for (let h = 0; h < Math.min(hosts, feeds); h++) {
    const server = createServer((req, res) => {
      const body = bodies.get(`${hostAddr(h)}${req.url ?? ''}`)
      if (!body) {
        stats.notFound++
        res.writeHead(404).end()
        return
      }
      const since = req.headers['if-modified-since']
      if (req.headers['if-none-match'] === body.etag || (since && Date.parse(since) >= CORPUS_EPOCH)) {
        stats.notModified++
        res.writeHead(304, { ETag: body.etag, 'Last-Modified': lastModified }).end()
        return
      }
      stats.ok++
      served.push({ url: `http://${hostAddr(h)}:${ports[h]}${req.url ?? ''}`, at: performance.now() })
      res.writeHead(200, {
        'Content-Type': 'application/rss+xml; charset=utf-8',
        'Content-Length': body.bytes.length,
        ETag: body.etag,
        'Last-Modified': lastModified,
      })
      res.end(body.bytes)
    })
    await new Promise<void>((done, reject) => {
      server.once('error', reject)
      server.listen(0, hostAddr(h), () => done())
    })
    servers.push(server)
    ports.push((server.address() as AddressInfo).port)
  }
  const urls: string[] = []
  for (let f = 0; f < feeds; f++) {
    const h = f % servers.length
    const path = `/feeds/${f}.xml`
    const bytes = Buffer.from(generateFeed(f, itemsPerFeed, `site${f}.example`).xml)
    bodies.set(`${hostAddr(h)}${path}`, { bytes, etag: `"${createHash('sha1').update(bytes).digest('hex').slice(0, 16)}"` })
    urls.push(`http://${hostAddr(h)}:${ports[h]}${path}`)
  }
  return {
    urls,
    stats,
    served,
    resetStats() {
      stats.ok = stats.notModified = stats.notFound = 0
      served.length = 0
    },
    async close() {
      await Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done()))))
    },
  }
}
