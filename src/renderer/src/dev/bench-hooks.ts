// Browser mode only (loaded from main.tsx behind isBrowserMode): hands the benchmark (bench/browser/*) the
// renderer's real storage functions, so it times the code the app runs rather than a copy. Electron never loads it.
import type { FeedResult, IncomingArticle } from '../../../shared/model'
import { sortKeyOf, writeArticles } from '../db/article-tags'
import { cleanIncoming, omitUndefined } from '../db/incoming'
import { ingestFeedResult } from '../db/ingest'
import * as queries from '../db/queries'
import { db, type Feed, type StoredArticle } from '../db/schema'

/** The row ingestFeedResult stores for a new article (same fields as ingest.ts's fromIncoming). */
function toNewRow(raw: IncomingArticle, now: number): StoredArticle | undefined {
  const a = cleanIncoming(raw, raw.feedId, now)
  if (!a) return undefined
  return omitUndefined<StoredArticle>({
    ...a,
    classified: { countries: a.countries, topics: a.topics },
    isRead: 0,
    isStarred: 0,
    firstSeenAt: now,
    sortKey: sortKeyOf(a.publishedAt, a.id),
  })
}

const benchHooks = {
  db,
  /** Every export of db/queries.ts, looked up by name so the bench follows the module as it grows. */
  queries: queries as Record<string, unknown>,
  ingestFeedResult: (result: FeedResult) => ingestFeedResult(db, result),
  /** Feed rows written directly: addFeed would make them due now, and the browser-mode poller would fetch them. */
  putFeeds: (feeds: Feed[]) => db.feeds.bulkPut(feeds),
  /**
   * Bulk path for very large fills: new articles only, no lookups of known rows, one transaction per call,
   * through the same writeArticles (article rows plus tag rows) that ingest uses.
   */
  async bulkInsertNew(articles: IncomingArticle[], now: number): Promise<number> {
    const rows = articles.map((a) => toNewRow(a, now)).filter((r): r is StoredArticle => r !== undefined)
    await db.transaction('rw', db.articles, db.tags, () => writeArticles(db, rows.map((after) => ({ after }))))
    return rows.length
  },
}

declare global {
  interface Window {
    __bench?: typeof benchHooks
  }
}

window.__bench = benchHooks
