// Keeps stored images within the storage budget: least recently read articles lose their images first,
// whole articles at a time; starred articles are pinned. Full texts stay (they are small and are the point).
import type { MeridianDb } from '../schema'
import { imagesOf, offlineDb } from './tables'

export interface BudgetOutcome {
  /** Image bytes stored before and after. */
  before: number
  after: number
  /** Articles whose images were dropped, in eviction order. */
  evicted: string[]
}

export async function enforceImageBudget(db: MeridianDb, budgetBytes: number, now = Date.now()): Promise<BudgetOutcome> {
  const odb = offlineDb(db)
  return db.transaction('rw', [odb.articles, odb.offlineArticles, odb.images], async () => {
    // Small rows, no blobs: the whole table is read even for tens of thousands of articles.
    const rows = await odb.offlineArticles.orderBy('usedAt').toArray()
    const before = rows.reduce((sum, r) => sum + r.imageBytes, 0)
    let after = before
    const evicted: string[] = []
    if (before <= budgetBytes) return { before, after, evicted }
    const holders = rows.filter((r) => r.imageBytes > 0)
    const articles = await odb.articles.bulkGet(holders.map((r) => r.articleId))
    for (let i = 0; i < holders.length && after > budgetBytes; i++) {
      if (articles[i]?.isStarred === 1) continue // pinned
      evicted.push(holders[i]!.articleId)
      after -= holders[i]!.imageBytes
    }
    if (evicted.length === 0) return { before, after, evicted }
    for (const id of evicted) await imagesOf(odb, id).delete()
    await odb.offlineArticles.bulkUpdate(evicted.map((key) => ({ key, changes: { imageBytes: 0, imageCount: 0, finishedAt: now } })))
    return { before, after, evicted }
  })
}
