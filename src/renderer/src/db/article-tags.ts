// Derives an article's list row (one row per article, its lists as entries of a multiEntry index, see schema.ts),
// counters and search row, and writes articles together with them, so no derived table ever drifts from the
// articles table. Every article write goes through writeArticles: it is the one mechanism that keeps them in step.
import { Dexie, type Table } from 'dexie'
import type { CountryCode, TopicId } from '../../../shared/model'
import { addCounterDeltas, applyCounterDeltas, counterDeltas, rebuildCounters, type CounterDeltas } from './counters'
import type { CounterRow, ListRow, MeridianDb, SearchRow, StoredArticle, UserTags } from './rows/types'
import { dropQueuedRows, searchRowOf } from './search-index'
import { newBatchId } from './search-postings'
import { countryToken } from './search-tokens'
import { facetTags, labelTags, mentionTags, tag, STARRED_FLAG, UNREAD_FLAG } from './vocab/tags'

export { idOfSortKey, sortKeyOf, tag, STARRED_FLAG, UNREAD_FLAG } from './vocab/tags'

/** A tag's sortKeys, oldest first, from the index alone (no row is read). */
export async function sortKeysOfTag(lists: Table<ListRow, string>, t: string): Promise<string[]> {
  return lists.where('k').between([t, Dexie.minKey], [t, Dexie.maxKey]).primaryKeys()
}

type Taggable = Pick<StoredArticle, 'feedId' | 'countries' | 'topics' | 'isRead' | 'isStarred' | 'outletCountry' | 'mentions' | 'isHidden' | 'labels'>

/**
 * The lists an article has an index entry in: every list the reader opens by itself (all, its feed, each country,
 * topic and outlet, each mentioned country), 'u:all' while unread and 's' while starred. Unread, starred and
 * country + topic views of a facet read the facet's entries and test the membership string (view.ts): an index
 * entry costs about as much to write as a small record (measured in db/README.md), so only lists that would
 * otherwise be scanned out of the whole library get their own.
 */
function articleTags(a: Taggable): string[] {
  if (a.isHidden) return [tag.hidden] // hidden by a rule: out of every list, so no view or count pays for it (issue 19)
  const tags = [tag.all, ...facetTags(a), ...mentionTags(a), ...labelTags(a)]
  if (!a.isRead) tags.push(tag.unread(tag.all))
  if (a.isStarred) tags.push(tag.starred)
  return tags
}

/** ' f:x c:FR t:sport o:GB n:DE u ', carried by the list row, so a filter over several dimensions (and unread,
 *  starred) is checked on the rows of one list without reading articles (see view-query.ts). */
function membershipOf(a: Taggable): string {
  const flags = [...(a.isRead ? [] : [UNREAD_FLAG]), ...(a.isStarred ? [STARRED_FLAG] : [])]
  return ` ${[...facetTags(a), ...mentionTags(a), ...labelTags(a), ...flags].join(' ')} `
}

export function listRowOf(a: StoredArticle): ListRow {
  return { s: a.sortKey, m: membershipOf(a), k: articleTags(a).map((t): [string, string] => [t, a.sortKey]) }
}

/** What the classifier said of an article: its `about` countries, topics, and countries it only mentions. */
export interface Classified {
  countries: CountryCode[]
  topics: TopicId[]
  mentions?: CountryCode[]
}

/** Effective tags: the classifier's, minus what the reader removed, plus what the reader added. A country the reader
 *  adds to `about` leaves `mentions`; one added to `mentions` (addMentions) leaves `about`; a removed one leaves both. */
export function applyUserTags(classified: Classified, user: UserTags | undefined): { countries: CountryCode[]; topics: TopicId[]; mentions: CountryCode[] } {
  const merge = <T>(base: T[], remove: T[], add: T[]) => [...new Set([...base.filter((x) => !remove.includes(x)), ...add])]
  const u = user ?? { addCountries: [], removeCountries: [], addTopics: [], removeTopics: [] }
  const moved = u.addMentions ?? []
  const countries = merge(classified.countries, [...u.removeCountries, ...moved], u.addCountries)
  const mentions = merge(classified.mentions ?? [], u.removeCountries, moved).filter((c) => !countries.includes(c))
  return { countries, topics: merge(classified.topics, u.removeTopics, u.addTopics), mentions }
}

