// Stores one download's outcome: the full text and its images in one transaction, or the reason it failed.
// Image bytes arrive already prepared (resized) by the caller: no slow work runs inside the transaction.
import type { AppError } from '../../../../shared/errors'
import type { ArticleContent, ArticleFullText } from '../../../../shared/model'
import { articleTables, withClassified, writeArticles } from '../article-tags'
import type { MeridianDb } from '../schema'
import { imageKey, imagesOf, offlineDb, type ImageRow } from './tables'

export interface PreparedImage {
  url: string
  kind: ImageRow['kind']
  blob: Blob
  width?: number
  height?: number
}

/** UTF-16 in memory, but IndexedDB stores strings about as UTF-8: length is a fair, cheap estimate. */
function textBytesOf(fullText: ArticleFullText): number {
  return (fullText.contentHtml?.length ?? 0) + (fullText.textContent?.length ?? 0) + 512
}

/** Tags read again from title + full text, as main sends them with the content. */
export type FullTextTags = NonNullable<Extract<ArticleContent, { kind: 'extracted' }>['tags']>

/** Returns false when the article was deleted meanwhile (nothing is stored then: no orphans). `tags`, when given,
 *  replace the classifier's tags unless the reader corrected the article's. */
export async function storeFullText(
  db: MeridianDb,
  articleId: string,
  pageUrl: string,
  fullText: ArticleFullText,
  images: PreparedImage[],
  now = Date.now(),
  tags?: FullTextTags,
): Promise<boolean> {
  const odb = offlineDb(db)
  return db.transaction('rw', [odb.offlineArticles, odb.fullTexts, odb.images, ...articleTables(db)], async () => {
    const article = await odb.articles.get(articleId)
    if (!article) return false
    // Tags read from the full text replace the teaser's; the reader's corrections apply on top (issue 14).
    if (tags) await writeArticles(db, [{ before: article, after: withClassified(article, tags, tags.version) }])
    const rows: ImageRow[] = images.map((img) => ({
      key: imageKey(articleId, img.kind, img.url),
      articleId,
      url: img.url,
      kind: img.kind,
      blob: img.blob,
      bytes: img.blob.size,
      ...(img.width !== undefined && { width: img.width, height: img.height }),
    }))
    await imagesOf(odb, articleId).delete()
    await odb.images.bulkPut(rows)
    await odb.fullTexts.put({ articleId, pageUrl, fullText })
    const known = await odb.offlineArticles.get(articleId)
    await odb.offlineArticles.put({
      articleId,
      feedId: article.feedId,
      status: 'done',
      requestedAt: known?.requestedAt ?? now,
      finishedAt: now,
      usedAt: now,
      textBytes: textBytesOf(fullText),
      imageBytes: rows.reduce((sum, r) => sum + r.bytes, 0),
      imageCount: rows.length,
    })
    return true
  })
}

export async function recordFailure(db: MeridianDb, articleId: string, feedId: string, error: AppError, now = Date.now()): Promise<void> {
  const odb = offlineDb(db)
  await db.transaction('rw', [odb.articles, odb.offlineArticles], async () => {
    if (!(await odb.articles.get(articleId))) return
    const known = await odb.offlineArticles.get(articleId)
    await odb.offlineArticles.put({
      articleId,
      feedId,
      status: 'failed',
      requestedAt: known?.requestedAt ?? now,
      finishedAt: now,
      usedAt: known?.usedAt ?? now,
      error: { code: error.code, message: error.message },
      textBytes: 0,
      imageBytes: 0,
      imageCount: 0,
    })
  })
}

/** The reader opened the article: it becomes the last to lose its images. */
export async function markUsed(db: MeridianDb, articleId: string, now = Date.now()): Promise<void> {
  await offlineDb(db).offlineArticles.update(articleId, { usedAt: now })
}
