// The storage layer's public entry: the operations the UI needs (list, facets, search, mark, star, correct tags,
// ingest, retention, feeds) and the row types it shows. Everything else in db/ is internal: row types and table
// shapes (schema.ts), the index engine (article-tags.ts, counters.ts, search-index.ts, search-indexer.ts), frozen
// upgrades (migrations/) and offline storage (offline/).
export { db, openDatabase, DEFAULT_DB_NAME, type MeridianDb, type StoredArticle, type Feed, type UserTags } from './schema'
export { idOfSortKey, sortKeyOf } from './article-tags'
export { viewKey, hasFacetFilters, isUnreadView, type View, type Scope } from './view'
export { listHead, listKeys, firstPage, viewSortKeys, articleIdsOf, type ListHead } from './view-query'
export { getArticle, getArticles, markRead, markManyRead, toggleStar, setUserTags, countUnread, countUnreadByFeed, smartCounts, listArticles, filterToView, type ArticleFilter, type SmartCounts } from './queries'
export { facetCounts, type FacetCounts } from './facets'
export { searchArticles, type SearchPage } from './search'
export { hasSearchTerms } from './search-tokens'
export { startSearchIndexer, indexAllPending, type SearchIndexer } from './search-indexer'
export { editArticleTags, editUserTags, type TagEdit } from './user-tags'
export { ingestFeedResult, ingestFeedResults, type IngestSummary } from './ingest'
export { retagArticles, type RetagOptions, type RetagSummary } from './retag'
export {
  addFeed, removeFeed, renameFeed, setFolder, setOutletCountry, listFeeds, watchFeeds, feedDisplayTitle, toSubscription, waitForFirstFetch, normalizeFeedUrl,
  lastFetchTime, AddFeedError, DEFAULT_INTERVAL_MINUTES, type AddFeedOptions,
} from './feeds'
export { importOpmlFeeds, feedsForExport, type OpmlImportReport } from './opml-import'
export { applyRetention, type RetentionOutcome } from './offline/retention'
export { countriesSince, dailyCounts, coverageMatrix, countryCoverage, NO_OUTLET, type CoverageMatrix } from './coverage'
