// Frozen copy of the tag-row helpers as they were at schema version 14 (article-tags.ts before the list rows of
// version 15), for what writes a version-14 database (the upgrade tests and bench). Never edit: a version-14
// database must look as that version left it.

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

export function facetTagsV14(a: Pick<ArticleV14, 'feedId' | 'countries' | 'topics' | 'outletCountry'>): string[] {
  const tags = [tagV14.feed(a.feedId), ...a.countries.map(tagV14.country), ...a.topics.map(tagV14.topic)]
  if (a.outletCountry) tags.push(tagV14.outlet(a.outletCountry))
  return [...new Set(tags)]
}

function crossTagsV14(a: Pick<ArticleV14, 'countries' | 'topics'>): string[] {
  const countries = [...new Set(a.countries)].map(tagV14.country)
  const topics = [...new Set(a.topics)].map(tagV14.topic)
  return countries.flatMap((c) => topics.map((t) => tagV14.cross(c, t)))
}

function withUnreadTwinsV14(tags: string[], a: Pick<ArticleV14, 'isRead'>): string[] {
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
