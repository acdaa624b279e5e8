// Shared by the hostile-server suite: good loopback feeds to poll beside a hostile one, a poll through the real
// news service (poller, refresh pipeline, validation), and a peak-RSS sampler.
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
  /** Highest process RSS seen during the poll, in MB. */
  peakRssMb: number
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
  const sampler = startRssSampler()
  const started = performance.now()
  try {
    const report = await service.setSubscriptions(subs)
    await service.refreshNow()
    // Before issue 16 setSubscriptions returned nothing (and threw on any bad entry).
    const refused = (report as SubscriptionsReport | undefined)?.refused ?? []
    return { results, refused, ms: performance.now() - started, peakRssMb: sampler.peakMb() }
  } finally {
    sampler.stop()
    service.stop()
  }
}

/** Every good feed came back updated with its items. */
export function expectGoodFeedsPolled(run: PollRun, subs: Subscription[]): string[] {
  return subs.filter((s) => run.results.get(s.id)?.kind !== 'updated').map((s) => s.id)
}

export function startRssSampler(intervalMs = 20) {
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
