// Browser mode only (loaded from main.tsx behind isBrowserMode): hands the benchmark (bench/browser/*) the
// renderer's real storage functions, so it times the code the app runs rather than a copy. Electron never loads it.
import type { FeedResult, IncomingArticle } from '../../../shared/model'
import { articleTables, listRowOf, sortKeyOf, writeArticles } from '../db/article-tags'
import { addCounterDeltas } from '../db/counters'
import { searchRowOf, timeOfRow, tokensOfRow, type SearchRow } from '../db/search-index'
import * as coverage from '../db/coverage'
import { viewDailyCounts } from '../db/view-daily'
import * as facets from '../db/facets'
import { cleanIncoming, omitUndefined } from '../db/incoming'
import { ingestFeedResult, ingestFeedResults } from '../db/ingest'
import * as queries from '../db/queries'
import { listHead } from '../db/view-query'
import { FIRST_PAGE, HEAD } from '../features/articles/useViewList'
import { searchArticles } from '../db/search'
import { updateOfflineSettings } from '../db/offline/settings'
import { dropPlainRows, putPlainRows } from '../db/plain-rows'
import { indexAllPending } from '../db/search-indexer'
import { retagArticles } from '../db/retag'
import { seedVersion14, type Version14Seed } from '../db/legacy-seed'
import { MIGRATIONS_TABLE, runDataMigrations } from '../db/data-migrations'
import { enableStepMarks } from '../db/migrations/step-marks'
import { saveRule } from '../db/rules/store'
import { applyRulesToStored } from '../db/rules/apply-stored'
import { db as appDb, openDatabase, type Feed, type MeridianDb, type StoredArticle } from '../db/schema'

/** The row ingestFeedResult stores for a new article (same fields as ingest.ts's fromIncoming). */
function toNewRow(raw: IncomingArticle & { outletCountry?: string }, now: number): StoredArticle | undefined {
  const a = cleanIncoming(raw, raw.feedId, now)
  if (!a) return undefined
  return omitUndefined<StoredArticle>({
    ...a,
    outletCountry: raw.outletCountry,
    classified: { countries: a.countries, topics: a.topics },
    isRead: 0,
    isStarred: 0,
    firstSeenAt: now,
    sortKey: sortKeyOf(a.publishedAt, a.id),
  })
}

let db: MeridianDb = appDb

const legacySeeds = new Map<string, Version14Seed>()

interface UpgradeRun {
  batchSize: number
  /** The versionchange: the database is not usable until it ends. */
  openMs: number
  /** Until the steps the reader waits for were done (lists complete), and until every step was (clean-ups too). */
  visibleMs: number
  /** The data steps after open, batch by batch (each batch's time is what a write of the reader's may wait). */
  dataMs: number
  batchMs: number[]
  /** Time per data step (its batches' time, the runner's pauses included). */
  stepMs: Record<string, number>
  listRows: number
}
const PLAIN = 'bench-plain-rows'

/** A title's place in [0, 1): which articles a stand-in classifier update changes (FNV-1a, stable across builds). */
function titleShare(title: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < title.length; i++) h = Math.imul(h ^ title.charCodeAt(i), 0x01000193)
  return (h >>> 0) / 2 ** 32
}

