// The one Dexie database ('meridian'): table shapes, indexes and versions. Imports dexie, shared types and the frozen
// migrations only.
//
// Lists: every list the reader can open is a tag ('all', 'c:FR', 't:politics', 'f:<feedId>', 'o:GB', 'n:DE' for a
// country only mentioned, 'u:all' for unread, 's' for starred), and each article has one row in `lists`, keyed by
// its sortKey (`${publishedAt}|${articleId}`, so rows sit in time order), whose `k` holds one [tag, sortKey] entry
// per list it is in, indexed multiEntry. A page of a list is then one range of that index, newest first in one
// getAll (Chromium has a direction for getAll since version 141; fake-indexeddb too), and its sortKeys one
// getAllKeys. Unread and starred views of a facet, and country + topic, test the row's membership string `m`
// (' f:x c:FR t:sport o:GB n:DE u s ') instead of having entries of their own: every index entry costs a write.
// Counters (counters.ts) give list sizes and facet counts; search rows (search-index.ts) the full-text index.
//
// Version 15 replaced tag rows (one record per (tag, article) pair, ~18 per article, written from JavaScript)
// with these list rows: db/README.md has the measurements.
//
// Upgrades: a version's upgrade only changes stores and indexes, and records the data steps it needs (backfills,
// rebuilds of derived tables) in the `migrations` table; data-migrations.ts runs them after the database opened, a
// batch per transaction, resumable, with a progress notice. Steps are frozen code (migrations/): an upgrade never
// calls helpers that later versions change.
import { Dexie } from 'dexie'
import { OFFLINE_STORES } from './offline/tables'
import { dataStepLog, MIGRATIONS_TABLE } from './data-migrations'
import { COUNTERS_STEP, DAY_COUNTS_STEP, DROP_TAGS_STEP, LIST_ROWS_STEP, OUTLETS_STEP, POSTINGS_STEP, READ_TIMES_STEP, SEARCH_QUEUE_STEP, TOPIC_OUTLETS_STEP, COUNTRY_POSTINGS_STEP, COPY_SEARCH_STEP, DROP_OLD_SEARCH_STEP } from './migrations/data-steps'
import { swapSearchStoreV30 } from './migrations/search-swap-v30'
import type { MeridianDb } from './rows/types'

export const DEFAULT_DB_NAME = 'meridian'

export type { CounterRow, Feed, FeedErrorRecord, ListRow, MeridianDb, RestoredStateRow, SearchRow, StoredArticle, StoryMemberRow, TombstoneRow, UserTags } from './rows/types'

