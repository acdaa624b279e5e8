// The schema upgrade from version 14 (tag rows) to the current one, timed in Chromium: a version-14 database of
// `articles` generated articles is written with the frozen helpers, then opened with the current schema (the
// versionchange, which the reader waits for) and its data steps run after open in batches (the app usable meanwhile).
// Quick runs compare batch sizes, one transaction for everything (how upgrades ran before) included.
import { buildRenderer, openSession } from './session'
import { ITEMS_PER_FEED } from './fill'
import { CORPUS_EPOCH } from '../lib/feed-gen'
import { FAR_FUTURE, benchFeedId, benchFeedUrl, buildFeedResult } from '../lib/feed-results'
import { percentiles, round } from '../lib/stats'
import type { Feed } from '../../src/renderer/src/db/schema'
import type { FeedResult } from '../../src/shared/model'
import { DEFAULT_BATCH } from '../../src/renderer/src/db/data-migrations'

export async function runUpgradeBench(articles: number, quick: boolean, log: (line: string) => void): Promise<Record<string, unknown>> {
  const build = buildRenderer()
  const s = await openSession(build.rendererDir)
  try {
    await s.open()
    const feedCount = Math.ceil(articles / ITEMS_PER_FEED)
    const feeds: Feed[] = Array.from({ length: feedCount }, (_, f) => ({ id: benchFeedId(f), url: benchFeedUrl(f), title: `Bench Wire ${f}`, failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: CORPUS_EPOCH, nextPollAt: FAR_FUTURE }))
    const results: FeedResult[] = []
    for (let f = 0; f < feedCount; f++) results.push(await buildFeedResult(f, ITEMS_PER_FEED))
    const sizes = quick ? [250, DEFAULT_BATCH, 4000, Infinity] : [DEFAULT_BATCH]
    log(`upgrade: a version-14 database of ${articles} articles opened with the current schema, data steps in batches of ${sizes.join(', ')}`)
    const r = await s.page.evaluate(({ fs, rs, bs }) => window.__bench!.timeUpgradeFrom14(fs, rs, bs), { fs: feeds, rs: results, bs: sizes })
    const runs = r.runs.map((run) => {
      const totalS = (run.openMs + run.visibleMs) / 1000
      const batch = percentiles(run.batchMs)
      const out = {
        batchSize: Number.isFinite(run.batchSize) ? run.batchSize : 'all',
        openSeconds: round(run.openMs / 1000),
        listsReadySeconds: round(run.visibleMs / 1000),
        totalSeconds: round(totalS),
        cleanupSeconds: round((run.dataMs - run.visibleMs) / 1000),
        articlesPerSec: round(r.articles / totalS),
        batches: batch.runs,
        batchMsP50: batch.p50,
        batchMsP95: batch.p95,
        batchMsMax: batch.max,
        listRows: run.listRows,
        seedSeconds: round(run.seedMs / 1000),
      }
      log(`upgrade: batch ${out.batchSize}: open ${out.openSeconds} s + data steps ${out.listsReadySeconds} s = ${out.totalSeconds} s (${out.articlesPerSec} articles/s), then tag-row clean-up ${out.cleanupSeconds} s; batch p50 ${out.batchMsP50} ms, p95 ${out.batchMsP95} ms, max ${out.batchMsMax} ms, ${out.listRows} list rows`)
      return out
    })
    return { articles: r.articles, runs, note: 'version 14 (tag rows, counters, search rows) to the current schema: the versionchange (open, the reader waits), then the data steps after open, one transaction per batch, until the lists are complete (total); the tag rows are emptied after that in the background (cleanup)' }
  } finally {
    await s.close()
    build.dispose()
  }
}
