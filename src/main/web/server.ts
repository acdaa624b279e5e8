// Browser mode: the built renderer plus NewsApi bridged over loopback HTTP (calls) and SSE (events).
// Binds 127.0.0.1 only and checks Host/Origin, so other sites in the browser cannot drive the engine.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { invokableMethods, webEventNames, type InvokableMethod } from '../../shared/api'
import { InvalidArgumentError } from '../../shared/validate'
import { log } from '../core/log'
import { createNewsService, type NewsService, type NewsServiceOptions } from '../core/news-service'
import { SECURITY_HEADERS } from '../security-headers'
import { serveStatic } from './static-files'

const logger = log.scope('web')
const MAX_BODY = 32 * 1024 * 1024

export interface WebServer {
  url: string
  port: number
  service: NewsService
  /** URLs the renderer asked to open externally (browser mode cannot open a system browser). */
  openedExternally: string[]
  close(): Promise<void>
}

export interface WebServerOptions {
  port?: number
  rendererDir?: string
  service?: Partial<Pick<NewsServiceOptions, 'refreshDeps' | 'concurrency' | 'downloads' | 'extractWorkerPath' | 'feedTextWorkerPath' | 'feedTextWorkers' | 'desktop'>>
}

/** The browser mode runs from source through tsx, so its workers' entries are the TypeScript files. */
const EXTRACT_WORKER_SOURCE = join(__dirname, '../core/extract/extract-worker.ts')
const FEED_TEXT_WORKER_SOURCE = join(__dirname, '../core/feed-text-worker.ts')

export async function startWebServer(opts: WebServerOptions = {}): Promise<WebServer> {
  const rendererDir = resolve(opts.rendererDir ?? 'out/renderer')
  const clients = new Set<ServerResponse>()
  const openedExternally: string[] = []
  const broadcast = (event: string, payload: unknown) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload, encodeBytes)}\n\n`
    for (const c of clients) c.write(frame)
  }
  const service = createNewsService({
    extractWorkerPath: EXTRACT_WORKER_SOURCE,
    feedTextWorkerPath: FEED_TEXT_WORKER_SOURCE,
    // The browser mode has no app data folder of its own: automatic backups go where the person running it says.
    ...(process.env.MERIDIAN_BACKUP_DIR && { backupDir: process.env.MERIDIAN_BACKUP_DIR }),
    ...opts.service,
    emitFeedResult: (r) => broadcast(webEventNames.onFeedResult, r),
    emitProgress: (p) => broadcast(webEventNames.onRefreshProgress, p),
    emitArticleContent: (c) => broadcast(webEventNames.onArticleContent, c),
    openExternal: async (url) => {
      openedExternally.push(url)
      logger.info(`open externally: ${url}`)
    },
  })

  let port = 0
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      logger.error(`${req.method} ${req.url}: ${err instanceof Error ? err.message : String(err)}`)
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ ok: false, error: 'internal error' }))
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // On every response, errors included: no page of another origin may frame the app (issue 16, item 6).
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    const host = req.headers.host ?? ''
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421).end('wrong host')
      return
    }
    const url = parseRequestUrl(req.url, host)
    if (!url) {
      res.writeHead(400).end('bad request target')
      return
    }
    if (url.pathname === '/api/events' && req.method === 'GET') return openEventStream(res)
    if (url.pathname.startsWith('/api/invoke/') && req.method === 'POST') {
      const origin = req.headers.origin
      if (origin && origin !== `http://${host}`) {
        res.writeHead(403).end('cross-origin call refused')
        return
      }
      return invoke(url.pathname.slice('/api/invoke/'.length), req, res)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end()
      return
    }
    return serveStatic(rendererDir, url.pathname, res)
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive' })
    res.write(': connected\n\n')
    clients.add(res)
    res.on('close', () => clients.delete(res))
  }

  async function invoke(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(body, encodeBytes))
    }
    if (!(invokableMethods as readonly string[]).includes(method)) return reply(404, { ok: false, error: `unknown method ${method}` })
    let args: unknown
    try {
      args = JSON.parse(await readBody(req))
    } catch (err) {
      return reply(400, { ok: false, error: `bad request body: ${err instanceof Error ? err.message : String(err)}` })
    }
    if (!Array.isArray(args)) return reply(400, { ok: false, error: 'request body must be a JSON array of arguments' })
    try {
      const value = await (service[method as InvokableMethod] as (...a: unknown[]) => Promise<unknown>)(...args)
      reply(200, { ok: true, value: value ?? null })
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      reply(err instanceof InvalidArgumentError ? 400 : 500, { ok: false, error: message })
    }
  }

  await new Promise<void>((done, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => done())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    service,
    openedExternally,
    async close() {
      service.stop()
      for (const c of clients) c.end()
      await new Promise<void>((done) => server.close(() => done()))
    },
  }
}

/**
 * Image bytes cannot ride on JSON as a Uint8Array (it would become {"0":137,...}, six times the size): they go
 * as { $base64 } and the web bridge turns them back (lib/web-bridge.ts). Electron IPC clones them natively.
 */
function encodeBytes(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { $base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') } : value
}

function parseRequestUrl(target: string | undefined, host: string): URL | undefined {
  // Only origin-form targets ("/path"): "//other.host/x" would otherwise parse as another host.
  if (!target?.startsWith('/') || target.startsWith('//')) return undefined
  try {
    return new URL(target, `http://${host}`)
  } catch {
    return undefined
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) {
        reject(new Error('request body too large'))
        req.destroy()
      } else chunks.push(c)
    })
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
