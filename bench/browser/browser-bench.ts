// The Chromium part of the bench, on one profile: ingest (storage), queries at the base size, start and heap
// with the base size stored, then the database grown towards the large size and the queries again.
import { existsSync } from 'node:fs'
import { CLONE_CHUNK, ITEMS_PER_FEED, bulkClone, ingestThroughApp, putBenchFeeds, rawBulkPut, type IngestFigures } from './fill'
import { runQueries } from './queries-bench'
import { buildRenderer, openSession, type Session } from './session'
import { runStart } from './start-bench'
import { round, spread } from '../lib/stats'
import { tagsFrom } from '../lib/feed-results'

export type BrowserPart = 'storage' | 'queries' | 'start' | 'memory'

export interface BrowserOptions {
  baseArticles: number
  largeArticles: number
  /** Articles ingested into a database nothing observes: the storage cost without the app's live queries. */
  floorArticles: number
  queryRuns: number
  searchRuns: number
  /** Time allowed for the timed ingest through the app into the library of baseArticles. */
  ingestBudgetMin: number
  /** Articles ingested through the app into the library of baseArticles (the storage figure), in feeds of 50. */
  ingestArticles: number
  missRuns: number
  startRuns: number
  /** Time allowed for growing the database to largeArticles; queries then run at whatever size was reached. */
  largeFillBudgetMin: number
  only: Set<BrowserPart>
  log: (line: string) => void
}

const mb = (bytes: number) => round(bytes / 2 ** 20)

async function storageEstimateMb(s: Session): Promise<number> {
  return mb(await s.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0))
}

/** IndexedDB settles its files a little after the last commit; sizes are read after a pause. */
async function diskMb(s: Session): Promise<number> {
  await s.page.waitForTimeout(3000)
  return mb(s.indexedDbBytes())
}

/** Indexes the queued search rows now, as the app's indexer does once ingest pauses. */
const indexSearch = (s: Session) => s.page.evaluate(() => window.__bench!.indexSearch())

/** A classifier update over the whole library: retagArticles, 1,000 articles per transaction, app open. */
async function retagFigures(s: Session, o: BrowserOptions): Promise<Record<string, unknown>> {
  o.log('storage: re-tagging the whole library (stand-in classifier in the page)')
  const r = await s.page.evaluate(() => window.__bench!.retagAll(1000))
  const indexed = await indexSearch(s) // nothing should be queued: a re-tag leaves title, summary and date alone
  return { articles: r.retagged, seconds: round(r.ms / 1000), articlesPerSec: round((r.retagged / r.ms) * 1000), searchRowsQueued: indexed.rows, note: 'storage side of a classifier update: retagArticles with a stand-in classifier in the page (the real one runs in the main process), 1,000 per transaction, app open' }
}

const useDatabase = (s: Session, name?: string) => s.page.evaluate((n) => window.__bench!.useDatabase(n), name)

function ingestFigures(i: IngestFigures) {
  const rates = i.batchArticlesPerSec
  const tenth = Math.max(1, Math.floor(rates.length / 10))
  return {
    articles: i.articles,
    ingestSeconds: round(i.ingestMs / 1000),
    articlesPerSec: round(i.articlesPerSec),
    batchArticlesPerSec: spread(rates),
    firstTenthArticlesPerSec: spread(rates.slice(0, tenth)).median,
    lastTenthArticlesPerSec: spread(rates.slice(-tenth)).median,
  }
}

async function measureFloor(s: Session, o: BrowserOptions): Promise<Record<string, unknown>> {
  const feeds = Math.ceil(o.floorArticles / ITEMS_PER_FEED)
  await useDatabase(s, 'bench-storage-floor')
  try {
    await putBenchFeeds(s, feeds)
    o.log(`storage: ${o.floorArticles} articles into a database no page observes`)
    return { ...ingestFigures(await ingestThroughApp(s, feeds, o.log)), note: 'same ingestFeedResult, separate database: no live query re-runs' }
  } finally {
    await s.page.evaluate(async () => {
      await window.__bench!.db.delete()
    })
    await useDatabase(s)
  }
}

/** BENCH_FILL_STOP_FILE: when that file appears, the resumable fill stops after its current chunk. */
const stopFileExists = () => Boolean(process.env.BENCH_FILL_STOP_FILE && existsSync(process.env.BENCH_FILL_STOP_FILE))

/** Waits until the app's data steps (an upgrade's, run after the open, background ones too) are all done; resolves
 *  with the time it took. */
