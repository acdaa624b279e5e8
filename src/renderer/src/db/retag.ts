// Re-tagging stored articles after a classifier update (issue 3): the main process classifies, this module
// pages through the articles table and rewrites only countries/topics/evidence/version. Read, starred and the
// reader's own tag corrections (userTags, re-applied on top) are never touched.
import { Dexie } from 'dexie'
import type { ClassifyRequest, ClassifyResponse } from '../../../shared/model'
import { articleTables, withClassified, writeArticles, type ArticleChange } from './article-tags'
import type { MeridianDb, StoredArticle } from './schema'

export type Classify = (requests: ClassifyRequest[]) => Promise<ClassifyResponse>

export interface RetagOptions {
  /** Re-tag every article, not only those tagged by another classifier version. */
  all?: boolean
  /** Articles per classify call and per transaction (default RETAG_BATCH). */
  batchSize?: number
  /** Start after this article id: a pass resumed where an earlier one of the same version stopped (the
   *  background pass keeps its place, since an article the new version tags as before keeps its old version). */
  after?: string
  /** After each page: the articles scanned and changed so far, and the page's last id (where to resume). */
  onProgress?: (progress: { scanned: number; retagged: number; last: string }) => void
  signal?: AbortSignal
}

export interface RetagSummary {
  version: number
  scanned: number
  /** Articles whose stored row changed (an article the classifier tags as it is stored is left alone). */
  retagged: number
}

/** Articles per page by default: a re-tag at 100,000 took half as long again in pages of 250 as in pages of 1,000
 *  (db/README.md, "Re-tag's transaction size"); a page holds the reader's writes about a second on a quiet machine,
 *  as an ingest burst of 1,000 does. */
const RETAG_BATCH = 1000
/** The classifier reads title, lead and the start of the content: enough for tagging, small over IPC. */
const CONTENT_CHARS = 4000
/** Longest wait for the classifier inside a batch's transaction before the batch fails (Dexie.waitFor's own default
 *  is a minute). */
const CLASSIFY_TIMEOUT_MS = 120_000

function toClassifyRequest(a: StoredArticle): ClassifyRequest {
  const request: ClassifyRequest = { title: a.title, summary: a.summary, categories: a.categories }
  if (a.contentHtml) request.content = a.contentHtml.slice(0, CONTENT_CHARS)
  if (a.language) request.lang = a.language
  if (a.outletCountry) request.feedCountry = a.outletCountry
  return request
}

/** The same tags and evidence: nothing the reader sees would change, so the article is not written, and keeps the
 *  version that last changed its tags. A classifier update changes 5–29 % of articles (db/README.md, "Re-tag at
 *  100,000, session 14"); rewriting the rest only to record the new version cost a full article-row write each. */
function isSameTagging(a: StoredArticle, b: StoredArticle): boolean {
  return JSON.stringify([a.classified, a.countries, a.topics, a.mentions, a.tagEvidence]) === JSON.stringify([b.classified, b.countries, b.topics, b.mentions, b.tagEvidence])
}

/**
 * One page after `after`, in one 'rw' transaction: read, classified, written. Reading the rows costs as much as
 * writing them (1,000 articles are ~4 MB), so they are read once, in the transaction that writes them, and the
 * transaction waits for the classifier (Dexie.waitFor keeps it alive): nothing the reader does meanwhile (a star, a
 * mark, a correction) can land between the read and the write. Returns the page's last id (undefined past the end)
 * and how many articles it scanned and changed.
 */
function retagPage(db: MeridianDb, classify: Classify, after: string | undefined, version: number, opts: RetagOptions) {
  return db.transaction('rw', articleTables(db), async () => {
    const page = await (after === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(after)).limit(opts.batchSize ?? RETAG_BATCH).toArray()
    const stale = opts.all ? page : page.filter((a) => a.classifierVersion !== version)
    // Called outside the transaction's zone: anything the classifier's caller does meanwhile is not part of this batch.
    const classified = stale.length ? Dexie.ignoreTransaction(() => classify(stale.map(toClassifyRequest))) : undefined
    const results = classified ? (await Dexie.waitFor(classified, CLASSIFY_TIMEOUT_MS)).results : []
    const changes: ArticleChange[] = []
    stale.forEach((before, i) => {
      const after = withClassified(before, results[i]!, version)
      if (!isSameTagging(before, after)) changes.push({ before, after })
    })
    if (changes.length) await writeArticles(db, changes)
    return { last: page.at(-1)?.id, scanned: page.length, changed: changes.length }
  })
}

export async function retagArticles(db: MeridianDb, classify: Classify, opts: RetagOptions = {}): Promise<RetagSummary> {
  const { version } = await classify([])
  const summary: RetagSummary = { version, scanned: 0, retagged: 0 }
  let after = opts.after
  while (!opts.signal?.aborted) {
    // Primary-key pages: cheap on every IndexedDB, and stable while other writes happen between batches.
    const page = await retagPage(db, classify, after, version, opts)
    if (page.scanned === 0) break
    after = page.last
    summary.scanned += page.scanned
    summary.retagged += page.changed
    opts.onProgress?.({ scanned: summary.scanned, retagged: summary.retagged, last: page.last! })
  }
  return summary
}
