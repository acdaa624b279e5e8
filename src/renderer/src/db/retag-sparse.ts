// A re-tag's pages when few verdicts change (a classifier update changes 5–29 % of articles): read and classified
// without holding the reader's writes, and only the changed articles read again and written, in one transaction for
// several pages. Used by retag.ts; see db/README.md, "Re-tag at 100,000, session 14".
import type { ClassifyRequest, ClassifyResponse } from '../../../shared/model'
import { articleTables, withClassified, writeArticles, type ArticleChange } from './article-tags'
import type { MeridianDb, StoredArticle } from './schema'

export type Classify = (requests: ClassifyRequest[]) => Promise<ClassifyResponse>
type Tags = ClassifyResponse['results'][number]

/** The classifier reads title, lead and the start of the content: enough for tagging, small over IPC. */
const CONTENT_CHARS = 4000

export function toClassifyRequest(a: StoredArticle): ClassifyRequest {
  const request: ClassifyRequest = { title: a.title, summary: a.summary, categories: a.categories }
  if (a.contentHtml) request.content = a.contentHtml.slice(0, CONTENT_CHARS)
  if (a.language) request.lang = a.language
  if (a.outletCountry) request.feedCountry = a.outletCountry
  return request
}

/** The same tags and evidence: nothing the reader sees would change, so the article is not written, and keeps the
 *  version that last changed its tags. A classifier update changes 5–29 % of articles (db/README.md, "Re-tag at
 *  100,000, session 14"); rewriting the rest only to record the new version cost a full article-row write each. */
export function isSameTagging(a: StoredArticle, b: StoredArticle): boolean {
  return JSON.stringify([a.classified, a.countries, a.topics, a.mentions, a.tagEvidence]) === JSON.stringify([b.classified, b.countries, b.topics, b.mentions, b.tagEvidence])
}

/** Articles after `after`, in id order: primary-key pages are cheap on every IndexedDB, and stable while other
 *  writes happen between pages. */
export function pageAfter(db: MeridianDb, after: string | undefined, size: number) {
  return (after === undefined ? db.articles.orderBy(':id') : db.articles.where(':id').above(after)).limit(size)
}

/** A new verdict for one article, and what the classifier read to give it. */
export interface Verdict {
  id: string
  /** The classify request as JSON: if the stored article's words differ by the time it is written, ingest or its
   *  full text tagged those words with the current classifier already, and this verdict is dropped. */
  read: string
  tags: Tags
}

/** One page after `after`, read in a readonly transaction (it waits for no readonly read of the open app, and
 *  holds no write of the reader's) and classified outside any: the verdicts that would change an article. */
export async function classifyPage(db: MeridianDb, classify: Classify, after: string | undefined, version: number, opts: { all?: boolean; size: number }): Promise<{ last: string | undefined; scanned: number; verdicts: Verdict[] }> {
  const page = await db.transaction('r', db.articles, () => pageAfter(db, after, opts.size).toArray())
  const stale = opts.all ? page : page.filter((a) => a.classifierVersion !== version)
  const requests = stale.map(toClassifyRequest)
  const { results } = requests.length ? await classify(requests) : { results: [] }
  const verdicts: Verdict[] = []
  stale.forEach((before, i) => {
    const tags = results[i]!
    if (!isSameTagging(before, withClassified(before, tags, version))) verdicts.push({ id: before.id, read: JSON.stringify(requests[i]), tags })
  })
  return { last: page.at(-1)?.id, scanned: page.length, verdicts }
}

/** Writes verdicts in one 'rw' transaction over the articles as they are now, so a star, a mark or a correction made
 *  since they were read is kept (the corrections applied on top). Returns how many articles changed. */
export function writeVerdicts(db: MeridianDb, verdicts: Verdict[], version: number): Promise<number> {
  return db.transaction('rw', articleTables(db), async () => {
    const rows = await db.articles.bulkGet(verdicts.map((v) => v.id))
    const changes: ArticleChange[] = []
    rows.forEach((before, i) => {
      const { read, tags } = verdicts[i]!
      if (!before || JSON.stringify(toClassifyRequest(before)) !== read) return // deleted, or other words since
      const after = withClassified(before, tags, version)
      if (!isSameTagging(before, after)) changes.push({ before, after })
    })
    if (changes.length) await writeArticles(db, changes)
    return changes.length
  })
}
