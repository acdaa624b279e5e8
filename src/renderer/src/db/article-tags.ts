// Derives the tag rows of an article and writes articles together with them, so the tags table never drifts
// from the articles table. Every article write in the app goes through writeArticles.
import type { Table } from 'dexie'
import type { CountryCode, TopicId } from '../../../shared/model'
import type { MeridianDb, StoredArticle, TagRow, UserTags } from './schema'

/** Tag names. 'u:' twins exist for the lists the reader filters to unread, so those pages come from an index. */
export const tag = {
  all: 'all',
  starred: 's',
  feed: (feedId: string) => `f:${feedId}`,
  country: (code: CountryCode) => `c:${code}`,
  topic: (topic: TopicId) => `t:${topic}`,
  unread: (base: string) => `u:${base}`,
}

export function sortKeyOf(publishedAt: string, id: string): string {
  return `${publishedAt}|${id}`
}

/** The tags an article is listed under; a pure function of the stored row. */
export function articleTags(a: Pick<StoredArticle, 'feedId' | 'countries' | 'topics' | 'isRead' | 'isStarred'>): string[] {
  const base = [tag.all, tag.feed(a.feedId), ...a.countries.map(tag.country), ...a.topics.map(tag.topic)]
  const tags = a.isRead ? base : [...base, ...base.map(tag.unread)]
  if (a.isStarred) tags.push(tag.starred)
  return [...new Set(tags)]
}

function tagRows(a: StoredArticle): TagRow[] {
  return articleTags(a).map((t) => ({ tag: t, sortKey: a.sortKey, articleId: a.id }))
}

/** Effective tags: the classifier's, minus what the reader removed, plus what the reader added. */
export function applyUserTags(
  classified: { countries: CountryCode[]; topics: TopicId[] },
  user: UserTags | undefined,
): { countries: CountryCode[]; topics: TopicId[] } {
  if (!user) return { countries: [...classified.countries], topics: [...classified.topics] }
  const merge = <T>(base: T[], remove: T[], add: T[]) => [...new Set([...base.filter((x) => !remove.includes(x)), ...add])]
  return {
    countries: merge(classified.countries, user.removeCountries, user.addCountries),
    topics: merge(classified.topics, user.removeTopics, user.addTopics),
  }
}

/** A change to one article: before is the stored row (absent when new), after the row to store (absent to delete). */
export interface ArticleChange {
  before?: StoredArticle
  after?: StoredArticle
}

const keyOf = (r: TagRow) => `${r.tag}\u0000${r.sortKey}`

/** Writes articles and their tag rows. Must run inside a 'rw' transaction over articles and tags. */
export async function writeArticles(db: MeridianDb, changes: ArticleChange[]): Promise<void> {
  const removeKeys: [string, string][] = []
  const addRows: TagRow[] = []
  const puts: StoredArticle[] = []
  const deletes: string[] = []
  for (const { before, after } of changes) {
    const old = before ? tagRows(before) : []
    const next = after ? tagRows(after) : []
    const nextKeys = new Set(next.map(keyOf))
    const oldKeys = new Set(old.map(keyOf))
    for (const r of old) if (!nextKeys.has(keyOf(r))) removeKeys.push([r.tag, r.sortKey])
    for (const r of next) if (!oldKeys.has(keyOf(r))) addRows.push(r)
    if (after) puts.push(after)
    else if (before) deletes.push(before.id)
  }
  if (deletes.length) await db.articles.bulkDelete(deletes)
  if (puts.length) await db.articles.bulkPut(puts)
  if (removeKeys.length) await db.tags.bulkDelete(removeKeys)
  if (addRows.length) await db.tags.bulkPut(addRows)
}

/** Recreates every tag row from the articles, a page at a time. For a version upgrade that changes the tag set
 *  (pass the upgrade transaction's tables) and as a repair; the caller provides the 'rw' transaction. */
export async function rebuildTags<I>(articles: Table<StoredArticle, string, I>, tags: Table<TagRow, [string, string]>): Promise<void> {
  await tags.clear()
  let last: string | undefined
  for (;;) {
    const page = await (last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(500).toArray()
    if (page.length === 0) return
    await tags.bulkPut(page.flatMap(tagRows))
    last = page[page.length - 1].id
  }
}
