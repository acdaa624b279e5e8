// Re-tagging stored articles after a classifier update (issue 3): the main process classifies, this module
// pages through the articles table and rewrites only countries/topics/evidence/version. Read, starred and the
// reader's own tag corrections (userTags, re-applied on top) are never touched. A page is read in a readonly
// transaction, classified outside any transaction while the previous page is written, and written in a 'rw'
// transaction that reads again only the articles written meanwhile (article-watch.ts).
import type { ClassifyRequest, ClassifyResponse } from '../../../shared/model'
import { articleTables, withClassified, writeArticles, type ArticleChange } from './article-tags'
import { watchArticles, type ArticleWatch } from './article-watch'
import type { MeridianDb, StoredArticle } from './schema'

export type Classify = (requests: ClassifyRequest[]) => Promise<ClassifyResponse>
type ClassifyResult = ClassifyResponse['results'][number]

export interface RetagOptions {
  /** Re-tag every article, not only those tagged by another classifier version. */
  all?: boolean
  /** Articles per classify call and per transaction (default RETAG_BATCH). */
  batchSize?: number
  onProgress?: (progress: { scanned: number; retagged: number }) => void
  signal?: AbortSignal
}

export interface RetagSummary {
  version: number
  scanned: number
  /** Articles whose stored row changed (an article the classifier tags as it is stored is left alone). */
  retagged: number
}

/** Articles per page by default: a re-tag at 100,000 took half as long again in pages of 250 as in pages of 1,000
 *  (db/README.md, "Re-tag's transaction size"); a page's write holds the reader's writes back under a second on a
 *  quiet machine, as an ingest burst of 1,000 does (the read and the classifier hold nothing). */
const RETAG_BATCH = 1000
/** The classifier reads title, lead and the start of the content: enough for tagging, small over IPC. */
const CONTENT_CHARS = 4000

function toClassifyRequest(a: StoredArticle): ClassifyRequest {
  const request: ClassifyRequest = { title: a.title, summary: a.summary, categories: a.categories }
  if (a.contentHtml) request.content = a.contentHtml.slice(0, CONTENT_CHARS)
  if (a.language) request.lang = a.language
  if (a.outletCountry) request.feedCountry = a.outletCountry
  return request
}

/** The same tags, evidence and version: writing it would change nothing. */
function isSameTagging(a: StoredArticle, b: StoredArticle): boolean {
  return a.classifierVersion === b.classifierVersion && JSON.stringify([a.classified, a.countries, a.topics, a.mentions, a.tagEvidence]) === JSON.stringify([b.classified, b.countries, b.topics, b.mentions, b.tagEvidence])
}

/** The classifier's inputs: an article re-ingested with other words since its page was read is not written from
 *  that read's verdict (its ingest tagged it already). */
function sameInputs(a: StoredArticle, b: StoredArticle): boolean {
  return a.title === b.title && a.summary === b.summary && a.contentHtml === b.contentHtml && a.language === b.language && a.outletCountry === b.outletCountry && String(a.categories) === String(b.categories)
}

interface ReadPage {
  page: StoredArticle[]
  /** Article writes since just before the page was read (article-watch.ts). */
  watch: ArticleWatch
}

/** A page after `after`, read in a readonly transaction of its own (a range read by primary key: cheap, and stable
 *  while other writes happen between pages). The watch opens before the read is issued. */
async function readPage(db: MeridianDb, after: string | undefined, size: number): Promise<ReadPage> {
  const watch = watchArticles(after)
  try {
    const page = await db.transaction('r', db.articles, () => (after === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(after)).limit(size).toArray())
    return { page, watch }
  } catch (err) {
    watch.close()
    throw err
  }
}

/** The classifier's verdicts on the page's articles of another version (all of them with `all`), by id. */
async function classifyPage(classify: Classify, { page }: ReadPage, version: number, all: boolean): Promise<Map<string, ClassifyResult>> {
  const stale = all ? page : page.filter((a) => a.classifierVersion !== version)
  const results = stale.length ? (await classify(stale.map(toClassifyRequest))).results : []
  return new Map(stale.map((a, i) => [a.id, results[i]!]))
}

/**
 * Writes a classified page in one 'rw' transaction. The page was read outside it, so the reader may have written some
 * of its articles since (a star, a mark, a correction): those are read again here and tagged from the same verdict,
 * and one re-ingested with other words is left as its ingest tagged it. Nothing else is read: the transaction holds
 * the reader's writes only while it writes, not while the classifier works. Returns how many articles changed.
 */
function writePage(db: MeridianDb, { page, watch }: ReadPage, verdicts: Map<string, ClassifyResult>, version: number): Promise<number> {
  if (verdicts.size === 0) return Promise.resolve(0)
  return db.transaction('rw', articleTables(db), async () => {
    // Once a first request is answered, every earlier write over these tables has committed and been noted.
    await db.articles.get(page[0]!.id)
    const ids = [...verdicts.keys()]
    const reread = new Set(watch.everything ? ids : ids.filter((id) => watch.touched.has(id)))
    const fresh = new Map((await db.articles.bulkGet([...reread])).filter((a): a is StoredArticle => a !== undefined).map((a) => [a.id, a]))
    const changes: ArticleChange[] = []
    for (const read of page) {
      const verdict = verdicts.get(read.id)
      const before = reread.has(read.id) ? fresh.get(read.id) : read
      if (!verdict || !before || !sameInputs(read, before)) continue // not stale, deleted, or re-ingested with other words
      const after = withClassified(before, verdict, version)
      if (!isSameTagging(before, after)) changes.push({ before, after })
    }
    if (changes.length) await writeArticles(db, changes)
    return changes.length
  })
}

export async function retagArticles(db: MeridianDb, classify: Classify, opts: RetagOptions = {}): Promise<RetagSummary> {
  const { version } = await classify([])
  const summary: RetagSummary = { version, scanned: 0, retagged: 0 }
  const size = opts.batchSize ?? RETAG_BATCH
  const verdictsOf = (read: ReadPage) => classifyPage(classify, read, version, opts.all ?? false)
  let current: ReadPage | undefined = await readPage(db, undefined, size)
  let verdicts = verdictsOf(current)
  let next: Promise<ReadPage> | undefined
  try {
    while (current.page.length > 0 && !opts.signal?.aborted) {
      const ready = await verdicts
      // Pipelined: the next page is read (asked before the write, so IndexedDB serves it first) and classified while
      // this one is written, so the classifier's round trip is off the storage's critical path.
      const isLast: boolean = current.page.length < size
      next = isLast ? undefined : readPage(db, current.page.at(-1)!.id, size)
      const nextVerdicts = next?.then(verdictsOf)
      nextVerdicts?.catch(() => undefined) // awaited below, or abandoned with the pass
      try {
        summary.retagged += await writePage(db, current, ready, version)
      } finally {
        current.watch.close()
      }
      summary.scanned += current.page.length
      opts.onProgress?.({ scanned: summary.scanned, retagged: summary.retagged })
      if (!next || !nextVerdicts) break
      current = await next
      next = undefined
      verdicts = nextVerdicts
    }
  } finally {
    current?.watch.close()
    if (next) void next.then((r) => r.watch.close(), () => undefined)
  }
  return summary
}