export async function dataStepsDone(s: Session, log?: (line: string) => void): Promise<number> {
  const t0 = performance.now()
  let lastLog = performance.now()
  for (;;) {
    const pending = await s.page.evaluate(async () =>
      (await window.__bench!.db.table<{ name: string; done: number; processed: number; total?: number }>('migrations').toArray()).filter((r) => !r.done),
    )
    if (pending.length === 0) return performance.now() - t0
    if (log && performance.now() - lastLog > 60_000) {
      lastLog = performance.now()
      log(`data steps: ${pending.map((r) => `${r.name} ${r.processed}/${r.total ?? '?'}`).join(', ')} after ${Math.round((lastLog - t0) / 1000)} s`)
    }
    await new Promise((r) => setTimeout(r, 2_000))
  }
}

/** Template feeds the resumable large fill ingests through the app and clones from. */
const LARGE_TEMPLATE_FEEDS = 100

/**
 * The large size on a kept profile (BENCH_LARGE_PROFILE): the database grows by the bulk path within the budget
 * and picks up where the previous run stopped, so a size that takes hours to fill can be reached over several
 * runs; the queries then run at whatever size is stored.
 */
export async function runLargeResumable(o: BrowserOptions, profileDir: string, port: number): Promise<Record<string, unknown>> {
  const build = buildRenderer()
  const s = await openSession(build.rendererDir, { profileDir, port })
  try {
    await s.open()
    // The app's own counter of 'all': IndexedDB's count() walks every stored article (minutes at a million).
    const storedArticles = () => s.page.evaluate(async () => (await window.__bench!.db.counters.get('all'))?.n ?? 0)
    let stored = await storedArticles()
    if (stored === 0) {
      await putBenchFeeds(s, LARGE_TEMPLATE_FEEDS)
      stored = (await ingestThroughApp(s, LARGE_TEMPLATE_FEEDS, o.log)).articles
    }
    o.log(`fill: ${stored} articles stored in ${profileDir}; growing to ${o.largeArticles}, budget ${o.largeFillBudgetMin} min`)
    const t0 = performance.now()
    const fill = stored < o.largeArticles ? await bulkClone(s, stored, o.largeArticles - stored, o.log, o.largeFillBudgetMin * 60_000, CLONE_CHUNK, stopFileExists) : { ms: 0, articles: 0 }
    const fillSeconds = round((performance.now() - t0) / 1000)
    const indexed = await indexSearch(s)
    o.log(`fill: search index caught up with ${indexed.rows} articles in ${round(indexed.ms / 1000)} s`)
    const reached = await storedArticles()
    const largeFill = {
      target: o.largeArticles,
      reached,
      method: `bulk path on a kept profile, resumed across runs: rows cloned from stored articles in feed order (new ids, URLs, older dates) written by writeArticles, ${CLONE_CHUNK} per transaction`,
      thisRun: { articles: fill.articles, seconds: fillSeconds, articlesPerSec: fill.ms ? round((fill.articles / fill.ms) * 1000) : undefined },
      dbDiskMb: await diskMb(s),
    }
    await s.open() // a fresh start on the grown database, as the queries at the base size get
    // A profile kept from an older schema is upgraded by this open: its queries wait for the data steps.
    const stepsMs = await dataStepsDone(s, o.log)
    if (stepsMs > 0) o.log(`fill: the upgrade's data steps done ${Math.round(stepsMs / 1000)} s after the reopen`)
    const settledMs = await s.settle(30_000)
    o.log(`fill: IndexedDB settled ${Math.round(settledMs / 1000)} s after the reopen`)
    const plan = { runs: o.queryRuns, searchRuns: Math.ceil(o.searchRuns / 2), missRuns: Math.max(1, Math.ceil(o.missRuns / 2)), skipMemorySearch: true }
    const queries = { [String(reached)]: await runQueries(s, plan, o.log) }
    return { largeFill, queries }
  } finally {
    await s.close()
    build.dispose()
  }
}