const benchHooks = {
  get db(): MeridianDb {
    return db
  },
  /**
   * Points the hooks at another database (fresh, nothing in the page watches it), or back at the app's with no
   * name: storage cost alone versus storage while the open list's live queries react to every write.
   */
  useDatabase(name?: string): void {
    db = name === undefined ? appDb : openDatabase(name)
  },
  /** Every export of db/queries.ts and db/facets.ts, and the article search (db/search.ts), looked up by name so the
   *  bench follows the modules as they grow. */
  queries: { ...queries, ...facets, ...coverage, viewDailyCounts, searchArticles, listHead } as Record<string, unknown>,
  /** Rules (issue 19): stored, and applied to the stored articles (bench/rules-bench.ts). */
  rules: { saveRule, applyRulesToStored },
  /** What the article list reads for its first paint (useViewList): listHead(view, rows, keys). */
  firstPage: { rows: FIRST_PAGE, keys: HEAD },
  ingestFeedResult: (result: FeedResult) => ingestFeedResult(db, result),
  /** A burst in one transaction, as sync.ts stores results that queue up during a write. */
  ingestFeedResults: (results: FeedResult[]) => ingestFeedResults(db, results),
  /** The reader's retention rules. Large fills clone many articles per feed: with the default cap (1,000 per feed)
   *  the app's clean-up would delete them again 10 s after the next start. */
  setRetention: (rules: { maxPerFeed: number; keepReadDays: number }) => updateOfflineSettings(db, rules),
  /** The rows ingest would store for these results, written as plain rows with one bulkPut into a database of their
   *  own (no lists, counters or search): the storage figure's reference. Returns the time of the bulkPut alone. */
  async rawBulkPut(results: FeedResult[]): Promise<{ articles: number; ms: number }> {
    const rows = results.flatMap((r) => (r.kind === 'updated' ? r.articles : [])).map((a) => toNewRow(a, Date.now())).filter((r): r is StoredArticle => r !== undefined)
    return { articles: rows.length, ms: await putPlainRows(PLAIN, rows) }
  },
  dropRawDatabase: () => dropPlainRows(PLAIN),
  /** Re-tags every stored article through the app's retagArticles, with a stand-in classifier in the page (the real
   *  one runs in the main process): the storage side of a classifier update. With `limit`, stops after the page
   *  that reaches that many articles (a profile's shorter pass over the same large library). `classifyMsPer1000`
   *  makes the stand-in take as long as the real classifier and its IPC round trip would (~200 ms per 1,000).
   *  Without `changedShare` the stand-in (version 1,000,000) gives every article tags it did not have from the real
   *  classifier; with it, a next version (1,000,001) changes that share of articles (picked by a hash of the title)
   *  and tags the rest as version 1,000,000 did: a realistic update over a library that pass tagged first. */
  async retagAll(batchSize: number, limit = Infinity, classifyMsPer1000 = 0, changedShare?: number): Promise<{ retagged: number; ms: number }> {
    const codes = ['FR', 'DE', 'US', 'CN', 'BR', 'IN', 'NG', 'JP']
    const changes = (title: string) => changedShare !== undefined && titleShare(title) < changedShare
    const classify = async (requests: { title: string }[]) => {
      if (classifyMsPer1000 > 0) await new Promise((r) => setTimeout(r, (classifyMsPer1000 * requests.length) / 1000))
      return standIn(requests)
    }
    const standIn = (requests: { title: string }[]) => ({
      version: changedShare === undefined ? 1_000_000 : 1_000_001,
      results: requests.map((r) => ({ countries: [codes[(r.title.length + (changes(r.title) ? 1 : 0)) % codes.length]], mentions: [codes[(r.title.length + 3) % codes.length]], topics: ['politics' as const], evidence: { countries: {}, topics: {} } })),
    })
    const t0 = performance.now()
    const stop = new AbortController()
    const onProgress = ({ scanned }: { scanned: number }) => (scanned >= limit ? stop.abort() : undefined)
    const summary = await retagArticles(db, classify, { all: true, batchSize, onProgress, signal: stop.signal })
    return { retagged: summary.retagged, ms: performance.now() - t0 }
  },
  /** Adds feeds and their results' articles (every third read, every seventh starred) to the version-14 database
   *  `name`, creating it on the first chunk; `finish` writes its counters and closes it. */
  async seedVersion14Chunk(name: string, feeds: Feed[], results: FeedResult[], finish: boolean): Promise<number> {
    const seed = legacySeeds.get(name) ?? legacySeeds.set(name, seedVersion14(name)).get(name)!
    const rows = results.flatMap((r) => (r.kind === 'updated' ? r.articles : [])).map((a) => toNewRow(a, Date.now())).filter((r): r is StoredArticle => r !== undefined)
    const marked = rows.map((r, i): StoredArticle => ({ ...r, ...(i % 3 === 0 ? { isRead: 1, readAt: r.firstSeenAt } : {}), ...(i % 7 === 0 ? { isStarred: 1 } : {}) }))
    await seed.add(feeds, marked)
    if (finish) {
      await seed.finish()
      legacySeeds.delete(name)
    }
    return marked.length
  },
  /** Opens the version-14 database `name` with the current schema (the versionchange: what the reader waits for)
   *  and runs the data steps it recorded in batches (the app in use meanwhile), timing each batch; deletes it after.
   *  Infinity: every step in one transaction; 0: the app's own sizing (by measured batch time). With
   *  `stopWhenReady`, stops once the lists are complete (the clean-up after them is not timed); otherwise runs every
   *  step but those in `skip` (marked done first: e.g. the tag rows' clean-up, 17 minutes at 100,000). */
  async timeUpgrade(name: string, batchSize: number, stopWhenReady: boolean, skip: string[] = []): Promise<UpgradeRun> {
    const t1 = performance.now()
    const upgraded = openDatabase(name)
    await upgraded.open()
    const t2 = performance.now()
    if (skip.length) await upgraded.table(MIGRATIONS_TABLE).where('name').anyOf(skip).modify({ done: 1 })
    const batchMs: number[] = []
    let last = t2
    let visibleMs = 0
    const stepMs: Record<string, number> = {}
    const stop = new AbortController()
    await runDataMigrations(upgraded, { batchSize: batchSize === 0 ? undefined : Number.isFinite(batchSize) ? batchSize : 1e9, pauseMs: 0, signal: stop.signal, onProgress: (p) => {
      const now = performance.now()
      batchMs.push(now - last)
      stepMs[p.step] = (stepMs[p.step] ?? 0) + now - last
      last = now
      if (!p.isRunning && !visibleMs) visibleMs = now - t2
      if (!p.isRunning && stopWhenReady) stop.abort()
    } })
    const t3 = performance.now()
    const listRows = await upgraded.lists.count()
    upgraded.close()
    await upgraded.delete()
    return { batchSize, openMs: t2 - t1, visibleMs, dataMs: t3 - t2, batchMs, stepMs, listRows }
  },
  /** Derived rows that differ from what today's code derives from the stored articles (list rows, counters, search
   *  rows whether indexed or queued): the fault tests' check that nothing is half written. */
  async checkDerived(): Promise<{ articles: number; listRows: number; listMismatches: number; counterMismatches: number; searchMismatches: number }> {
    const [articles, lists, counters, search, pending, queue] = await Promise.all([db.articles.toArray(), db.lists.toArray(), db.counters.toArray(), db.search.toArray(), db.searchPending.toArray(), db.searchQueue.toArray()])
    const storedLists = new Map(lists.map((r) => [r.s, JSON.stringify(r)]))
    const listMismatches = articles.filter((a) => storedLists.get(a.sortKey) !== JSON.stringify(listRowOf(a))).length + Math.max(0, lists.length - articles.length)
    const totals = addCounterDeltas(new Map(), articles.map((after) => ({ after })))
    const expected = new Map([...totals].filter(([, d]) => d.n > 0).map(([key, d]) => [key, JSON.stringify({ n: d.n, f: Object.fromEntries([...d.f].filter(([, v]) => v > 0).sort()) })]))
    const stored = new Map(counters.map((c) => [c.key, JSON.stringify({ n: c.n, f: Object.fromEntries(Object.entries(c.f ?? {}).sort()) })]))
    const counterMismatches = [...new Set([...expected.keys(), ...stored.keys()])].filter((k) => expected.get(k) !== stored.get(k)).length
    // Tokens and time, whichever form a row has (rows indexed before schema 31 hold `${token}\u0001${time}` entries).
    const said = (r: SearchRow) => JSON.stringify([tokensOfRow(r), r.w.length ? timeOfRow(r) : ''])
    const words = new Map([...search, ...pending, ...queue.flatMap((q) => q.r ?? [])].map((r) => [r.id, said(r)]))
    const searchMismatches = articles.filter((a) => words.get(a.id) !== said(searchRowOf(a))).length
    return { articles: articles.length, listRows: lists.length, listMismatches, counterMismatches, searchMismatches }
  },
  /** Indexes every queued search row now (the app's indexer does it in the background, between ingests); `batch` rows
   *  per transaction (default: the indexer's). */
  async indexSearch(batch?: number): Promise<{ rows: number; ms: number }> {
    const t0 = performance.now()
    const rows = await indexAllPending(db, batch)
    return { rows, ms: performance.now() - t0 }
  },
  /** Feed rows written directly: addFeed would make them due now, and the browser-mode poller would fetch them. */
  putFeeds: (feeds: Feed[]) => db.feeds.bulkPut(feeds),
  /**
   * Bulk path for very large fills: new articles only (ids already stored are skipped), none of ingest's
   * de-duplication by URL, one transaction per call, through the same writeArticles (article rows plus tag rows).
   * Skipping matters: writing a stored id again as new would count it twice. A resumed fill that started below the
   * ids it had written (its counter lowered by a clean-up in session 3) is the likely reason the kept profile's 'all'
   * counter said 242,500 while it held 222,700 articles.
   */
  async bulkInsertNew(articles: (IncomingArticle & { outletCountry?: string })[], now: number): Promise<number> {
    const rows = articles.map((a) => toNewRow(a, now)).filter((r): r is StoredArticle => r !== undefined)
    return db.transaction('rw', articleTables(db), async () => {
      // Keys only: reading the stored rows to test that they exist would read their content too.
      const stored = new Set(await db.articles.where(':id').anyOf(rows.map((r) => r.id)).primaryKeys())
      const fresh = rows.filter((r) => !stored.has(r.id))
      await writeArticles(db, fresh.map((after) => ({ after })))
      return fresh.length
    })
  },
}

declare global {
  interface Window {
    __bench?: typeof benchHooks
  }
}

// The upgrade bench sums the data steps' phases (db/migrations/step-marks.ts).
enableStepMarks()
window.__bench = benchHooks
