// The schema upgrade from version 14 (tag rows) to the current one, timed in Chromium: a version-14 database of
// `articles` generated articles is written with the frozen helpers, then opened with the current schema.
import { buildRenderer, openSession } from './session'
import { ITEMS_PER_FEED } from './fill'
import { CORPUS_EPOCH } from '../lib/feed-gen'
import { FAR_FUTURE, benchFeedId, benchFeedUrl, buildFeedResult } from '../lib/feed-results'
import { round } from '../lib/stats'
import type { Feed } from '../../src/renderer/src/db/schema'
import type { FeedResult } from '../../src/shared/model'

export async function runUpgradeBench(articles: number, log: (line: string) => void): Promise<Record<string, unknown>> {
  const build = buildRenderer()
  const s = await openSession(build.rendererDir)
  try {
    await s.open()
    const feedCount = Math.ceil(articles / ITEMS_PER_FEED)
    const feeds: Feed[] = Array.from({ length: feedCount }, (_, f) => ({ id: benchFeedId(f), url: benchFeedUrl(f), title: `Bench Wire ${f}`, failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: CORPUS_EPOCH, nextPollAt: FAR_FUTURE }))
    const results: FeedResult[] = []
    for (let f = 0; f < feedCount; f++) results.push(await buildFeedResult(f, ITEMS_PER_FEED))
    log(`upgrade: writing a version-14 database of ${articles} articles, then opening it with the current schema`)
    const r = await s.page.evaluate(({ fs, rs }) => window.__bench!.timeUpgradeFrom14(fs, rs), { fs: feeds, rs: results })
    log(`upgrade: ${r.articles} articles upgraded in ${round(r.upgradeMs / 1000)} s (${r.listRows} list rows)`)
    return { articles: r.articles, upgradeSeconds: round(r.upgradeMs / 1000), articlesPerSec: round((r.articles / r.upgradeMs) * 1000), listRows: r.listRows, seedSeconds: round(r.seedMs / 1000), note: 'version 14 (tag rows, counters, search rows) to the current schema, one versionchange transaction' }
  } finally {
    await s.close()
    build.dispose()
  }
}
