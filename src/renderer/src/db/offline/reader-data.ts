// What the reader needs to show one article offline: its full text and stored images (blobs included).
import type { MeridianDb } from '../schema'
import { imagesOf, offlineDb, type FullTextRow, type ImageRow, type OfflineArticle } from './tables'

export interface OfflineArticleData {
  state?: OfflineArticle
  fullText?: FullTextRow
  images: ImageRow[]
}

export async function getOfflineArticle(db: MeridianDb, articleId: string): Promise<OfflineArticleData> {
  const odb = offlineDb(db)
  const [state, fullText, images] = await Promise.all([
    odb.offlineArticles.get(articleId),
    odb.fullTexts.get(articleId),
    imagesOf(odb, articleId).toArray(),
  ])
  return { state, fullText, images }
}

/** A stored copy of an image URL (any article's), preferring the given kind; thumbnails fall back to full. */
export async function findStoredImage(db: MeridianDb, url: string, prefer: 'thumb' | 'full'): Promise<ImageRow | undefined> {
  const rows = await offlineDb(db).images.where('url').equals(url).toArray()
  return rows.find((r) => r.kind === prefer) ?? rows.find((r) => r.kind === 'full')
}
