// Shared by the hostile-server suite: good loopback feeds to poll beside a hostile one, a poll through the real
// news service (poller, refresh pipeline, validation), and a peak-RSS sampler.
import { createServer, type AddressInfo, type Socket } from 'node:net'
import type { FeedResult, Subscription, SubscriptionsReport } from '../../../../src/shared/model'
import { createNewsService, type NewsServiceOptions } from '../../../../src/main/core/news-service'
import type { RefreshDeps } from '../../../../src/main/core/refresh-feed'
import type { FixtureServer } from '../../../helpers/fixture-server'

export const goodFeed = (name: string, items = 3): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><link>https://${name}.example/</link>` +
  Array.from({ length: items }, (_, i) => `<item><title>${name} story ${i}</title><guid>${name}-${i}</guid></item>`).join('') +
  '</channel></rss>'

/** Routes /good-0.xml ... on the server and returns their subscriptions. */
export function addGoodFeeds(server: FixtureServer, count = 3): Subscription[] {
  return Array.from({ length: count }, (_, i) => {
    server.route(`/good-${i}.xml`, { headers: { 'content-type': 'application/rss+xml' }, body: goodFeed(`good${i}`) })
    return { id: `good-${i}`, url: server.url(`/good-${i}.xml`) }
  })
}

export interface PollRun {
  results: Map<string, FeedResult>
  /** Refused schedule entries reported by setSubscriptions. */
  refused: { index: number; id?: string; reason: string }[]
  ms: number
  /** Highest process RSS seen during the poll, in MB, and its growth over the RSS at the start. */
  peakRssMb: number
  rssGrowthMb: number
}

/** Sets the schedule and polls every feed once, through the same service the app and browser mode use. */
export async function pollOnce(subs: unknown[], refreshDeps: RefreshDeps = {}, extra: Partial<NewsServiceOptions> = {}): Promise<PollRun> {
  const results = new Map<string, FeedResult>()
  const service = createNewsService({
    emitFeedResult: (r) => void results.set(r.feedId, r),
    emitProgress: () => {},
    emitArticleContent: () => {},
    openExternal: async () => {},
    refreshDeps: { logger: { info() {}, warn() {}, error() {} }, ...refreshDeps },
    ...extra,
  })
  const startRssMb = process.memoryUsage().rss / 1024 / 1024
  const sampler = startRssSampler()
  const started = performance.now()
  try {
    const report = await service.setSubscriptions(subs)
    await service.refreshNow()
    // Before issue 16 setSubscriptions returned nothing (and threw on any bad entry).
    const refused = (report as SubscriptionsReport | undefined)?.refused ?? []
    const peakRssMb = sampler.peakMb()
    return { results, refused, ms: performance.now() - started, peakRssMb, rssGrowthMb: peakRssMb - startRssMb }
  } finally {
    sampler.stop()
    service.stop()
  }
}

/** The ids of good feeds that did not come back updated with all their items (empty when all did). */
export function goodFeedsMissed(run: PollRun, subs: Subscription[]): string[] {
  return subs.filter((s) => {
    const r = run.results.get(s.id)
    return r?.kind !== 'updated' || r.articles.length !== 3
  }).map((s) => s.id)
}

/** The hostile feed's error, as the renderer would store it. */
export function errorOf(run: PollRun, id: string): { code: string; message: string } | undefined {
  const r = run.results.get(id)
  return r?.kind === 'failed' ? r.error : undefined
}

function startRssSampler(intervalMs = 20) {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), intervalMs)
  return {
    peakMb: () => Math.max(peak, process.memoryUsage().rss) / 1024 / 1024,
    stop: () => clearInterval(timer),
  }
}

/** The schedule the renderer would send back after storing a poll's results (url and validators updated). */
export function scheduleAfter(subs: Subscription[], run: PollRun): Subscription[] {
  return subs.map((s) => {
    const http = run.results.get(s.id)?.http
    return http ? { ...s, url: http.url, validators: http.validators } : s
  })
}

export interface RawServer {
  url(path: string): string
  /** Requests received (the first line of each). */
  readonly requests: string[]
  close(): Promise<void>
}

/** A TCP server that answers each request through `answer` with raw bytes: for what node:http would not send
 *  (lying Content-Length, headers trickled byte by byte, oversized header blocks). */
export async function startRawServer(answer: (socket: Socket, requestLine: string) => void): Promise<RawServer> {
  const sockets = new Set<Socket>()
  const requests: string[] = []
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => {})
    let head = ''
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1')
      if (!head.includes('\r\n\r\n')) return
      socket.off('data', onData)
      const line = head.split('\r\n')[0]!
      requests.push(line)
      answer(socket, line)
    }
    socket.on('data', onData)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Writes `text` one piece every intervalMs until done or the client leaves. */
export function trickle(socket: Socket, text: string, intervalMs: number, piece = 1): void {
  let at = 0
  const tick = () => {
    if (socket.destroyed || at >= text.length) return
    socket.write(text.slice(at, (at += piece)))
    setTimeout(tick, intervalMs).unref()
  }
  tick()
}
