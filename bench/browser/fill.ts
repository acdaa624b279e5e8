// Filling the database in Chromium. ingestThroughApp: what the app does, one FeedResult per transaction through
// the renderer's ingestFeedResult, with the app page open (its live queries react as they would). bulkClone: for
// sizes where that would take too long, new rows cloned from stored ones (new ids, URLs and older dates) and
// written by the same writeArticles, many per transaction: the same rows, without ingest's lookups.
import type { Feed, StoredArticle } from '../../src/renderer/src/db/schema'
import type { FeedResult } from '../../src/shared/model'
import { CORPUS_EPOCH } from '../lib/feed-gen'
import { FAR_FUTURE, benchFeedId, benchFeedUrl, buildFeedResult } from '../lib/feed-results'
import type { Session } from './session'

export const ITEMS_PER_FEED = 50

const BENCH_OUTLETS = ['US', 'GB', 'FR', 'DE', 'IN', 'JP', 'AU', 'CA', 'IT', 'ES', 'BR', 'ZA', 'NG', 'KE', 'SG', 'CN', 'RU', 'MX', 'AR', 'IE']

export async function putBenchFeeds(s: Session, feeds: number): Promise<void> {
  const rows: Feed[] = Array.from({ length: feeds }, (_, f) => ({
    id: benchFeedId(f),
    url: benchFeedUrl(f),
    title: `Bench Wire ${f}`,
    // PROFILE_OUTLETS=1: feeds with an outlet country (20 in turn), so ingest writes the outlet scopes too.
    ...(process.env.PROFILE_OUTLETS ? { outletCountry: BENCH_OUTLETS[f % BENCH_OUTLETS.length] } : {}),
    failureCount: 0,
    isDead: false,
    intervalMinutes: 30,
    addedAt: CORPUS_EPOCH,
    nextPollAt: FAR_FUTURE,
  }))
  await s.page.evaluate((feedRows) => window.__bench!.putFeeds(feedRows), rows)
}

export interface IngestFigures {
  articles: number
  /** Sum of in-page ingest time (transfer from Node excluded). */
  ingestMs: number
  wallMs: number
  articlesPerSec: number
  /** Articles per second of each batch, to show whether ingest slows as the database grows. */
  batchArticlesPerSec: number[]
}

/** Ingests feeds [from, feeds) of ITEMS_PER_FEED items, `batch` feed results per page call. */
export async function ingestThroughApp(s: Session, feeds: number, log: (l: string) => void, batch = 20, budgetMs = Infinity, from = 0): Promise<IngestFigures> {
  const started = performance.now()
  let ingestMs = 0
  let articles = 0
  const batchRates: number[] = []
  for (let f = from; f < feeds && performance.now() - started < budgetMs; f += batch) {
    const results: FeedResult[] = []
    for (let g = f; g < Math.min(feeds, f + batch); g++) results.push(await buildFeedResult(g, ITEMS_PER_FEED))
    const { ms, added, first } = await s.page.evaluate(async ({ rs, resultsPerBatch }) => {
      const t0 = performance.now()
      let added = 0
      let first: unknown
      // A burst goes in transactions of up to 1,000 articles, as sync.ts stores it (maxBatchArticles).
      const summaries: { added: number }[] = []
      for (let i = 0; i < rs.length; i += resultsPerBatch) summaries.push(...(await window.__bench!.ingestFeedResults(rs.slice(i, i + resultsPerBatch))))
      for (const summary of summaries) {
        first ??= summary
        added += summary.added
      }
      return { ms: performance.now() - t0, added, first }
    }, { rs: results, resultsPerBatch: Math.max(1, Math.floor(1000 / ITEMS_PER_FEED)) })
    // Fail loudly: a schema or contract change that makes ingest store nothing would otherwise time nothing.
    if (added === 0) throw new Error(`ingest stored no article from ${results.length} feed results; first summary: ${JSON.stringify(first)}`)
    ingestMs += ms
    articles += added
    batchRates.push((added / ms) * 1000)
    if ((f / batch) % 10 === 0) log(`storage: ${articles} articles ingested, ${Math.round((added / ms) * 1000)} articles/s in the last batch`)
  }
  return { articles, ingestMs, wallMs: performance.now() - started, articlesPerSec: (articles / ingestMs) * 1000, batchArticlesPerSec: batchRates }
}

