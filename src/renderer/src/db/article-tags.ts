// Derives the tag rows and counters of an article and writes articles together with them, so neither the tags
// table nor the counters table ever drifts from the articles table. Every article write goes through writeArticles.
import { Dexie, type Table } from 'dexie'
import type { CountryCode, TopicId } from '../../../shared/model'
import { addCounterDeltas, applyCounterDeltas, counterDeltas, rebuildCounters, type CounterDeltas } from './counters'
import type { CounterRow, MeridianDb, StoredArticle, TagRow, UserTags } from './schema'

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

/** A tag's sortKeys, oldest first, from the keys of its rows alone (no row is read). */
export async function sortKeysOfTag(tags: Table<TagRow, [string, string]>, t: string): Promise<string[]> {
  return (await tags.where('[tag+sortKey]').between([t, Dexie.minKey], [t, Dexie.maxKey]).primaryKeys()).map(([, k]) => k)
}

type Taggable = Pick<StoredArticle, 'feedId' | 'countries' | 'topics' | 'isRead' | 'isStarred' | 'outletCountry'>

/** The tags that describe what an article is about or where it comes from: feed, countries, topics, outlet. */
export function facetTags(a: Pick<StoredArticle, 'feedId' | 'countries' | 'topics' | 'outletCountry'>): string[] {
  const tags = [tag.feed(a.feedId), ...a.countries.map(tag.country), ...a.topics.map(tag.topic)]
  if (a.outletCountry) tags.push(tag.outlet(a.outletCountry))
  return [...new Set(tags)]
}

/** One tag per (country, topic) pair of the article. They have no counters: nothing counts them, they only let a
 *  country + topic list be read as ranges of its own. */
export function crossTags(a: Pick<StoredArticle, 'countries' | 'topics'>): string[] {
  const countries = [...new Set(a.countries)].map(tag.country)
  const topics = [...new Set(a.topics)].map(tag.topic)
  return countries.flatMap((c) => topics.map((t) => tag.cross(c, t)))
}

/** The tags with their unread twins when the article is unread. */
export function withUnreadTwins(tags: string[], a: Pick<StoredArticle, 'isRead'>): string[] {
  return a.isRead ? tags : [...tags, ...tags.map(tag.unread)]
}

/** The tags an article is listed under; a pure function of the stored row. */
export function articleTags(a: Taggable): string[] {
  const tags = withUnreadTwins([tag.all, ...facetTags(a), ...crossTags(a)], a)
  if (a.isStarred) tags.push(tag.starred)
  if (a.isStarred && !a.isRead) tags.push(tag.unread(tag.starred))
  return tags
}

/** ' f:x c:FR t:sport ', carried by every tag row of the article, so a filter over several dimensions is
 *  checked on the rows of one tag without reading articles (see view-query.ts). */
export function membershipOf(a: Parameters<typeof facetTags>[0]): string {
  return ` ${facetTags(a).join(' ')} `
}

function tagRows(a: StoredArticle): TagRow[] {
  const m = membershipOf(a)
  return articleTags(a).map((t) => ({ tag: t, sortKey: a.sortKey, articleId: a.id, m }))
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

/** IndexedDB's order of string keys (UTF-16 code units), which is also JavaScript's < on strings. */
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const compareTagKeys = (a: TagRow, b: TagRow) => compareStrings(a.tag, b.tag) || compareStrings(a.sortKey, b.sortKey)

/** The tables writeArticles touches: open every transaction that calls it over these (plus any others). */
export function articleTables(db: MeridianDb) {
  return [db.articles, db.tags, db.counters] as const
}

/**
 * Writes articles, their tag rows and counters. Must run inside a 'rw' transaction over articleTables(db).
 * With `pendingDeltas`, the counter changes are added there instead of written, for a caller that writes several
 * batches in one transaction and applies the sum once (applyCounterDeltas) before it commits.
 */
export async function writeArticles(db: MeridianDb, changes: ArticleChange[], pendingDeltas?: CounterDeltas): Promise<void> {
  const removeKeys: [string, string][] = []
  const putRows: TagRow[] = []
  const puts: StoredArticle[] = []
  const deletes: string[] = []
  for (const { before, after } of changes) {
    const old = before ? tagRows(before) : []
    const next = after ? tagRows(after) : []
    const oldByKey = new Map(old.map((r) => [keyOf(r), r]))
    const nextKeys = new Set(next.map(keyOf))
    for (const r of old) if (!nextKeys.has(keyOf(r))) removeKeys.push([r.tag, r.sortKey])
    // A row is rewritten when it is new or its membership string changed (tags edited, outlet set).
    for (const r of next) if (oldByKey.get(keyOf(r))?.m !== r.m) putRows.push(r)
    if (after) puts.push(after)
    else if (before) deletes.push(before.id)
  }
  // In key order: Chromium reads each key it writes (the transaction's undo log), and a large database has more
  // LevelDB files than it keeps open, so writes scattered over the key space reopen files all the time.
  puts.sort((a, b) => compareStrings(a.id, b.id))
  putRows.sort(compareTagKeys)
  removeKeys.sort(([ta, ka], [tb, kb]) => compareStrings(ta, tb) || compareStrings(ka, kb))
  // Issued together: IndexedDB runs a transaction's requests in the order they were made, so the deletes still
  // come before the puts, but no request waits for the previous batch's round trip.
  const writes: Promise<unknown>[] = []
  if (deletes.length) writes.push(db.articles.bulkDelete(deletes))
  if (puts.length) writes.push(db.articles.bulkPut(puts))
  if (removeKeys.length) writes.push(db.tags.bulkDelete(removeKeys))
  if (putRows.length) writes.push(db.tags.bulkPut(putRows))
  if (pendingDeltas) addCounterDeltas(pendingDeltas, changes)
  else writes.push(applyCounterDeltas(db.counters, counterDeltas(changes)))
  await Promise.all(writes)
}

/** Recreates every tag row and counter from the articles, a page at a time. For a version upgrade that changes
 *  the tag set (pass the upgrade transaction's tables) and as a repair; the caller provides the 'rw' transaction. */
export async function rebuildTags<I>(
  articles: Table<StoredArticle, string, I>,
  tags: Table<TagRow, [string, string]>,
  counters: Table<CounterRow, string>,
): Promise<void> {
  await tags.clear()
  await counters.clear()
  const totals: CounterDeltas = new Map()
  let last: string | undefined
  for (;;) {
    const page = await (last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(500).toArray()
    if (page.length === 0) break
    await tags.bulkPut(page.flatMap(tagRows))
    addCounterDeltas(totals, page.map((after) => ({ after })))
    last = page[page.length - 1].id
  }
  await rebuildCounters(counters, totals)
}
