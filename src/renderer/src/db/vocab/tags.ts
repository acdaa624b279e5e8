// The tag vocabulary: the names of the lists an article can be in, the flags of a membership string, and the
// sortKey that orders every list. Pure functions over an article's fields; no storage.
import type { CountryCode, TopicId } from '../../../../shared/model'
import type { StoredArticle } from '../rows/types'

/** Tag names: the lists an article can be in. */
export const tag = {
  all: 'all',
  starred: 's',
  feed: (feedId: string) => `f:${feedId}`,
  country: (code: CountryCode) => `c:${code}`,
  topic: (topic: TopicId) => `t:${topic}`,
  outlet: (code: CountryCode) => `o:${code}`,
  /** A country the article only mentions (the `mentions` tier): listed only when the reader asks for it. */
  mention: (code: CountryCode) => `n:${code}`,
  unread: (base: string) => `u:${base}`,
  /** Hidden by a rule: such an article is in this list only (issue 19). */
  hidden: 'h',
  label: (labelId: string) => `l:${labelId}`,
}

/** Flags in a membership string: the article is unread, starred. */
export const UNREAD_FLAG = 'u'
export const STARRED_FLAG = 's'

export function sortKeyOf(publishedAt: string, id: string): string {
  return `${publishedAt}|${id}`
}

/** The article id inside a sortKey (ISO dates hold no '|', ids may). */
export function idOfSortKey(sortKey: string): string {
  return sortKey.slice(sortKey.indexOf('|') + 1)
}

/** The tags that describe what an article is about or where it comes from: feed, countries, topics, outlet. */
export function facetTags(a: Pick<StoredArticle, 'feedId' | 'countries' | 'topics' | 'outletCountry'>): string[] {
  const tags = [tag.feed(a.feedId), ...a.countries.map(tag.country), ...a.topics.map(tag.topic)]
  if (a.outletCountry) tags.push(tag.outlet(a.outletCountry))
  return [...new Set(tags)]
}

/** The countries the article only mentions, as tags ('n:DE'); never one it is about. */
export function mentionTags(a: Pick<StoredArticle, 'countries' | 'mentions'>): string[] {
  return [...new Set(a.mentions ?? [])].filter((c) => !a.countries.includes(c)).map(tag.mention)
}

/** The article's labels as tags ('l:<id>'). */
export function labelTags(a: Pick<StoredArticle, 'labels'>): string[] {
  return [...new Set(a.labels ?? [])].map(tag.label)
}