/** Opens (lazily) a database with the current schema. Tests pass a unique name to get a fresh database. */
export function openDatabase(name: string = DEFAULT_DB_NAME): MeridianDb {
  const db = new Dexie(name) as MeridianDb
  const steps = dataStepLog()
  // Indexes are kept to what queries need: every extra index costs on each write (STACK.md measures it).
  // articles: feedId for removeFeed, [feedId+url] to de-duplicate by canonical URL within a feed.
  db.version(1).stores({
    feeds: 'id, &url',
    articles: 'id, feedId, [feedId+url]',
    tags: '[tag+sortKey]',
  })
  db.version(2).stores({ counters: 'key' }).upgrade(() => steps.later(OUTLETS_STEP))
  // Version 10 (issue 5): offline reading's own tables, described in offline/tables.ts.
  db.version(10).stores(OFFLINE_STORES)
  // Version 11 (issues 4 and 6): article search. The middleware writes search rows with every article write.
  db.version(11).stores({ search: 'id, *w' }).upgrade(() => steps.later(SEARCH_QUEUE_STEP))
  // Version 12 (issue 6): an index on readAt, so the retention clean-up finds read articles past their time without
  // reading the whole library. Only read articles carry readAt (queries.ts's withReadState sets and drops it).
  db.version(12).stores({ articles: 'id, feedId, [feedId+url], readAt' }).upgrade(() => steps.later(READ_TIMES_STEP))
  // Version 13 (issue 4): counters for pairs of values of one facet ('c:DE&c:FR').
  db.version(13).stores({})
  // Version 14 (issues 4 and 6): counters one row per scope, and cross tags (country × topic) among the tag rows.
  // Their rows per (scope, facet) are cleared here and counted again from the list rows once those are built.
  db.version(14)
    .stores({})
    .upgrade((tx) => {
      steps.later(COUNTERS_STEP)
      return tx.table('counters').clear()
    })
  // Version 15 (issue 15): one list row per article instead of tag rows (see the header comment).
  // The list rows are built from the articles after the versionchange, and schema 14's tag rows emptied after that:
  // deleting their store here made the reader wait as long as writing it had taken. The empty store stays declared
  // (a version that deletes it must come after every library has run that step).
  db.version(15)
    .stores({ lists: 's, *k' })
    .upgrade(() => {
      steps.later(LIST_ROWS_STEP)
      steps.later(DROP_TAGS_STEP)
    })
  // Version 16 (issue 15): search rows are written after the fact, from a queue (search-index.ts).
  db.version(16).stores({ searchPending: 'id' })
  // Version 17 (issue 16): tombstones of articles retention deleted, so a feed that still lists them cannot re-add them.
  db.version(17).stores({ tombstones: 'id, at' })
  // Version 18 (issue 17): site icons downloaded by the main process, shown offline (site-icons.ts).
  db.version(18).stores({ siteIcons: 'feedId' })
  // Version 21 (issue 20): per-day counters in the counters table (day-counts.ts), built from the list rows.
  db.version(21).stores({}).upgrade(() => steps.later(DAY_COUNTS_STEP))
  // Version 22 (issue 19): rules, saved views and labels; hidden articles and labels live in list rows ('h', 'l:<id>').
  db.version(22).stores({ rules: 'id', savedViews: 'id', labels: 'id' })
  // Version 23 (issue 15): the data steps of upgrades, with their cursors (data-migrations.ts). Writes the steps the
  // versions above noted, in the same versionchange transaction.
  db.version(23).stores({ [MIGRATIONS_TABLE]: 'name' }).upgrade((tx) => steps.record(tx))
  // Version 30 (issue 19): the members of stories with two or more articles, by story (stories.ts), and reader
  // state from a restored backup waiting for its article (backup/pending-states.ts). Nothing to backfill.
  db.version(30).stores({ storyMembers: 'id, s', restoredStates: 'id' })
  // Version 30.5 (issue 15, added in session 14 for libraries still below 31): the first half of version 31. Its index
  // drop on the filled forward rows was the reader's longest wait (minutes at 100,000 articles); the filled store is
  // renamed `searchOld` instead (free) and an empty `search` takes its place, so 31 drops an empty store's index.
  // The old rows are copied back and then emptied by background data steps (search-swap-v30.ts).
  db.version(30.5)
    .stores({ searchOld: 'id, *w' })
    .upgrade((tx) => {
      swapSearchStoreV30(tx.idbtrans)
      return steps.record(tx, COPY_SEARCH_STEP, DROP_OLD_SEARCH_STEP)
    })
  // Version 31 (issue 15): search as posting lists per (token, day) from the forward rows, which lose their index and
  // are written by writeArticles itself, their ids queued for posting (search-index.ts); lists built from those rows.
  db.version(31).stores({ search: 'id', postings: 'k', searchQueue: 'k' }).upgrade((tx) => steps.record(tx, POSTINGS_STEP))
  // Version 32 (issue 20): counters per topic × outlet country, so who covers whom within a topic reads counters
  // (coverage-scopes.ts); built by a background data step, topic by topic. No store changes.
  db.version(32).stores({}).upgrade((tx) => steps.record(tx, TOPIC_OUTLETS_STEP))
  // Version 34 (issue 15): forward rows carry their article's country tokens and the posting lists have records for
  // them, so a search within a country intersects posting lists (search-join.ts); a background step adds them to the
  // rows stored before. No store changes.
  db.version(34).stores({}).upgrade((tx) => steps.record(tx, COUNTRY_POSTINGS_STEP))
  // Version 35 (issue 15): nothing new; libraries that passed 31 before version 30.5 existed gain the (empty)
  // `searchOld` store every version from 30.5 declares.
  db.version(35).stores({})
  return db
}

/** The app's database. Opened on first use, so importing this module does no I/O. */
export const db: MeridianDb = openDatabase()
