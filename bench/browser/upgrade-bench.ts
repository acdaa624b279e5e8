// The schema upgrade from version 14 (tag rows) to the current one, timed in Chromium: a version-14 database of
// `articles` generated articles (every third read, every seventh starred) is written with the frozen helpers, a
// chunk at a time, then opened with the current schema (the versionchange, which the reader waits for) and its data
// steps run after open in batches (the app usable meanwhile). Quick runs compare batch sizes, one transaction for
// everything (how upgrades ran before) included.
import type { Page } from 'playwright-core'
import { buildRenderer, openSession } from './session'
import { ITEMS_PER_FEED } from './fill'
import { CORPUS_EPOCH } from '../lib/feed-gen'
import { FAR_FUTURE, benchFeedId, benchFeedUrl, buildFeedResult } from '../lib/feed-results'
import { percentiles, round } from '../lib/stats'
import type { Feed } from '../../src/renderer/src/db/schema'
import type { FeedResult } from '../../src/shared/model'
import { DEFAULT_BATCH } from '../../src/renderer/src/db/data-migration-pacing'

/** Feeds generated and sent to the page at once: the page never holds the whole library. */
const FEEDS_PER_CHUNK = 40

export async function seed(page: Page, name: string, articles: number): Promise<number> {
  const feedCount = Math.ceil(articles / ITEMS_PER_FEED)
  let stored = 0
  for (let first = 0; first < feedCount; first += FEEDS_PER_CHUNK) {
    const ids = Array.from({ length: Math.min(FEEDS_PER_CHUNK, feedCount - first) }, (_, i) => first + i)
    const feeds: Feed[] = ids.map((f) => ({ id: benchFeedId(f), url: benchFeedUrl(f), title: `Bench Wire ${f}`, failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: CORPUS_EPOCH, nextPollAt: FAR_FUTURE }))
    const results: FeedResult[] = []
    for (const f of ids) results.push(await buildFeedResult(f, ITEMS_PER_FEED))
    const finish = first + FEEDS_PER_CHUNK >= feedCount
    stored += await page.evaluate(({ n, fs, rs, end }) => window.__bench!.seedVersion14Chunk(n, fs, rs, end), { n: name, fs: feeds, rs: results, end: finish })
  }
  return stored
}

export async function runUpgradeBench(articles: number, quick: boolean, log: (line: string) => void): Promise<Record<string, unknown>> {
  const build = buildRenderer()
  const s = await openSession(build.rendererDir)
  try {
    await s.open()
    // 0: the app's own sizing (first batch DEFAULT_BATCH, then by measured time). The full run stops once the lists
    // are complete: the tag rows' clean-up after them took 17 minutes at 100,000 on the loaded machine.
    const sizes = quick ? [250, 1000, 4000, Infinity, 0] : [0]
    log(`upgrade: version-14 databases of ${articles} articles opened with the current schema, data steps in batches of ${sizes.join(', ')}`)
    const runs = []
    for (const batchSize of sizes) {
      const name = `bench-upgrade-${batchSize}`
      const t0 = performance.now()
      const stored = await seed(s.page, name, articles)
      const seedS = (performance.now() - t0) / 1000
      const run = await s.page.evaluate(({ n, b, stop }) => window.__bench!.timeUpgrade(n, b, stop), { n: name, b: batchSize, stop: !quick })
      const totalS = (run.openMs + run.visibleMs) / 1000
      const batch = percentiles(run.batchMs)
      const out = {
        batchSize: run.batchSize === 0 ? `measured (from ${DEFAULT_BATCH})` : Number.isFinite(run.batchSize) ? run.batchSize : 'all',
        articles: stored,
        openSeconds: round(run.openMs / 1000),
        listsReadySeconds: round(run.visibleMs / 1000),
        totalSeconds: round(totalS),
        articlesPerSec: round(stored / totalS),
        cleanupSeconds: quick ? round((run.dataMs - run.visibleMs) / 1000) : 'not timed',
        batches: batch.runs,
        batchMsP50: batch.p50,
        batchMsP95: batch.p95,
        batchMsMax: batch.max,
        listRows: run.listRows,
        seedSeconds: round(seedS),
      }
      log(`upgrade: batch ${out.batchSize}: open ${out.openSeconds} s + data steps ${out.listsReadySeconds} s = ${out.totalSeconds} s (${out.articlesPerSec} articles/s), then tag-row clean-up ${out.cleanupSeconds} s; batch p50 ${out.batchMsP50} ms, p95 ${out.batchMsP95} ms, max ${out.batchMsMax} ms; ${out.listRows} list rows (seeded in ${out.seedSeconds} s)`)
      runs.push(out)
    }
    return { articles, runs, note: 'version 14 (articles, tag rows, counters; no search rows) to the current schema: the versionchange (open, the reader waits), then the data steps after open, one transaction per batch, until the lists are complete (total); the tag rows are emptied after that in the background (cleanup)' }
  } finally {
    await s.close()
    build.dispose()
  }
}