/** The article tagged anew by the classifier (a re-tag, its full text): the reader's corrections applied on top. */
export function withClassified(a: StoredArticle, tags: { countries: CountryCode[]; topics: TopicId[]; mentions?: CountryCode[]; evidence?: StoredArticle['tagEvidence'] }, version: number): StoredArticle {
  const classified: Classified = { countries: tags.countries, topics: tags.topics }
  if (tags.mentions) classified.mentions = tags.mentions
  const next: StoredArticle = { ...a, classified, classifierVersion: version, ...applyUserTags(classified, a.userTags) }
  if (tags.evidence) next.tagEvidence = tags.evidence
  return next
}

/** A change to one article: before is the stored row (absent when new), after the row to store (absent to delete). */
export interface ArticleChange {
  before?: StoredArticle
  after?: StoredArticle
}

/** IndexedDB's order of string keys (UTF-16 code units), which is also JavaScript's < on strings. */
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The tables writeArticles touches: open every transaction that calls it over these (plus any others). */
export function articleTables(db: MeridianDb) {
  return [db.articles, db.lists, db.counters, db.search, db.searchQueue, db.searchPending] as const
}

/** The search row to write for `after`, or undefined when its words, date and visibility are those of `before` (a
 *  read mark, a star, a re-tag): rewriting it would post all its words again for nothing. Its country tokens are
 *  written with its words but not kept up to date: a change of countries alone is posted by countryPostsOf, and
 *  search checks countries on the list rows (search.ts). Nothing is read. */
function searchRowToWrite(before: StoredArticle | undefined, after: StoredArticle): SearchRow | undefined {
  if (before && before.title === after.title && before.summary === after.summary && before.sortKey === after.sortKey && !before.isHidden === !after.isHidden) return undefined
  const row = searchRowOf(after)
  if (!before) return row
  const old = searchRowOf(before)
  return old.t === row.t && old.w.length === row.w.length && old.w.every((e, i) => e === row.w[i]) ? undefined : row
}

/** The country tokens to post for an article whose forward row is not rewritten: the countries it gained (one it
 *  lost keeps its stale postings, which search's list-row check drops). */
function countryPostsOf(before: StoredArticle, after: StoredArticle): [string, string[]] | undefined {
  if (after.isHidden) return undefined
  const gained = after.countries.filter((c) => !before.countries.includes(c))
  return gained.length ? [after.sortKey, gained.map(countryToken)] : undefined
}

/**
 * Writes articles, their list rows, counters and search rows. Must run inside a 'rw' transaction over
 * articleTables(db). Search rows (search-index.ts) are written from what `before` and `after` say: a new article's
 * row is queued for the indexer to write and post, a changed article's row is overwritten and its id queued for
 * posting, a deleted one's deleted blind (with any row schemas 16–30 queued for it); a changed or deleted article's
 * row still queued as new is dropped from its queue row (the one read, of the queue).
 * With `pendingDeltas`, the counter changes are added there instead of written, for a caller that writes several
 * batches in one transaction and applies the sum once (applyCounterDeltas) before it commits.
 */
