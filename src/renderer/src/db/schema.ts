// The one Dexie database ('meridian'): table shapes, indexes and versions. Imports dexie and shared types only.
//
// Why a separate `tags` table: IndexedDB has no compound multiEntry index, and where('countries').equals(c)
// returns rows in primary-key order, so "newest first for France" cannot come from an index on articles.
// Every list the reader can open is therefore a tag ('all', 'c:FR', 't:politics', 'f:<feedId>', 's' for
// starred, and 'u:'-prefixed twins of all/c/t/f for unread) and each (tag, article) pair is one row keyed by
// [tag+sortKey], where sortKey = `${publishedAt}|${articleId}`. A page is then a primary-key range scan
// (fast even on fake-indexeddb, whose index cursors are O(n²)), a count is an index count, and "today"
// is a range on sortKey. The article id stays the stable id from the main process; only sortKey moves when
// a feed corrects a date. Tag rows are a pure function of the stored article (see article-tags.ts), so a
// later version can change the tag set by rebuilding them from articles (rebuildTags) in its upgrade.
//
// Version 2 (issue 4) adds outlet tags ('o:FR', from the feed's outletCountry copied onto each article), 'u:s'
// (starred and unread), a membership string `m` on every tag row (the article's feed/country/topic/outlet tags,
// so "FR or DE, and politics" is checked on the rows of one tag without reading articles), and the `counters`
// table (counters.ts) that gives list sizes and facet counts without walking ranges.
//
// Why rows and not entries of a multiEntry index on the articles (tried and measured in session 4): such entries
// are about four times cheaper to write into a fresh database, but IndexedDB reads an index's own keys only through
// a cursor (getAllKeys returns primary keys): 101 keys took 4–10 ms by cursor against 1.2 ms by getAllKeys of tag
// rows, the first page of a country went from p95 17.6 to 38.5 ms at 100k, and at that size ingest ran at ~110
// articles/s either way (LevelDB's compaction, not the request count, dominates a large database's writes).
import { Dexie, type EntityTable, type Table } from 'dexie'
import { OFFLINE_STORES } from './offline/tables'
import { SITE_ICON_STORES } from './site-icons'
import { crossTags, idOfSortKey, rebuildTags, sortKeysOfTag, tag, withUnreadTwins } from './article-tags'
import { rebuildSearchIndex, searchIndexMiddleware, type SearchRow } from './search-index'
import { addCounterDeltas, countableOfRow, pagesOfTag, rebuildCounters, type CounterDeltas } from './counters'
import type { AppError } from '../../../shared/errors'
import type { CountryCode, FeedValidators, IncomingArticle, TopicId } from '../../../shared/model'

export const DEFAULT_DB_NAME = 'meridian'

/** The reader's corrections to the classifier; re-applied after every re-ingest or re-tag. */
export interface UserTags {
  addCountries: CountryCode[]
  removeCountries: CountryCode[]
  addTopics: TopicId[]
  removeTopics: TopicId[]
}

/** An article as stored: the incoming fields plus the reader's state. */
export interface StoredArticle extends IncomingArticle {
  /** Effective tags: the classifier's output with userTags applied. These are what the reader sees. */
  countries: CountryCode[]
  topics: TopicId[]
  /** The classifier's own output, kept so that editing userTags can be recomputed without a re-fetch. */
  classified: { countries: CountryCode[]; topics: TopicId[] }
  /** 0/1 rather than booleans: booleans are not valid IndexedDB keys, should a later version index them. */
  isRead: 0 | 1
  isStarred: 0 | 1
  /** Epoch ms when this article was first stored. */
  firstSeenAt: number
  readAt?: number
  userTags?: UserTags
  /** `${publishedAt}|${id}`: time-sortable and unique. */
  sortKey: string
  /** The feed's name, kept when the feed is removed but this (starred) article stays. */
  sourceTitle?: string
  /** The feed's outletCountry, copied here so that the outlet facet is a tag like the others. */
  outletCountry?: CountryCode
}

export interface FeedErrorRecord {
  code: AppError['code']
  message: string
  status?: number
  /** Epoch ms. */
  at: number
}

export interface Feed {
  id: string
  /** Where the feed is fetched from; a permanent redirect changes it. Unique. */
  url: string
  /** The title the feed document gives (or a placeholder until the first fetch). */
  title: string
  /** The reader's rename; wins over title for display and is never overwritten by a fetch. */
  customTitle?: string
  siteUrl?: string
  folder?: string
  /** ISO 3166-1 alpha-2 country of the outlet itself (issue 4's second facet). */
  outletCountry?: CountryCode
  validators?: FeedValidators
  /** Epoch ms of the last poll, whatever its outcome. */
  lastFetchAt?: number
  lastSuccessAt?: number
  lastError?: FeedErrorRecord
  nextPollAt?: number
  failureCount: number
  isDead: boolean
  intervalMinutes: number
  addedAt: number
}

/** One (tag, article) pair; see the header comment. */
export interface TagRow {
  tag: string
  sortKey: string
  articleId: string
  /** ' f:<feedId> c:FR t:sport o:GB ': the article's facet tags, space-delimited at both ends. */
  m: string
}

/** A scope's materialised counts (counters.ts). */
export interface CounterRow {
  /** The scope: a list ('all', 'u:f:<id>', 'c:FR') or a pair of values of one facet ('c:DE&c:FR'). */
  key: string
  /** Articles in the scope. */
  n: number
  /** Articles in the scope carrying each facet tag ('c:FR', 't:sport', 'o:GB'); absent tags count 0. */
  f?: Record<string, number>
}

