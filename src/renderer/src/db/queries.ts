// Reads and reader-state writes for the UI. Lists come from the lists index (see schema.ts and view-query.ts).
import { Dexie } from 'dexie'
import type { CountryCode, TopicId } from '../../../shared/model'
import { applyUserTags, articleTables, tag, writeArticles } from './article-tags'
import { readTotals } from './counters'
import type { MeridianDb, StoredArticle, UserTags } from './schema'
import type { View } from './view'
import { firstPage } from './view-query'

/** A one-value-per-facet filter, for callers that do not need the sidebar's full View. starredOnly wins over feedId. */
export interface ArticleFilter {
  feedId?: string
  country?: CountryCode
  topic?: TopicId
  unreadOnly?: boolean
  starredOnly?: boolean
}

/** @public bench/browser/queries-bench.ts calls it by name, through the bench hooks' `queries`. */
export function filterToView(f: ArticleFilter, order: View['order'] = 'newest'): View {
  return {
    scope: f.starredOnly ? { kind: 'starred' } : f.feedId ? { kind: 'feed', feedId: f.feedId } : { kind: 'all' },
    unreadOnly: f.unreadOnly,
    countries: f.country ? [f.country] : undefined,
    topics: f.topic ? [f.topic] : undefined,
    // starred and a feed together: the feed becomes a membership check on the starred rows
    outlets: undefined,
    order,
    ...(f.starredOnly && f.feedId ? { scope: { kind: 'starred' as const } } : {}),
  }
}

/** The first `limit` articles matching the filter, newest (or oldest) first. */
export async function listArticles(db: MeridianDb, filter: ArticleFilter, opts: { limit: number; order?: View['order'] }): Promise<StoredArticle[]> {
  return firstPage(db, filterToView(filter, opts.order), opts.limit)
}

/** Unread articles per feed id, from the counters. */
export async function countUnreadByFeed(db: MeridianDb, feedIds: string[]): Promise<Map<string, number>> {
  if (feedIds.length <= 50) {
    const counts = await readTotals(db.counters, feedIds.map((id) => tag.unread(tag.feed(id))))
    return new Map(feedIds.map((id, i) => [id, counts[i]]))
  }
  // Many feeds: one range read instead of a get per feed (10,000 gets per stored batch, each watched by the
  // sidebar's live query, held up the first polls after a large OPML import).
  const prefix = tag.unread(tag.feed(''))
  const rows = await db.counters.where(':id').startsWith(prefix).toArray()
  const byKey = new Map(rows.map((r) => [r.key, r.n]))
  return new Map(feedIds.map((id) => [id, byKey.get(prefix + id) ?? 0]))
}

export async function countUnread(db: MeridianDb): Promise<number> {
  return (await readTotals(db.counters, [tag.unread(tag.all)]))[0]
}

export interface SmartCounts {
  all: number
  unread: number
  today: number
  starred: number
}

/** The sidebar's smart views. Today is a range count from local midnight: small, so walking it is cheap. */
export async function smartCounts(db: MeridianDb, todaySince: string): Promise<SmartCounts> {
  const [[all, unread, starred], today] = await Promise.all([
    readTotals(db.counters, [tag.all, tag.unread(tag.all), tag.starred]),
    db.lists.where('k').between([tag.all, todaySince], [tag.all, Dexie.maxKey]).count(),
  ])
  return { all, unread, today, starred }
}

export function getArticle(db: MeridianDb, id: string): Promise<StoredArticle | undefined> {
  return db.articles.get(id)
}

/** Articles by id, in the same order; undefined where an id is not stored (any more). */
export function getArticles(db: MeridianDb, ids: string[]): Promise<(StoredArticle | undefined)[]> {
  return db.articles.bulkGet(ids)
}

/** Reads, changes and rewrites one article with its tags, atomically. Missing ids are ignored. */
async function updateArticle(db: MeridianDb, id: string, change: (a: StoredArticle) => StoredArticle): Promise<void> {
  await db.transaction('rw', articleTables(db), async () => {
    const before = await db.articles.get(id)
    if (before) await writeArticles(db, [{ before, after: change(before) }])
  })
}

function withReadState(a: StoredArticle, isRead: boolean, now: number): StoredArticle {
  if (a.isRead === (isRead ? 1 : 0)) return a
  const { readAt: _dropped, ...rest } = a
  return isRead ? { ...rest, isRead: 1, readAt: now } : { ...rest, isRead: 0 }
}

export async function markRead(db: MeridianDb, id: string, isRead: boolean, now = Date.now()): Promise<void> {
  await updateArticle(db, id, (a) => withReadState(a, isRead, now))
}

/** Marks many articles read (or unread), in chunks so the UI stays responsive. Returns the ids that changed,
 *  which is exactly what an undo must flip back. */
export async function markManyRead(db: MeridianDb, ids: string[], isRead: boolean, now = Date.now(), chunk = 500): Promise<string[]> {
  const changed: string[] = []
  for (let i = 0; i < ids.length; i += chunk) {
    await db.transaction('rw', articleTables(db), async () => {
      const rows = await db.articles.bulkGet(ids.slice(i, i + chunk))
      const todo = rows.filter((a): a is StoredArticle => a !== undefined && a.isRead !== (isRead ? 1 : 0))
      await writeArticles(db, todo.map((before) => ({ before, after: withReadState(before, isRead, now) })))
      for (const a of todo) changed.push(a.id)
    })
  }
  return changed
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
