// Deletes old articles: read ones older than N days, and each feed's oldest beyond N. Starred articles are
// never deleted. Their full text and images go in the same transaction, so no blob outlives its article;
// sweepOrphans catches rows left by deletions made elsewhere (removing a feed).
import { writeArticles } from '../article-tags'
import type { MeridianDb, StoredArticle } from '../schema'
import { articleIdOfImageKey, imagesOf, offlineDb, type OfflineSettings } from './tables'

const DAY_MS = 86_400_000
/** Articles deleted per transaction: short transactions keep the UI's live queries responsive. */
const CHUNK = 500

export interface RetentionOutcome {
  deletedByAge: number
  deletedByFeedCap: number
}

/** Picks the articles to delete. Pure, so the rules are tested without a database. */
export function pickExpired(
  articles: Pick<StoredArticle, 'id' | 'feedId' | 'isRead' | 'isStarred' | 'readAt' | 'sortKey' | 'firstSeenAt'>[],
  rules: Pick<OfflineSettings, 'keepReadDays' | 'maxPerFeed'>,
  now: number,
): { byAge: string[]; byFeedCap: string[] } {
  const cutoff = now - rules.keepReadDays * DAY_MS
  const byAge = new Set<string>()
  for (const a of articles) {
    if (!a.isStarred && a.isRead && (a.readAt ?? a.firstSeenAt) < cutoff) byAge.add(a.id)
  }
  const byFeed = new Map<string, typeof articles>()
  for (const a of articles) {
    if (byAge.has(a.id)) continue
    const list = byFeed.get(a.feedId) ?? []
    list.push(a)
    byFeed.set(a.feedId, list)
  }
  const byFeedCap: string[] = []
  for (const list of byFeed.values()) {
    let excess = list.length - rules.maxPerFeed
    if (excess <= 0) continue
    list.sort((x, y) => (x.sortKey < y.sortKey ? -1 : x.sortKey > y.sortKey ? 1 : 0)) // oldest first
    for (const a of list) {
      if (excess <= 0) break
      if (a.isStarred) continue
      byFeedCap.push(a.id)
      excess--
    }
  }
  return { byAge: [...byAge], byFeedCap }
}

export async function applyRetention(db: MeridianDb, rules: Pick<OfflineSettings, 'keepReadDays' | 'maxPerFeed'>, now = Date.now()): Promise<RetentionOutcome> {
  const all = await db.articles.toArray()
  const { byAge, byFeedCap } = pickExpired(all, rules, now)
  await deleteArticles(db, [...byAge, ...byFeedCap])
  return { deletedByAge: byAge.length, deletedByFeedCap: byFeedCap.length }
}

/** Deletes articles with their tag rows and offline data; a starred article (starred since) is kept. */
export async function deleteArticles(db: MeridianDb, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK)
    // Every table: the UI's writeArticles maintains tags (and counters), ours hold the offline data.
    await db.transaction('rw', db.tables, async () => {
      const rows = (await db.articles.bulkGet(chunk)).filter((a): a is StoredArticle => !!a && a.isStarred !== 1)
      await writeArticles(db, rows.map((before) => ({ before })))
      await deleteOfflineData(db, rows.map((a) => a.id))
    })
  }
}

/** Drops full texts, images and download records of these articles. Call inside a transaction over them. */
export async function deleteOfflineData(db: MeridianDb, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return
  const odb = offlineDb(db)
  for (const id of articleIds) await imagesOf(odb, id).delete()
  await odb.fullTexts.bulkDelete(articleIds)
  await odb.offlineArticles.bulkDelete(articleIds)
}

/** Removes offline rows whose article no longer exists (deleted by another part of the app). */
export async function sweepOrphans(db: MeridianDb): Promise<number> {
  const odb = offlineDb(db)
  return db.transaction('rw', [odb.articles, odb.offlineArticles, odb.fullTexts, odb.images], async () => {
    const ids = new Set<string>([
      ...(await odb.images.toCollection().primaryKeys()).map(articleIdOfImageKey),
      ...(await odb.fullTexts.toCollection().primaryKeys()),
      ...(await odb.offlineArticles.toCollection().primaryKeys()),
    ])
    const list = [...ids]
    const present = await odb.articles.bulkGet(list)
    const orphans = list.filter((_, i) => !present[i])
    await deleteOfflineData(db, orphans)
    return orphans.length
  })
}
