// Reads and reader-state writes for the UI. Lists come from the tags table (see schema.ts), newest first.
import { Dexie } from 'dexie'
import type { CountryCode, TopicId } from '../../../shared/model'
import { applyUserTags, tag, writeArticles } from './article-tags'
import type { MeridianDb, StoredArticle, UserTags } from './schema'

export interface ArticleFilter {
  feedId?: string
  country?: CountryCode
  topic?: TopicId
  unreadOnly?: boolean
  starredOnly?: boolean
}

export interface ListOptions {
  limit: number
  order?: 'newest' | 'oldest'
  /** sortKey of the last row of the previous page; the page starts after it. */
  after?: string
}

/** The tags whose lists contain every match of the filter; any one of them can drive the scan. */
function candidateTags(f: ArticleFilter): string[] {
  const base: string[] = []
  if (f.feedId) base.push(tag.feed(f.feedId))
  if (f.country) base.push(tag.country(f.country))
  if (f.topic) base.push(tag.topic(f.topic))
  if (base.length === 0) base.push(tag.all)
  const tags = f.unreadOnly ? base.map(tag.unread) : base
  return f.starredOnly ? [tag.starred, ...tags] : tags
}

function matches(a: StoredArticle, f: ArticleFilter): boolean {
  return (
    (!f.feedId || a.feedId === f.feedId) &&
    (!f.country || a.countries.includes(f.country)) &&
    (!f.topic || a.topics.includes(f.topic)) &&
    (!f.unreadOnly || a.isRead === 0) &&
    (!f.starredOnly || a.isStarred === 1)
  )
}

const countTag = (db: MeridianDb, t: string) =>
  db.tags.where('[tag+sortKey]').between([t, Dexie.minKey], [t, Dexie.maxKey]).count()

/**
 * One page of articles matching the filter, newest (or oldest) first. The scan walks the smallest candidate
 * tag's rows in sortKey order, in batches, and checks the other conditions on the article rows, so a
 * single-dimension filter reads exactly `limit` rows.
 */
export async function listArticles(db: MeridianDb, filter: ArticleFilter, opts: ListOptions): Promise<StoredArticle[]> {
  const candidates = candidateTags(filter)
  let driver = candidates[0]
  if (candidates.length > 1) {
    const counts = await Promise.all(candidates.map((t) => countTag(db, t)))
    driver = candidates[counts.indexOf(Math.min(...counts))]
  }
  const newest = (opts.order ?? 'newest') === 'newest'
  const out: StoredArticle[] = []
  let cursor = opts.after
  const batch = Math.max(opts.limit, 50)
  while (out.length < opts.limit) {
    const lower: [string, unknown] = [driver, !newest && cursor !== undefined ? cursor : Dexie.minKey]
    const upper: [string, unknown] = [driver, newest && cursor !== undefined ? cursor : Dexie.maxKey]
    let range = db.tags.where('[tag+sortKey]').between(lower, upper, newest || cursor === undefined, !newest || cursor === undefined)
    if (newest) range = range.reverse()
    const rows = await range.limit(batch).toArray()
    if (rows.length === 0) break
    const articles = await db.articles.bulkGet(rows.map((r) => r.articleId))
    for (const a of articles) if (a && matches(a, filter) && out.length < opts.limit) out.push(a)
    cursor = rows[rows.length - 1].sortKey
    if (rows.length < batch) break
  }
  return out
}

/** Unread articles per feed id, each counted from the feed's unread tag (an index count, no row reads). */
export async function countUnreadByFeed(db: MeridianDb, feedIds: string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(feedIds.map((id) => countTag(db, tag.unread(tag.feed(id)))))
  return new Map(feedIds.map((id, i) => [id, counts[i]]))
}

export async function countUnread(db: MeridianDb): Promise<number> {
  return countTag(db, tag.unread(tag.all))
}

export function getArticle(db: MeridianDb, id: string): Promise<StoredArticle | undefined> {
  return db.articles.get(id)
}

/** Reads, changes and rewrites one article with its tags, atomically. Missing ids are ignored. */
async function updateArticle(db: MeridianDb, id: string, change: (a: StoredArticle) => StoredArticle): Promise<void> {
  await db.transaction('rw', db.articles, db.tags, async () => {
    const before = await db.articles.get(id)
    if (before) await writeArticles(db, [{ before, after: change(before) }])
  })
}

export async function markRead(db: MeridianDb, id: string, isRead: boolean, now = Date.now()): Promise<void> {
  await updateArticle(db, id, (a) => {
    if (a.isRead === (isRead ? 1 : 0)) return a
    const { readAt: _dropped, ...rest } = a
    return isRead ? { ...rest, isRead: 1, readAt: now } : { ...rest, isRead: 0 }
  })
}

export async function toggleStar(db: MeridianDb, id: string): Promise<void> {
  await updateArticle(db, id, (a) => ({ ...a, isStarred: a.isStarred ? 0 : 1 }))
}

/** Records the reader's corrections to countries/topics; they are re-applied on every later ingest. */
export async function setUserTags(db: MeridianDb, id: string, userTags: UserTags | undefined): Promise<void> {
  await updateArticle(db, id, (a) => {
    const { userTags: _old, ...rest } = a
    const next = userTags ? { ...rest, userTags } : rest
    return { ...next, ...applyUserTags(a.classified, userTags) }
  })
}
