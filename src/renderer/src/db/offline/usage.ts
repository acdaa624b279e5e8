// "Storage in use" for the settings: counted from the small offlineArticles rows and table counts, never by
// reading blobs; the browser's own estimate is added by the caller (navigator.storage is not the db's job).
import type { MeridianDb } from '../schema'
import { offlineDb } from './tables'

export interface StorageUsage {
  articleCount: number
  fullTextCount: number
  fullTextBytes: number
  imageCount: number
  imageBytes: number
  failedCount: number
  queuedCount: number
}

export async function measureUsage(db: MeridianDb): Promise<StorageUsage> {
  const odb = offlineDb(db)
  const [articleCount, rows] = await Promise.all([odb.articles.count(), odb.offlineArticles.toArray()])
  const usage: StorageUsage = { articleCount, fullTextCount: 0, fullTextBytes: 0, imageCount: 0, imageBytes: 0, failedCount: 0, queuedCount: 0 }
  for (const r of rows) {
    if (r.status === 'done') usage.fullTextCount++
    if (r.status === 'failed') usage.failedCount++
    if (r.status === 'queued') usage.queuedCount++
    usage.fullTextBytes += r.textBytes
    usage.imageBytes += r.imageBytes
    usage.imageCount += r.imageCount
  }
  return usage
}
