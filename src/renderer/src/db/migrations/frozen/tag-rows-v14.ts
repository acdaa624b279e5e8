// Frozen copy of the tag-row helpers as they were at schema version 14 (article-tags.ts before the list rows of
// version 15), for the upgrades that still write tag rows. Never edit: an upgrade must do what it did when it shipped.
import { Dexie, type Table } from 'dexie'

export interface TagRowV14 {
  tag: string
  sortKey: string
  articleId: string
  m: string
}

export interface ArticleV14 {
  id: string
  feedId: string
  countries: string[]
  topics: string[]
  outletCountry?: string
  isRead: 0 | 1
  isStarred: 0 | 1
  sortKey: string
}

export const tagV14 = {
  all: 'all',
  starred: 's',
  feed: (feedId: string) => `f:${feedId}`,
  country: (code: string) => `c:${code}`,
  topic: (topic: string) => `t:${topic}`,
  outlet: (code: string) => `o:${code}`,
  unread: (base: string) => `u:${base}`,
  cross: (countryTag: string, topicTag: string) => `${countryTag}+${topicTag}`,
}

export async function sortKeysOfTagV14(tags: Table<TagRowV14, [string, string]>, t: string): Promise<string[]> {
  return (await tags.where('[tag+sortKey]').between([t, Dexie.minKey], [t, Dexie.maxKey]).primaryKeys()).map(([, k]) => k)
}

export const idOfSortKeyV14 = (sortKey: string) => sortKey.slice(sortKey.indexOf('|') + 1)

export function facetTagsV14(a: Pick<ArticleV14, 'feedId' | 'countries' | 'topics' | 'outletCountry'>): string[] {
  const tags = [tagV14.feed(a.feedId), ...a.countries.map(tagV14.country), ...a.topics.map(tagV14.topic)]
  if (a.outletCountry) tags.push(tagV14.outlet(a.outletCountry))
  return [...new Set(tags)]
}

export function crossTagsV14(a: Pick<ArticleV14, 'countries' | 'topics'>): string[] {
  const countries = [...new Set(a.countries)].map(tagV14.country)
  const topics = [...new Set(a.topics)].map(tagV14.topic)
  return countries.flatMap((c) => topics.map((t) => tagV14.cross(c, t)))
}

export function withUnreadTwinsV14(tags: string[], a: Pick<ArticleV14, 'isRead'>): string[] {
  return a.isRead ? tags : [...tags, ...tags.map(tagV14.unread)]
}

function articleTagsV14(a: ArticleV14): string[] {
  const tags = withUnreadTwinsV14([tagV14.all, ...facetTagsV14(a), ...crossTagsV14(a)], a)
  if (a.isStarred) tags.push(tagV14.starred)
  if (a.isStarred && !a.isRead) tags.push(tagV14.unread(tagV14.starred))
  return tags
}

export function tagRowsV14(a: ArticleV14): TagRowV14[] {
  const m = ` ${facetTagsV14(a).join(' ')} `
  return articleTagsV14(a).map((t) => ({ tag: t, sortKey: a.sortKey, articleId: a.id, m }))
}

/** A tag's rows, oldest first, 5,000 at a time. */
export async function* pagesOfTagV14(tags: Table<TagRowV14, [string, string]>, t: string): AsyncGenerator<TagRowV14[]> {
  let after: unknown = Dexie.minKey
  for (;;) {
    const page = await tags.where('[tag+sortKey]').between([t, after], [t, Dexie.maxKey], false, true).limit(5000).toArray()
    if (page.length === 0) return
    yield page
    after = page[page.length - 1].sortKey
  }
}

/** What counters need of an article, from its 'all' tag row and the unread and starred sortKeys. */
export function countableOfRowV14(row: TagRowV14, unread: Set<string>, starred: Set<string>): ArticleV14 {
  const tokens = row.m.split(' ').filter(Boolean)
  const values = (prefix: string) => tokens.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length))
  return {
    id: row.articleId,
    sortKey: row.sortKey,
    feedId: values('f:')[0] ?? '',
    countries: values('c:'),
    topics: values('t:'),
    outletCountry: values('o:')[0],
    isRead: unread.has(row.sortKey) ? 0 : 1,
    isStarred: starred.has(row.sortKey) ? 1 : 0,
  }
}
