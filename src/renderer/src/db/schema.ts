// The one Dexie database ('meridian'): table shapes, indexes and versions. Imports dexie and shared types only.
//
// Every list the reader can open is a tag ('all', 'c:FR', 't:politics', 'f:<feedId>', 's' for starred, 'o:GB' for
// an outlet's country, and 'u:'-prefixed twins of these for unread). Version 14 keeps them as entries of a
// multiEntry index on the article rows (tag-index.ts): a page is a range of that index, newest first, and the
// entries carry each article's membership string, so "FR or DE, and politics" is checked on index keys. Entries
// are a pure function of the stored article (article-tags.ts), so a later version can change the tag set by
// rewriting them (rebuildTagIndex) in its upgrade. sortKey = `${publishedAt}|${articleId}`; the article id stays
// the stable id from the main process, only sortKey moves when a feed corrects a date. Versions 1–13 kept the
// same pairs as one row each in a `tags` table (see tag-index.ts for why that changed).
//
// The `counters` table (counters.ts) gives list sizes and facet counts without walking ranges.
import { Dexie, type EntityTable, type Table } from 'dexie'
import { OFFLINE_STORES } from './offline/tables'
import { rebuildTagIndex } from './article-tags'
import { rebuildSearchIndex, searchIndexMiddleware, type SearchRow } from './search-index'
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
  /** Tag index entries (tag-index.ts), derived from the fields above by writeArticles on every write. */
  x?: string[]
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
  counters: Table<CounterRow, string>
  /** The full-text index, one row per article (search-index.ts). */
  search: Table<SearchRow, string>
}

/** Read articles stored before version 12 carry no read time: they get their first-seen time, the time retention
 *  assumed for them, so the readAt index lists every read article. */
function stampLegacyReadTime(a: StoredArticle): StoredArticle {
  return a.isRead === 1 && a.readAt === undefined ? { ...a, readAt: a.firstSeenAt } : a
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
  // Version 2 (issue 4) copied each feed's outletCountry onto its articles (the outlet facet) and added counters.
  db.version(2)
    .stores({ counters: 'key' })
    .upgrade(async (tx) => {
      const feeds = await tx.table<Feed, string>('feeds').toArray()
      const outlet = new Map(feeds.map((f) => [f.id, f.outletCountry]))
      await tx.table<StoredArticle, string>('articles').toCollection().modify((a) => {
        const o = outlet.get(a.feedId)
        if (o) a.outletCountry = o
      })
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
  // Version 12 (issue 6): an index on readAt, so the retention clean-up finds read articles past their time without
  // reading the whole library. Only read articles carry readAt (queries.ts's withRead sets it with isRead and drops
  // it with it), so the index holds exactly the read ones; version 14's upgrade stamps older read rows.
  db.version(12).stores({ articles: 'id, feedId, [feedId+url], readAt' })
  // Version 13 (issue 4) added counters for pairs of values of one facet ('c:DE&c:FR'); version 14 rebuilds them.
  db.version(13).stores({})
  // Version 14 (issue 6): the tag rows become entries of a multiEntry index on the articles (tag-index.ts), cross
  // tags (country × topic) join them, and counters become one row per scope (counters.ts): together about four
  // times cheaper to write. The upgrade rewrites every article with its entries (stamping legacy read times on the
  // way) and rebuilds every counter, which covers what the upgrades to 2, 12 and 13 did from the tag rows.
  db.version(14)
    .stores({ articles: 'id, feedId, [feedId+url], readAt, *x', tags: null })
    .upgrade((tx) => rebuildTagIndex(tx.table('articles'), tx.table('counters'), stampLegacyReadTime))
  db.use(searchIndexMiddleware)
  return db
}

/** The app's database. Opened on first use, so importing this module does no I/O. */
export const db: MeridianDb = openDatabase()