export type MeridianDb = Dexie & {
  feeds: EntityTable<Feed, 'id'>
  articles: EntityTable<StoredArticle, 'id'>
  /** Primary key [tag, sortKey]. */
  tags: Table<TagRow, [string, string]>
  counters: Table<CounterRow, string>
  /** The full-text index, one row per article (search-index.ts). */
  search: Table<SearchRow, string>
}

/** Read articles stored without a read time get their first-seen time, the time retention assumed for them, so the
 *  readAt index lists every read article. Found from the tag index (in 'all' but not 'u:all'): keys only, so a large
 *  library is not read in full; only those articles are. */
async function stampLegacyReadTimes(articles: Table<StoredArticle, string>, tags: Table<TagRow, [string, string]>): Promise<void> {
  const unread = new Set(await sortKeysOfTag(tags, tag.unread(tag.all)))
  const read = (await sortKeysOfTag(tags, tag.all)).filter((k) => !unread.has(k)).map(idOfSortKey)
  for (let i = 0; i < read.length; i += 500) {
    const rows = (await articles.bulkGet(read.slice(i, i + 500))).filter((a): a is StoredArticle => a !== undefined && a.isRead === 1 && a.readAt === undefined)
    await articles.bulkPut(rows.map((a) => ({ ...a, readAt: a.firstSeenAt })))
  }
}

/** Version 14 from the tag rows alone, in one pass over the 'all' rows (whose membership strings hold each article's
 *  feed, countries, topics and outlet; 'u:all' and 's' give its state): writes every article's cross tag rows and
 *  recomputes every counter. No article is read. */
async function addCrossTagsAndRebuildCounters(tags: Table<TagRow, [string, string]>, counters: Table<CounterRow, string>): Promise<void> {
  const [unread, starred] = (await Promise.all([sortKeysOfTag(tags, tag.unread(tag.all)), sortKeysOfTag(tags, tag.starred)])).map((keys) => new Set(keys))
  const totals: CounterDeltas = new Map()
  for await (const page of pagesOfTag(tags, tag.all)) {
    const articles = page.map((row) => ({ row, a: countableOfRow(row, unread, starred) }))
    await tags.bulkPut(articles.flatMap(({ row, a }) => withUnreadTwins(crossTags(a), a).map((t) => ({ tag: t, sortKey: row.sortKey, articleId: row.articleId, m: row.m }))))
    addCounterDeltas(totals, articles.map(({ a }) => ({ after: a })))
  }
  await counters.clear()
  await rebuildCounters(counters, totals)
}

/** Opens (lazily) a database with the current schema. Tests pass a unique name to get a fresh database. */
export function openDatabase(name: string = DEFAULT_DB_NAME): MeridianDb {
  const db = new Dexie(name) as MeridianDb
  // Indexes are kept to what queries need: every extra index costs on each write (STACK.md measures it).
  // articles: feedId for removeFeed, [feedId+url] to de-duplicate by canonical URL within a feed.
  db.version(1).stores({
    feeds: 'id, &url',
    articles: 'id, feedId, [feedId+url]',
    tags: '[tag+sortKey]',
  })
  db.version(2)
    .stores({ counters: 'key' })
    .upgrade(async (tx) => {
      const feeds = await tx.table<Feed, string>('feeds').toArray()
      const outlet = new Map(feeds.map((f) => [f.id, f.outletCountry]))
      await tx.table<StoredArticle, string>('articles').toCollection().modify((a) => {
        const o = outlet.get(a.feedId)
        if (o) a.outletCountry = o
      })
      await rebuildTags(tx.table('articles'), tx.table('tags'), tx.table('counters'))
    })
  // Version 10 (issue 5): offline reading's own tables, described in offline/tables.ts.
  db.version(10).stores(OFFLINE_STORES)
  // Version 11 (issues 4 and 6): article search. The middleware writes search rows with every article write.
  db.version(11)
    .stores({ search: 'id, *w' })
    .upgrade((tx) => rebuildSearchIndex(tx.table('articles'), tx.table('search')))
  // Version 12 (issue 6): an index on readAt, so the retention clean-up finds read articles past their time without
  // reading the whole library (at a million articles, gigabytes at every start). Only read articles carry readAt
  // (queries.ts's withRead sets it with isRead and drops it with it), so the index holds exactly the read ones.
  db.version(12)
    .stores({ articles: 'id, feedId, [feedId+url], readAt' })
    .upgrade((tx) => stampLegacyReadTimes(tx.table('articles'), tx.table('tags')))
  // Version 13 (issue 4): counters for pairs of values of one facet ('c:DE&c:FR'), so facet counts of a list filtered
  // to two countries (or topics) come from counters instead of a scan of both countries' rows.
  db.version(13).stores({})
  // Version 14 (issues 4 and 6): counters become one row per scope (counters.ts), about three times cheaper to write,
  // and cross tags (country × topic, 'c:FR+t:politics') join the tag rows, so a country + topic list is read as
  // ranges of its own. Both come from the tag rows alone (addCrossTagsAndRebuildCounters), version 13's pairs with them.
  db.version(14)
    .stores({})
    .upgrade((tx) => addCrossTagsAndRebuildCounters(tx.table('tags'), tx.table('counters')))
  // Version 15 (issue 17): site icons downloaded by the main process, shown offline (site-icons.ts).
  db.version(15).stores(SITE_ICON_STORES)
  db.use(searchIndexMiddleware)
  return db
}

/** The app's database. Opened on first use, so importing this module does no I/O. */
export const db: MeridianDb = openDatabase()