export async function runBrowserBench(o: BrowserOptions): Promise<Record<string, unknown>> {
  const build = buildRenderer()
  const s = await openSession(build.rendererDir)
  const out: Record<string, unknown> = { tagsFrom }
  try {
    await s.open()
    const feeds = Math.ceil(o.baseArticles / ITEMS_PER_FEED)
    const extraFeeds = o.only.has('storage') ? Math.ceil(o.ingestArticles / ITEMS_PER_FEED) : 0
    await putBenchFeeds(s, feeds + extraFeeds)
    const before = { diskMb: await diskMb(s), estimateMb: await storageEstimateMb(s) }
    // The library: a few feeds through the app, the rest by the bulk path.
    const seeded = await ingestThroughApp(s, Math.min(feeds, 100), o.log)
    await bulkClone(s, seeded.articles, o.baseArticles - seeded.articles, o.log)
    const baseIndex = await indexSearch(s)
    o.log(`fill: search index caught up with ${baseIndex.rows} articles in ${round(baseIndex.ms / 1000)} s`)
    const ingest = seeded
    const after = { diskMb: await diskMb(s), estimateMb: await storageEstimateMb(s) }
    if (o.only.has('storage')) {
      await s.settle(5_000)
      o.log(`storage: ingesting ${o.ingestArticles} articles (${extraFeeds} feed results) into the library of ${o.baseArticles}, app open on All articles`)
      const appOpen = await ingestThroughApp(s, feeds + extraFeeds, o.log, 20, o.ingestBudgetMin * 60_000, feeds)
      const catchUp = await indexSearch(s)
      o.log(`storage: the same articles as plain rows, one Dexie bulkPut per 20 feed results, in a database of their own`)
      const plain = await rawBulkPut(s, feeds, feeds + Math.ceil(appOpen.articles / ITEMS_PER_FEED))
      out.storage = {
        appOpen: { ...ingestFigures(appOpen), libraryArticles: o.baseArticles, note: `ingestFeedResults into a library of ${o.baseArticles}, 20 feed results (1,000 articles) per transaction as sync.ts stores a burst, app open on All articles` },
        searchIndexCatchUp: { articles: catchUp.rows, articlesPerSec: round((catchUp.rows / catchUp.ms) * 1000), storedAndIndexedPerSec: round((appOpen.articles / (appOpen.ingestMs + catchUp.ms)) * 1000), note: 'the queued search rows of those articles indexed right after, as the app does when ingest pauses (search finds queued rows meanwhile)' },
        rawBulkPut: { articles: plain.articles, articlesPerSec: round(plain.articlesPerSec), note: 'the same rows, one Dexie bulkPut per 1,000, nothing derived, a database of their own' },
        appOpenOverRawBulkPut: round(appOpen.articlesPerSec / plain.articlesPerSec),
        retag: await retagFigures(s, o),
        noObserver: await measureFloor(s, o),
        articlesStored: o.baseArticles + appOpen.articles,
        dbDiskMb: { before: before.diskMb, after: after.diskMb },
        storageEstimateMb: { before: before.estimateMb, after: after.estimateMb },
      }
      o.log(`storage: app open ${round(appOpen.articlesPerSec)} articles/s, plain bulkPut ${round(plain.articlesPerSec)}/s, ratio ${round(appOpen.articlesPerSec / plain.articlesPerSec)}`)
    }
    const queries: Record<string, unknown> = {}
    if (o.only.has('queries')) {
      const settledMs = await s.settle(30_000)
      o.log(`queries: IndexedDB settled ${Math.round(settledMs / 1000)} s after the fill`)
      queries[String(o.baseArticles)] = await runQueries(s, { runs: o.queryRuns, searchRuns: o.searchRuns, missRuns: o.missRuns }, o.log)
    }
    if (o.only.has('start') || o.only.has('memory')) {
      const start = await runStart(s, o.startRuns, o.log)
      out.start = { articles: o.baseArticles, firstRowsMs: start.firstRowsMs, domContentLoadedMs: start.domContentLoadedMs, rowsShown: start.rowsShown }
      out.rendererMemory = { articles: o.baseArticles, heapUsedAfterGcMb: round(start.heapUsedMb), heapUsedMb: round(start.heapUsedNoGcMb) }
      await s.page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 30_000 })
    }
    if (o.only.has('queries') && o.largeArticles > o.baseArticles) {
      const extra = o.largeArticles - o.baseArticles
      const projectedMin = ((ingest.ingestMs / ingest.articles) * extra) / 60_000
      o.log(`fill: growing to ${o.largeArticles} articles by the bulk path (ingestFeedResult would take ~${Math.round(projectedMin)} min), budget ${o.largeFillBudgetMin} min`)
      const t0 = performance.now()
      const fill = await bulkClone(s, o.baseArticles, extra, o.log, o.largeFillBudgetMin * 60_000)
      await indexSearch(s)
      const reached = o.baseArticles + fill.articles
      const fillSeconds = round((performance.now() - t0) / 1000)
      queries[String(reached)] = await runQueries(s, { runs: o.queryRuns, searchRuns: Math.ceil(o.searchRuns / 2), missRuns: Math.max(1, Math.ceil(o.missRuns / 2)) }, o.log)
      out.largeFill = {
        target: o.largeArticles,
        reached,
        method: `bulk path: rows cloned from stored articles in feed order (new ids, URLs, older dates) written by writeArticles, ${CLONE_CHUNK} per transaction`,
        projectedIngestMinutes: Math.round(projectedMin),
        seconds: fillSeconds,
        articlesPerSec: round((fill.articles / fill.ms) * 1000),
        dbDiskMb: await diskMb(s),
      }
    }
    if (Object.keys(queries).length) out.queries = queries
    return out
  } finally {
    await s.close()
    build.dispose()
  }
}
