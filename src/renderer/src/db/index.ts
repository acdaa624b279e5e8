// The storage layer's public entry: everything outside db/ imports storage from here and nowhere else (the boundary
// test in tests/architecture/import-boundaries.test.ts fails on a deep import). Inside, in their own places: row
// types (rows/), the tag vocabulary (vocab/), tables and versions (schema.ts) with frozen upgrades (migrations/), the
// index engine (article-tags.ts, counters.ts, search-index.ts, search-indexer.ts) and offline storage (offline/).
export { db, openDatabase, DEFAULT_DB_NAME } from './schema'
export type { MeridianDb, StoredArticle, Feed, UserTags } from './rows/types'

// Lists, facets and search: what a view is and how it is read.
export { idOfSortKey, sortKeyOf } from './article-tags'
export { viewKey, hasFacetFilters, isUnreadView, type View, type Scope } from './view'
export { listHead, listKeys, firstPage, viewSortKeys, articleIdsOf, type ListHead } from './view-query'
export { facetCounts, type FacetCounts } from './facets'
export { searchArticles, type SearchPage } from './search'
export { hasSearchTerms, parseQuery } from './search-tokens'
export { startSearchIndexer, indexAllPending, type SearchIndexer } from './search-indexer'

// Reader state and corrections.
export {
  getArticle, getArticles, markRead, markManyRead, toggleStar, setUserTags, countUnread, countUnreadByFeed, smartCounts,
  listArticles, filterToView, type ArticleFilter, type SmartCounts,
} from './queries'
export { editArticleTags, editUserTags, type TagEdit } from './user-tags'

// Ingest and re-tagging.
export { ingestFeedResult, ingestFeedResults, type IngestSummary } from './ingest'
export { retagArticles, type RetagOptions, type RetagSummary } from './retag'

// Feeds, their icons and OPML.
export {
  addFeed, removeFeed, renameFeed, setFolder, setOutletCountry, listFeeds, watchFeeds, feedDisplayTitle, toSubscription, waitForFirstFetch, normalizeFeedUrl,
  lastFetchTime, AddFeedError, DEFAULT_INTERVAL_MINUTES, type AddFeedOptions,
} from './feeds'
export { setAllFeedIntervals } from './feed-intervals'
export { listSiteIcons, saveSiteIcon, feedIdsNeedingIcons, deleteSiteIcon } from './site-icons'
export { importOpmlFeeds, feedsForExport, type OpmlImportReport } from './opml-import'

// Offline storage: full text, images, their budget, retention and settings.
export type { DownloadStatus, ImageRow, OfflineSettings } from './offline/tables'
export { getOfflineSettings, updateOfflineSettings } from './offline/settings'
export { planDownloads, listUnanswered } from './offline/plan-downloads'
export { storeFullText, recordFailure, markUsed, type PreparedImage } from './offline/store-content'
export { getOfflineArticle, findStoredImage } from './offline/reader-data'
export { enforceImageBudget } from './offline/budget'
export { applyRetention, sweepOrphans, type RetentionOutcome } from './offline/retention'
export { measureUsage } from './offline/usage'