export async function writeArticles(db: MeridianDb, changes: ArticleChange[], pendingDeltas?: CounterDeltas): Promise<void> {
  const removeKeys: string[] = []
  const putRows: ListRow[] = []
  const puts: StoredArticle[] = []
  const deletes: string[] = []
  const searchRows: SearchRow[] = []
  const staleQueued: string[] = [] // rows schemas 16–30 may have queued for an article changed or deleted now
  const countryPosts: [string, string[]][] = []
  const hadRow = new Set<string>() // articles stored before: their forward rows are rewritten in place
  for (const { before, after } of changes) {
    const row = after && searchRowToWrite(before, after)
    if (row) searchRows.push(row)
    if (row && before) hadRow.add(row.id)
    const posts = before && after && !row ? countryPostsOf(before, after) : undefined
    if (posts) countryPosts.push(posts)
    if (before && (row || !after)) staleQueued.push(before.id)
    const next = after ? listRowOf(after) : undefined
    if (before && before.sortKey !== next?.s) removeKeys.push(before.sortKey)
    // A row is rewritten only when its lists or membership changed (not for a new summary or image).
    if (next && (!before || before.sortKey !== next.s || !sameListRow(listRowOf(before), next))) putRows.push(next)
    if (after) puts.push(after)
    else if (before) deletes.push(before.id)
  }
  // In key order: Chromium reads each key it writes (the transaction's undo log), and a large database has more
  // LevelDB files than it keeps open, so writes scattered over the key space reopen files all the time.
  puts.sort((a, b) => compareStrings(a.id, b.id))
  putRows.sort((a, b) => compareStrings(a.s, b.s))
  removeKeys.sort(compareStrings)
  // Issued together: IndexedDB runs a transaction's requests in the order they were made, so the deletes still
  // come before the puts, but no request waits for the previous batch's round trip.
  const writes: Promise<unknown>[] = []
  if (deletes.length) writes.push(db.articles.bulkDelete(deletes))
  if (puts.length) writes.push(db.articles.bulkPut(puts))
  if (removeKeys.length) writes.push(db.lists.bulkDelete(removeKeys))
  if (putRows.length) writes.push(db.lists.bulkPut(putRows))
  if (deletes.length) writes.push(db.search.bulkDelete(deletes))
  if (staleQueued.length) writes.push(db.searchPending.bulkDelete(staleQueued.sort(compareStrings)), dropQueuedRows(db.searchQueue, staleQueued))
  // A new article's forward row waits in its queue row for the indexer (one record for the call instead of one per
  // article: db/README.md, "The farm in Chromium, session 17"); a rewritten one goes to `search` at once, where
  // search checks posted hits against it.
  const fresh = searchRows.filter((r) => !hadRow.has(r.id))
  const rewritten = fresh.length === searchRows.length ? [] : searchRows.filter((r) => hadRow.has(r.id))
  if (fresh.length) writes.push(db.searchQueue.add({ k: newBatchId(), ids: [], r: fresh.sort((a, b) => compareStrings(a.id, b.id)) }))
  if (rewritten.length) {
    rewritten.sort((a, b) => compareStrings(a.id, b.id))
    writes.push(db.search.bulkPut(rewritten), db.searchQueue.add({ k: newBatchId(), ids: rewritten.map((r) => r.id) }))
  }
  if (countryPosts.length) writes.push(db.searchQueue.add({ k: newBatchId(), ids: [], c: countryPosts }))
  if (pendingDeltas) addCounterDeltas(pendingDeltas, changes)
  else writes.push(applyCounterDeltas(db.counters, counterDeltas(changes)))
  await Promise.all(writes)
}

function sameListRow(a: ListRow, b: ListRow): boolean {
  return a.m === b.m && a.k.length === b.k.length && a.k.every(([t], i) => t === b.k[i][0])
}

/** Recreates every list row and counter from the articles, a page at a time: a repair, and the oracle of tests that
 *  check the maintained rows. The caller provides the 'rw' transaction. */
export async function rebuildLists<I>(
  articles: Table<StoredArticle, string, I>,
  lists: Table<ListRow, string>,
  counters: Table<CounterRow, string>,
): Promise<void> {
  await lists.clear()
  await counters.clear()
  const totals: CounterDeltas = new Map()
  let last: string | undefined
  for (;;) {
    const page = await (last === undefined ? articles.orderBy(':id') : articles.where(':id').above(last)).limit(500).toArray()
    if (page.length === 0) break
    await lists.bulkPut(page.map(listRowOf))
    addCounterDeltas(totals, page.map((after) => ({ after })))
    last = page[page.length - 1].id
  }
  await rebuildCounters(counters, totals)
}