/** The articles of feeds [from, feeds) stored as plain rows (the row ingest would store, no lists, counters or search)
 *  by one Dexie bulkPut per `batch` feed results into a database of their own: what the same browser writes when
 *  nothing is derived. Returns articles per second. */
export async function rawBulkPut(s: Session, from: number, feeds: number, batch = 20): Promise<{ articles: number; ms: number; articlesPerSec: number }> {
  let ms = 0
  let articles = 0
  for (let f = from; f < feeds; f += batch) {
    const results: FeedResult[] = []
    for (let g = f; g < Math.min(feeds, f + batch); g++) results.push(await buildFeedResult(g, ITEMS_PER_FEED))
    const r = await s.page.evaluate((rs) => window.__bench!.rawBulkPut(rs), results)
    ms += r.ms
    articles += r.articles
  }
  await s.page.evaluate(() => window.__bench!.dropRawDatabase())
  return { articles, ms, articlesPerSec: (articles / ms) * 1000 }
}

/** Templates kept in the page for bulkClone: about 400 feeds' worth (~80 MB of heap). */
const CLONE_TEMPLATES = 20_000
/**
 * Articles per bulkClone transaction. Counters are read and written once per transaction, and templates are ordered
 * by feed, so a chunk touches ~160 feeds' counters rather than every feed's. Since writeArticles writes in key order
 * (each written key is read first, and a large database has more LevelDB files than Chromium keeps open), larger
 * transactions write faster: measured on the kept profile at ~300,000 articles (scratch harness, 6 minutes each),
 * 2,000 per transaction ~35 articles/s unsorted, 41–65 sorted; 8,000 sorted 64–70.
 */
export const CLONE_CHUNK = 8_000

/** Adds up to `count` articles cloned from stored ones (in feed order), stopping early once `budgetMs` has passed. */
export async function bulkClone(s: Session, startIndex: number, count: number, log: (l: string) => void, budgetMs = Infinity, chunk = CLONE_CHUNK, shouldStop = () => false): Promise<{ ms: number; articles: number }> {
  let ms = 0
  let articles = 0
  const started = performance.now()
  let lastLog = -Infinity // about once a minute: a chunk takes seconds on a small database, minutes on a large one
  for (let done = 0; done < count && performance.now() - started < budgetMs && !shouldStop(); done += chunk) {
    const n = Math.min(chunk, count - done)
    const r = await s.page.evaluate(
      async ({ from, n, now, templates }) => {
        const b = window.__bench!
        const w = window as unknown as { __benchTemplates?: StoredArticle[] }
        // Originals only (clones carry '~' in their id), read once per page and ordered by feed. The ids come from
        // one key-only read: on a large kept profile, walking rows would read every clone's content too.
        if (!w.__benchTemplates) {
          const ids = (await b.db.articles.toCollection().primaryKeys()).filter((id) => !id.includes('~')).slice(0, templates)
          const rows = (await b.db.articles.bulkGet(ids)).filter((a): a is StoredArticle => a !== undefined)
          w.__benchTemplates = rows.sort((x, y) => (x.feedId < y.feedId ? -1 : x.feedId > y.feedId ? 1 : 0))
        }
        const tpl = w.__benchTemplates
        const rows = []
        for (let j = from; j < from + n; j++) {
          const t = tpl[j % tpl.length]
          const round = Math.floor(j / tpl.length) + 1
          rows.push({
            ...t,
            // j is unique across calls (even if the templates were re-read after a reload), so no clone overwrites another
            id: `${t.id}~${j}`,
            guid: t.guid ? `${t.guid}~${j}` : undefined,
            url: t.url ? `${t.url}#c${j}` : undefined,
            publishedAt: new Date(Date.parse(t.publishedAt) - round * 9 * 3600_000).toISOString(),
          })
        }
        const t0 = performance.now()
        const written = await b.bulkInsertNew(rows, now)
        return { ms: performance.now() - t0, written }
      },
      { from: startIndex + done, n, now: CORPUS_EPOCH, templates: CLONE_TEMPLATES },
    )
    ms += r.ms
    articles += r.written
    if (performance.now() - lastLog > 60_000) {
      lastLog = performance.now()
      log(`fill: ${startIndex + done + n} articles (${Math.round((r.written / r.ms) * 1000)} articles/s bulk)`)
    }
  }
  return { ms, articles }
}
