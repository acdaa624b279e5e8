// Deletes old articles: read ones older than N days, and each feed's oldest read ones beyond N (unread too when the
// reader chose so). Starred articles are never deleted. Each deleted id is kept as a tombstone for a year, so a
// feed that still lists the article does not bring it back unread (ingest.ts skips tombstoned ids). Their full text and images go in the same transaction, so no blob outlives its article;
// sweepOrphans catches rows left by deletions made elsewhere (removing a feed).
import { idOfSortKey, tag, writeArticles, STARRED_FLAG, UNREAD_FLAG } from '../article-tags'
import { listRange } from '../view-query'
import { counterKeyOfTag, readTotals } from '../counters'
import type { MeridianDb, StoredArticle } from '../schema'
import { articleIdOfImageKey, imagesOf, offlineDb, type OfflineSettings } from './tables'

const DAY_MS = 86_400_000
/** How long a tombstone is kept: longer than any feed lists an item. */
const TOMBSTONE_DAYS = 365
/** Articles deleted per transaction: short transactions keep the UI's live queries responsive. */
const CHUNK = 500

export interface RetentionOutcome {
  deletedByAge: number
  deletedByFeedCap: number
}

type AgeFields = Pick<StoredArticle, 'isRead' | 'isStarred' | 'readAt' | 'firstSeenAt'>

/** A read, unstarred article read (or, lacking a read time, first seen) before the cutoff. */
export function isExpiredByAge(a: AgeFields, cutoff: number): boolean {
  return !a.isStarred && a.isRead === 1 && (a.readAt ?? a.firstSeenAt) < cutoff
}

/**
 * Deletes read articles older than keepReadDays (by the time they were read) and each feed's oldest beyond
 * maxPerFeed. Nothing walks the library: read articles come from the readAt index (only those past the cutoff are
 * read), feed sizes from the counters, and the per-feed cap reads only the tag index of feeds over their cap.
 */
export async function applyRetention(db: MeridianDb, rules: Pick<OfflineSettings, 'keepReadDays' | 'maxPerFeed' | 'capDeletesUnread'>, now = Date.now()): Promise<RetentionOutcome> {
  const cutoff = now - rules.keepReadDays * DAY_MS
  const byAge: string[] = []
  const agedPerFeed = new Map<string, number>()
  const candidates = await db.articles.where('readAt').below(cutoff).primaryKeys()
  for (let i = 0; i < candidates.length; i += CHUNK) {
    for (const a of await db.articles.bulkGet(candidates.slice(i, i + CHUNK))) {
      if (!a || !isExpiredByAge(a, cutoff)) continue
      byAge.push(a.id)
      agedPerFeed.set(a.feedId, (agedPerFeed.get(a.feedId) ?? 0) + 1)
    }
  }
  const byFeedCap = await pickOverFeedCaps(db, rules.maxPerFeed, new Set(byAge), agedPerFeed, rules.capDeletesUnread === true)
  await deleteArticles(db, [...byAge, ...byFeedCap], now)
  await db.tombstones.where('at').below(now - TOMBSTONE_DAYS * DAY_MS).delete()
  return { deletedByAge: byAge.length, deletedByFeedCap: byFeedCap.length }
}

/** Each feed's oldest unstarred (and, unless `withUnread`, read) articles beyond the cap, from the counters and the
 *  feed's list rows, oldest first; their membership strings say which are starred or unread. */
async function pickOverFeedCaps(db: MeridianDb, maxPerFeed: number, aged: Set<string>, agedPerFeed: Map<string, number>, withUnread: boolean): Promise<string[]> {
  const feeds = await db.feeds.toArray()
  const sizes = await readTotals(db.counters, feeds.map((f) => counterKeyOfTag(tag.feed(f.id))))
  const over = feeds
    .map((feed, i) => ({ feed, excess: sizes[i] - (agedPerFeed.get(feed.id) ?? 0) - maxPerFeed }))
    .filter((f) => f.excess > 0)
  if (over.length === 0) return []
  const kept = [` ${STARRED_FLAG} `, ...(withUnread ? [] : [` ${UNREAD_FLAG} `])]
  const picked: string[] = []
  for (let { feed, excess } of over) {
    for (const row of await listRange(db, tag.feed(feed.id), undefined, false).toArray()) {
      if (excess <= 0) break
      const id = idOfSortKey(row.s)
      if (kept.some((flag) => row.m.includes(flag)) || aged.has(id)) continue
      picked.push(id)
      excess--
    }
  }
  return picked
}

/** Deletes articles with their list rows and offline data, leaving tombstones; a starred article (starred since) is kept. */
async function deleteArticles(db: MeridianDb, ids: string[], now = Date.now()): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK)
    // Every table: the UI's writeArticles maintains list rows (and counters), ours hold the offline data.
    await db.transaction('rw', db.tables, async () => {
      const rows = (await db.articles.bulkGet(chunk)).filter((a): a is StoredArticle => !!a && a.isStarred !== 1)
      await writeArticles(db, rows.map((before) => ({ before })))
      await db.tombstones.bulkPut(rows.map((a) => ({ id: a.id, at: now })))
      await deleteOfflineData(db, rows.map((a) => a.id))
    })
  }
}

/** Drops full texts, images and download records of these articles. Call inside a transaction over them. */
async function deleteOfflineData(db: MeridianDb, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return
  const odb = offlineDb(db)
  for (const id of articleIds) await imagesOf(odb, id).delete()
  await odb.fullTexts.bulkDelete(articleIds)
  await odb.offlineArticles.bulkDelete(articleIds)
}

/** Removes offline rows whose article no longer exists (deleted by another part of the app). Reads keys only;
 *  the deletions re-check inside their own short transactions. */
export async function sweepOrphans(db: MeridianDb): Promise<number> {
  const odb = offlineDb(db)
  const ids = new Set<string>([
    ...(await odb.images.toCollection().primaryKeys()).map(articleIdOfImageKey),
    ...(await odb.fullTexts.toCollection().primaryKeys()),
    ...(await odb.offlineArticles.toCollection().primaryKeys()),
  ])
  const present = new Set(await odb.articles.where(':id').anyOf([...ids]).primaryKeys())
  const orphans = [...ids].filter((id) => !present.has(id))
  for (let i = 0; i < orphans.length; i += CHUNK) {
    const chunk = orphans.slice(i, i + CHUNK)
    await db.transaction('rw', [odb.articles, odb.offlineArticles, odb.fullTexts, odb.images], async () => {
      const stillThere = new Set(await odb.articles.where(':id').anyOf(chunk).primaryKeys())
      await deleteOfflineData(db, chunk.filter((id) => !stillThere.has(id)))
    })
  }
  return orphans.length
}
