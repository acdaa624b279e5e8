// Re-tagging stored articles after a classifier update (issue 3): the main process classifies, this module
// pages through the articles table and rewrites only countries/topics/evidence/version. Read, starred and the
// reader's own tag corrections (userTags, re-applied on top) are never touched.
import { Dexie } from 'dexie'
import { articleTables, withClassified, writeArticles, type ArticleChange } from './article-tags'
import { classifyPage, isSameTagging, pageAfter, toClassifyRequest, writeVerdicts, type Classify, type Verdict } from './retag-sparse'
import type { MeridianDb } from './schema'

export type { Classify } from './retag-sparse'

export interface RetagOptions {
  /** Re-tag every article, not only those tagged by another classifier version. */
  all?: boolean
  /** Articles per classify call and per transaction (default RETAG_BATCH). */
  batchSize?: number
  /** Start after this article id: a pass resumed where an earlier one of the same version stopped (the
   *  background pass keeps its place, since an article the new version tags as before keeps its old version). */
  after?: string
  /** Once a page is done (written, or with nothing to write; sparse verdicts are written several pages at a time):
   *  the articles scanned and changed so far, and the last id done (where to resume). */
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
/** A page whose verdicts change more than this share is read and written in one transaction (retagPageInline);
 *  below it, pages are read without holding the reader's writes and only the changed articles are read again and
 *  written, several pages' worth per transaction. At 5 % changing the latter took ×0.39–0.41 of main; at 29 % it
 *  took ×1.03 of main on a light machine where pages read and written at once took ×0.65 (db/README.md, "Re-tag at
 *  100,000, session 14"). */
const INLINE_SHARE = 0.1
/** At most this many pages between two writes (and two progress reports) of sparse verdicts. */
const PAGES_PER_WRITE = 10
/** Longest wait for the classifier inside a batch's transaction before the batch fails (Dexie.waitFor's own default
 *  is a minute). */
const CLASSIFY_TIMEOUT_MS = 120_000

interface PageDone {
  /** The page's last id (undefined past the end). */
  last: string | undefined
  scanned: number
  changed: number
}

/**
 * One page after `after`, in one 'rw' transaction: read, classified, written. Reading the rows costs as much as
 * writing them (1,000 articles are ~4 MB), so when most of a page changes they are read once, in the transaction that
 * writes them, and the transaction waits for the classifier (Dexie.waitFor keeps it alive): nothing the reader does
 * meanwhile (a star, a mark, a correction) can land between the read and the write.
 */
function retagPageInline(db: MeridianDb, classify: Classify, after: string | undefined, version: number, opts: RetagOptions): Promise<PageDone> {
  return db.transaction('rw', articleTables(db), async () => {
    const page = await pageAfter(db, after, opts.batchSize ?? RETAG_BATCH).toArray()
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
  const size = opts.batchSize ?? RETAG_BATCH
  const pending: Verdict[] = []
  let unreported = 0 // articles scanned whose verdicts are pending or done, not yet reported
  let after = opts.after
  let inline = false
  const report = (last: string | undefined, scanned: number, changed: number) => {
    summary.scanned += scanned
    summary.retagged += changed
    if (last !== undefined) opts.onProgress?.({ scanned: summary.scanned, retagged: summary.retagged, last })
  }
  const flush = async () => {
    const changed = pending.length ? await writeVerdicts(db, pending.splice(0), version) : 0
    report(after, unreported, changed)
    unreported = 0
  }
  while (!opts.signal?.aborted) {
    if (inline) {
      const page = await retagPageInline(db, classify, after, version, opts)
      if (page.scanned === 0) break
      after = page.last
      report(after, page.scanned, page.changed)
      inline = page.changed > page.scanned * INLINE_SHARE
      continue
    }
    const page = await classifyPage(db, classify, after, version, { all: opts.all, size })
    if (page.scanned === 0) break
    after = page.last
    pending.push(...page.verdicts)
    unreported += page.scanned
    inline = page.verdicts.length > page.scanned * INLINE_SHARE
    // With nothing pending, the pass's place moves on without a write.
    if (inline || pending.length >= size || unreported >= size * PAGES_PER_WRITE || pending.length === 0) await flush()
  }
  if (unreported) await flush()
  return summary
}
