// Decides which articles of a poll result get their page downloaded, and records the attempt first:
// the renderer asks once per article, ever (issue 5's "at most one page per article").
import type { DownloadRequest, FeedResult, FullTextMode } from '../../../../shared/model'
import { isHttpUrl } from '../../../../shared/validate'
import type { MeridianDb, StoredArticle } from '../schema'
import { getOfflineSettings } from './settings'
import { offlineDb, type OfflineArticle } from './tables'

/** Newest items of one result considered; a new feed's whole back catalogue is not worth a page each. */
const MAX_REQUESTS_PER_RESULT = 50

/** Whether the article's own content is too thin (see offline/needs-full-text.ts); injected to keep db/ UI-free.
 *  `tagEvidence.source` is the engine's own verdict on the same text, when it sent one. */
export type NeedsFullText = (article: { contentHtml?: string; summary: string; tagEvidence?: { source?: 'teaser' | 'full-text' } }, mode: FullTextMode) => boolean

/**
 * Returns the requests to send for these results (and stores them as 'queued'), or [] when downloads are paused or
 * nothing needs it; a feed set to never is skipped. Only articles stored in the database are considered. The results
 * of one stored batch are planned together: one settings read and at most one transaction for the whole batch (a
 * refresh of 300 feeds read the settings once per feed).
 */
export async function planDownloads(db: MeridianDb, results: readonly FeedResult[], needsFullText: NeedsFullText, now = Date.now()): Promise<DownloadRequest[]> {
  const settings = await getOfflineSettings(db)
  if (settings.pausedReason) return []
  // Ingest stores an article's text and URL as they came (incoming.ts), so an incoming article that does not need
  // its page has a stored row that does not either: only the others are read, and a batch where none does opens no
  // transaction. (A refresh of 300 full-content feeds asked for nothing, yet took the articles table for writing once
  // per feed, each time behind the open list's reads: 8–13 s of follow-ups per 1,000 articles stored.)
  const wanted = results.flatMap((result) => {
    if (result.kind !== 'updated' || !Array.isArray(result.articles)) return []
    const mode = settings.feedModes[result.feedId] ?? 'auto'
    if (mode === 'never') return []
    const ids = [...new Set(result.articles.filter((a) => mayNeedPage(a, mode, needsFullText)).map((a) => a.id))]
    return ids.length > 0 ? [{ feedId: result.feedId, mode, ids }] : []
  })
  if (wanted.length === 0) return []
  const odb = offlineDb(db)
  return db.transaction('rw', odb.articles, odb.offlineArticles, async () => {
    const requests: DownloadRequest[] = []
    for (const { feedId, mode, ids } of wanted) {
      const [stored, attempts] = await Promise.all([odb.articles.bulkGet(ids), odb.offlineArticles.bulkGet(ids)])
      const candidates = stored
        .filter((a, i): a is NonNullable<typeof a> => !!a && !attempts[i] && a.feedId === feedId && isHttpUrl(a.url))
        .filter((a) => needsFullText(a, mode))
        .sort((a, b) => (a.sortKey < b.sortKey ? 1 : -1))
        .slice(0, MAX_REQUESTS_PER_RESULT)
      await odb.offlineArticles.bulkPut(candidates.map((a) => queuedRow(a, now)))
      requests.push(...candidates.map((a) => toRequest(a, settings.downloadImages)))
    }
    return requests
  })
}

function queuedRow(a: Pick<StoredArticle, 'id' | 'feedId'>, now: number): OfflineArticle {
  return { articleId: a.id, feedId: a.feedId, status: 'queued', requestedAt: now, usedAt: now, textBytes: 0, imageBytes: 0, imageCount: 0 }
}

/** Requests recorded but never answered (the app closed mid-download): asked again at start-up. */
export async function listUnanswered(db: MeridianDb): Promise<DownloadRequest[]> {
  const odb = offlineDb(db)
  const rows = await odb.offlineArticles.where('status').equals('queued').toArray()
  const articles = await odb.articles.bulkGet(rows.map((r) => r.articleId))
  const { downloadImages } = await getOfflineSettings(db)
  return articles.flatMap((a) => (a && isHttpUrl(a.url) ? [toRequest(a, downloadImages)] : []))
}

function toRequest(a: Pick<StoredArticle, 'id' | 'feedId' | 'url' | 'imageUrl'>, withImages: boolean): DownloadRequest {
  const request: DownloadRequest = { articleId: a.id, feedId: a.feedId, url: a.url as string }
  const withLead = isHttpUrl(a.imageUrl) ? { ...request, imageUrl: a.imageUrl } : request
  return withImages ? withLead : { ...request, withImages: false }
}

/** Whether an incoming article (as sent, possibly malformed) could need its page, judged as ingest stores it. */
function mayNeedPage(a: unknown, mode: FullTextMode, needsFullText: NeedsFullText): a is { id: string } {
  if (typeof a !== 'object' || a === null) return false
  const { id, url, summary, contentHtml, tagEvidence } = a as Record<string, unknown>
  if (typeof id !== 'string' || !isHttpUrl(url)) return false
  const source = typeof tagEvidence === 'object' && tagEvidence !== null ? (tagEvidence as Record<string, unknown>).source : undefined
  return needsFullText({
    summary: typeof summary === 'string' ? summary : '',
    contentHtml: typeof contentHtml === 'string' ? contentHtml : undefined,
    tagEvidence: source === 'teaser' || source === 'full-text' ? { source } : undefined,
  }, mode)
}
