// Derives the tag index entries (tag-index.ts) and counters of an article and writes articles together with them,
// so neither drifts from the articles. Every article write goes through writeArticles.
import type { Table } from 'dexie'
import type { CountryCode, TopicId } from '../../../shared/model'
import { addCounterDeltas, applyCounterDeltas, counterDeltas, rebuildCounters, type CounterDeltas } from './counters'
import { tagEntry } from './tag-index'
import type { CounterRow, MeridianDb, StoredArticle, UserTags } from './schema'

/** Tag names. 'u:' twins exist for every list the reader can narrow to unread, so those pages come from an index. */
export const tag = {
  all: 'all',
  starred: 's',
  feed: (feedId: string) => `f:${feedId}`,
  country: (code: CountryCode) => `c:${code}`,
  topic: (topic: TopicId) => `t:${topic}`,
  outlet: (code: CountryCode) => `o:${code}`,
  unread: (base: string) => `u:${base}`,
  /** Articles about the country and the topic ('c:FR+t:politics'): a list filtered on both is then one range. */
  cross: (countryTag: string, topicTag: string) => `${countryTag}+${topicTag}`,
}

export function sortKeyOf(publishedAt: string, id: string): string {
  return `${publishedAt}|${id}`
}

/** The article id inside a sortKey (ISO dates hold no '|', ids may). */
export function idOfSortKey(sortKey: string): string {
  return sortKey.slice(sortKey.indexOf('|') + 1)
}

type Taggable = Pick<StoredArticle, 'feedId' | 'countries' | 'topics' | 'isRead' | 'isStarred' | 'outletCountry'>

/** The tags that describe what an article is about or where it comes from: feed, countries, topics, outlet. */
export function facetTags(a: Pick<StoredArticle, 'feedId' | 'countries' | 'topics' | 'outletCountry'>): string[] {
  const tags = [tag.feed(a.feedId), ...a.countries.map(tag.country), ...a.topics.map(tag.topic)]
  if (a.outletCountry) tags.push(tag.outlet(a.outletCountry))
  return [...new Set(tags)]
}

/** The tags an article is listed under; a pure function of the stored row. Cross tags (country × topic) list
 *  it without counters: nothing counts them, they only let a country + topic list be read as one range. */
export function articleTags(a: Taggable): string[] {
  const countries = [...new Set(a.countries)].map(tag.country)
  const topics = [...new Set(a.topics)].map(tag.topic)
  const base = [tag.all, ...facetTags(a), ...countries.flatMap((c) => topics.map((t) => tag.cross(c, t)))]
  const tags = a.isRead ? base : [...base, ...base.map(tag.unread)]
  if (a.isStarred) tags.push(tag.starred)
  if (a.isStarred && !a.isRead) tags.push(tag.unread(tag.starred))
  return tags
}

/** ' f:x c:FR t:sport ', carried by every tag index entry of the article, so a filter over several dimensions is
 *  checked on the entries of one tag without reading articles (see view-query.ts). */
export function membershipOf(a: Parameters<typeof facetTags>[0]): string {
  return ` ${facetTags(a).join(' ')} `
}

/** The row as stored: the article with its tag index entries. */
export function withTagEntries(a: StoredArticle): StoredArticle {
  const m = membershipOf(a)
  return { ...a, x: articleTags(a).map((t) => tagEntry(t, a.sortKey, m)) }
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

/** The tables writeArticles touches: open every transaction that calls it over these (plus any others). */
export function articleTables(db: MeridianDb) {
  return [db.articles, db.counters] as const
}

/**
 * Writes articles (with their tag index entries) and counters. Must run inside a 'rw' transaction over
 * articleTables(db). With `pendingDeltas`, the counter changes are added there instead of written, for a caller that
 * writes several batches in one transaction and applies the sum once (applyCounterDeltas) before it commits.
 */
export async function writeArticles(db: MeridianDb, changes: ArticleChange[], pendingDeltas?: CounterDeltas): Promise<void> {
  const puts: StoredArticle[] = []
  const deletes: string[] = []
  for (const { before, after } of changes) {
    if (after) puts.push(withTagEntries(after))
    else if (before) deletes.push(before.id)
  }
  // Issued together: IndexedDB runs a transaction's requests in the order they were made, so the deletes still
  // come before the puts, but no request waits for the previous batch's round trip.
  const writes: Promise<unknown>[] = []
  if (deletes.length) writes.push(db.articles.bulkDelete(deletes))
  if (puts.length) writes.push(db.articles.bulkPut(puts))
  if (pendingDeltas) addCounterDeltas(pendingDeltas, changes)
  else writes.push(applyCounterDeltas(db.counters, counterDeltas(changes)))
  await Promise.all(writes)
}

/** Rewrites every article with its tag index entries and recreates the counters, a page at a time; `amend` may
 *  change each row first. For a version upgrade that changes the tag set (pass the upgrade transaction's tables) and
 *  as a repair; the caller provides the 'rw' transaction. */
export async function rebuildTagIndex<I>(
  articles: Table<StoredArticle, string, I>,
  counters: Table<CounterRow, string>,
  amend: (a: StoredArticle) => StoredArticle = (a) => a,
): Promise<void> {
  const totals: CounterDeltas = new Map()
  let last: string | undefined
  for (;;) {
    const page = (await (last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(500).toArray()).map(amend)
    if (page.length === 0) break
    // The rows are whole stored articles, which every insert type of the table accepts.
    await articles.bulkPut(page.map(withTagEntries) as I[])
    addCounterDeltas(totals, page.map((after) => ({ after })))
    last = page[page.length - 1].id
  }
  await counters.clear()
  await rebuildCounters(counters, totals)
}
