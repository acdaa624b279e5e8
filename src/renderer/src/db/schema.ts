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
// with these list rows: db/README.md has the measurements. Upgrades run frozen code (migrations/): an upgrade never
// calls helpers that later versions change.
import { Dexie } from 'dexie'
import { OFFLINE_STORES } from './offline/tables'
import { upgradeToV2 } from './migrations/v02-outlets'
import { upgradeToV11 } from './migrations/v11-search'
import { upgradeToV12 } from './migrations/v12-read-times'
import { upgradeToV14 } from './migrations/v14-cross-tags'
import { upgradeToV15 } from './migrations/v15-list-rows'
import type { MeridianDb } from './rows/types'

export const DEFAULT_DB_NAME = 'meridian'

export type { CounterRow, Feed, FeedErrorRecord, ListRow, MeridianDb, SearchRow, StoredArticle, TombstoneRow, UserTags } from './rows/types'

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
  db.version(2).stores({ counters: 'key' }).upgrade(upgradeToV2)
  // Version 10 (issue 5): offline reading's own tables, described in offline/tables.ts.
  db.version(10).stores(OFFLINE_STORES)
  // Version 11 (issues 4 and 6): article search. The middleware writes search rows with every article write.
  db.version(11).stores({ search: 'id, *w' }).upgrade(upgradeToV11)
  // Version 12 (issue 6): an index on readAt, so the retention clean-up finds read articles past their time without
  // reading the whole library. Only read articles carry readAt (queries.ts's withReadState sets and drops it).
  db.version(12).stores({ articles: 'id, feedId, [feedId+url], readAt' }).upgrade(upgradeToV12)
  // Version 13 (issue 4): counters for pairs of values of one facet ('c:DE&c:FR').
  db.version(13).stores({})
  // Version 14 (issues 4 and 6): counters one row per scope, and cross tags (country × topic) among the tag rows.
  db.version(14).stores({}).upgrade(upgradeToV14)
  // Version 15 (issue 15): one list row per article instead of tag rows (see the header comment).
  db.version(15).stores({ lists: 's, *k', tags: null }).upgrade((tx) => upgradeToV15(tx))
  // Version 16 (issue 15): search rows are written after the fact, from a queue (search-index.ts).
  db.version(16).stores({ searchPending: 'id' })
  // Version 17 (issue 16): tombstones of articles retention deleted, so a feed that still lists them cannot re-add them.
  db.version(17).stores({ tombstones: 'id, at' })
  // Version 18 (issue 17): site icons downloaded by the main process, shown offline (site-icons.ts).
  db.version(18).stores({ siteIcons: 'feedId' })
  return db
}

/** The app's database. Opened on first use, so importing this module does no I/O. */
export const db: MeridianDb = openDatabase()
