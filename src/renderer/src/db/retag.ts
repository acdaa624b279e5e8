// Re-tagging stored articles after a classifier update (issue 3): the main process classifies, this module
// pages through the articles table and rewrites only countries/topics/evidence/version. Read, starred and the
// reader's own tag corrections (userTags, re-applied on top) are never touched.
import type { ClassifyRequest, ClassifyResponse } from '../../../shared/model'
import { articleTables, withClassified, writeArticles } from './article-tags'
import type { MeridianDb, StoredArticle } from './schema'

export type Classify = (requests: ClassifyRequest[]) => Promise<ClassifyResponse>

export interface RetagOptions {
  /** Re-tag every article, not only those tagged by another classifier version. */
  all?: boolean
  /** Articles per classify call and per transaction. */
  batchSize?: number
  onProgress?: (progress: { scanned: number; retagged: number }) => void
  signal?: AbortSignal
}

export interface RetagSummary {
  version: number
  scanned: number
  retagged: number
}

/** The classifier reads title, lead and the start of the content: enough for tagging, small over IPC. */
const CONTENT_CHARS = 4000

function toClassifyRequest(a: StoredArticle): ClassifyRequest {
  const request: ClassifyRequest = { title: a.title, summary: a.summary, categories: a.categories }
  if (a.contentHtml) request.content = a.contentHtml.slice(0, CONTENT_CHARS)
  if (a.language) request.lang = a.language
  if (a.outletCountry) request.feedCountry = a.outletCountry
  return request
}

/** The page's articles as stored now. Mostly the whole page is re-tagged: then one range read of its ids, in key
 *  order, costs far less than a point read per article; a few stale ones are read by id. */
async function reread(db: MeridianDb, page: StoredArticle[], wanted: Map<string, unknown>): Promise<(StoredArticle | undefined)[]> {
  if (wanted.size * 2 < page.length) return db.articles.bulkGet([...wanted.keys()])
  const rows = await db.articles.where(':id').between(page[0]!.id, page[page.length - 1]!.id, true, true).toArray()
  return rows.filter((a) => wanted.has(a.id)) // an article stored meanwhile between two ids is not part of this batch
}

export async function retagArticles(db: MeridianDb, classify: Classify, opts: RetagOptions = {}): Promise<RetagSummary> {
  const { version } = await classify([])
  const batchSize = opts.batchSize ?? 200
  const summary: RetagSummary = { version, scanned: 0, retagged: 0 }
  let last: string | undefined
  for (;;) {
    if (opts.signal?.aborted) break
    // Primary-key pages: cheap on every IndexedDB, and stable while other writes happen between batches.
    const page = await (last === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(last)).limit(batchSize).toArray()
    if (page.length === 0) break
    last = page[page.length - 1]!.id
    summary.scanned += page.length
    const stale = opts.all ? page : page.filter((a) => a.classifierVersion !== version)
    if (stale.length > 0) {
      const { results } = await classify(stale.map(toClassifyRequest))
      const byId = new Map(stale.map((a, i) => [a.id, results[i]]))
      // Re-read inside the transaction: the reader may have starred or corrected an article meanwhile.
      await db.transaction('rw', articleTables(db), async () => {
        const current = await reread(db, page, byId)
        const changes = current.flatMap((before) => {
          const tags = before && byId.get(before.id)
          if (!before || !tags) return []
          const after = withClassified(before, tags, version)
          return [{ before, after }]
        })
        await writeArticles(db, changes)
        summary.retagged += changes.length
      })
    }
    opts.onProgress?.({ scanned: summary.scanned, retagged: summary.retagged })
  }
  return summary
}
