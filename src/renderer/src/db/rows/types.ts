// The row types of every table the db layer keeps, and the database's typed shape. Types only: the tables and their
// indexes are declared in schema.ts, what derives the list rows and counters in article-tags.ts and counters.ts.
import type { Dexie, EntityTable, Table } from 'dexie'
import type { AppError } from '../../../../shared/errors'
import type { CountryCode, FeedValidators, IncomingArticle, TopicId } from '../../../../shared/model'
import type { Rule } from '../rules/types'
import type { LabelRow, SavedViewRow } from './issue19-types'

/** The reader's corrections to the classifier; re-applied after every re-ingest or re-tag. */
export interface UserTags {
  addCountries: CountryCode[]
  removeCountries: CountryCode[]
  addTopics: TopicId[]
  removeTopics: TopicId[]
  /** Countries the reader moved to (or added in) the `mentions` tier. */
  addMentions?: CountryCode[]
}

/** An article as stored: the incoming fields plus the reader's state. */
export interface StoredArticle extends IncomingArticle {
  /** Effective tags: the classifier's output with userTags applied. These are what the reader sees. */
  countries: CountryCode[]
  topics: TopicId[]
  /** Effective `mentions` tier (countries named in passing), after userTags; absent on articles stored before tiers. */
  mentions?: CountryCode[]
  /** The classifier's own output, kept so that editing userTags can be recomputed without a re-fetch. */
  classified: { countries: CountryCode[]; topics: TopicId[]; mentions?: CountryCode[] }
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
  /** Hidden by a rule (issue 19): kept, but in no list or count except 'h' (db/hidden.ts). */
  isHidden?: 1
  /** The reader showed this article again: hide rules leave it alone. */
  isShownByReader?: 1
  /** Label ids (db/labels.ts), by hand or by rule. */
  labels?: string[]
  /** A rule's highlight action. */
  isHighlighted?: 1
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

/** One article's lists; see schema.ts's header comment. */
export interface ListRow {
  /** The article's sortKey: the primary key. */
  s: string
  /** ' f:<feedId> c:FR t:sport o:GB n:DE u s ': facet tags and flags (unread, starred), space-delimited at both ends. */
  m: string
  /** [tag, sortKey] per list the article is in, indexed multiEntry. */
  k: [string, string][]
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
  /** Primary key sortKey; multiEntry index k. */
  lists: Table<ListRow, string>
  counters: Table<CounterRow, string>
  /** The forward index: each indexed article's tokens, one row per article (search-index.ts). */
  search: Table<SearchRow, string>
  /** The inverted index: posting lists per (token, day), appended per indexer batch (search-postings.ts). */
  postings: Table<PostingRow, string>
  /** Articles whose forward rows are not posted yet, a row per write (search-index.ts). */
  searchQueue: Table<SearchQueueRow, string>
  /** Articles queued by schemas 16–30 (forward row and postings both to write), drained by the indexer. */
  searchPending: Table<QueuedSearchRow, string>
  /** Ids of articles retention deleted (offline/retention.ts). */
  tombstones: Table<TombstoneRow, string>
  /** Articles of stories reported by more than one article (stories.ts); index s. */
  storyMembers: Table<StoryMemberRow, string>
  /** Reader state from a restored backup, waiting for its article to come back (backup/pending-states.ts). */
  restoredStates: Table<RestoredStateRow, string>
  /** Issue 19: rules, saved views and labels (db/rules/, db/saved-views.ts, db/labels.ts). */
  rules: Table<Rule, string>
  savedViews: Table<SavedViewRow, string>
  labels: Table<LabelRow, string>
}

/** A restored article's state: readAt when read, 1 when starred, the reader's tag corrections, label ids, 1 when the
 *  reader had shown it again after a rule hid it. */
export interface RestoredStateRow {
  id: string
  r?: number
  s?: 1
  t?: UserTags
  l?: string[]
  v?: 1
  /** When it was restored (epoch ms). */
  at: number
}

/** One article of a story with two or more articles: its id and the story's (issue 19, one row per story). */
export interface StoryMemberRow {
  id: string
  /** The story: the id of its first article. */
  s: string
  /** The article's sortKey when the row was written, so a story's summary reads the member's small list row, not
   *  the article (db/story-summaries.ts); absent on rows written before session 18 and on most first articles. */
  k?: string
}

/** An article retention deleted, so a feed that still lists it does not bring it back (issue 16). */
export interface TombstoneRow {
  id: string
  /** Epoch ms of the deletion; tombstones older than a year are dropped. */
  at: number
}

/** One article's forward search row (search-index.ts): its distinct tokens of title and summary, and once the time
 *  (`t`, the sortKey's publishedAt part). Rows written before schema 31 have no `t` and hold entries
 *  `${token}\u0001${publishedAt}` instead; both forms are read. */
export interface SearchRow {
  id: string
  t?: string
  w: string[]
}

/** Articles whose forward rows one writeArticles call wrote and the indexer has not posted yet (search-index.ts):
 *  one row per call, keyed by a batch id (search-postings.ts's newBatchId, so in time order). `c`: articles whose
 *  countries alone changed, their forward rows left as they were, with the country tokens to post for them
 *  (`[sortKey, tokens]`; such a row's `ids` is empty). `r`: the forward rows of articles new to the library, not
 *  written to `search` yet (the indexer writes them when it posts them; such a row's `ids` is empty too). While
 *  queued, an `r` row is its article's current forward row: writeArticles drops it when it rewrites or deletes it. */
export interface SearchQueueRow {
  k: string
  ids: string[]
  c?: [string, string[]][]
  r?: SearchRow[]
}

/** Posting list of one token and day, written by one indexer batch: key `${token}\u0001${day}\u0001${batch}`, and
 *  the sortKeys of the batch's articles holding the token that day. Never rewritten; checked on read against the
 *  forward rows (search-postings.ts). */
export interface PostingRow {
  k: string
  s: string[]
}

/** An article queued for the search index by schemas 16–30 (`searchPending`): a search row of either form, its
 *  forward row not written yet. Only the indexer and search read them now; nothing new is queued there. */
export type QueuedSearchRow = SearchRow

