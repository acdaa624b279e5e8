// The storage layer's public entry: everything outside db/ imports storage from here and nowhere else (the boundary
// test in tests/architecture/import-boundaries.test.ts fails on a deep import). Inside, in their own places: row
// types (rows/), the tag vocabulary (vocab/), tables and versions (schema.ts) with frozen upgrades (migrations/), the
// index engine (article-tags.ts, counters.ts, search-index.ts, search-indexer.ts) and offline storage (offline/).
// knip (npm test) reports an export here that nothing outside db/ uses: the entry holds what the UI needs.
export { db, openDatabase } from './schema'
export type { MeridianDb, StoredArticle, Feed } from './rows/types'

// Lists, facets and search: what a view is and how it is read.
export { idOfSortKey } from './article-tags'
export { viewKey, hasFacetFilters, type View, type Scope } from './view'
export { listHead, listKeys, firstPage, viewSortKeys, articleIdsOf } from './view-query'
export { facetCounts } from './facets'
export { searchArticles } from './search'
export { hasSearchTerms, parseQuery } from './search-tokens'
export { startSearchIndexer } from './search-indexer'
export { pacedLiveQuery, noteIngestBurst, isIngestBursting, isLargeImportLanding, storeInTurn, type PaceTier } from './paced-live-query'

// Reader state and corrections.
export { getArticle, getArticles, markRead, markManyRead, toggleStar, countUnread, countUnreadByFeed, smartCounts, filterToView } from './queries'
export { editArticleTags, type TagEdit } from './user-tags'

// Ingest and re-tagging.
export { ingestFeedResult, ingestFeedResults, type IngestSummary } from './ingest'
export { retagArticles, type RetagSummary } from './retag'

// Feeds, their icons and OPML.
export {
  addFeed, removeFeed, renameFeed, setFolder, setOutletCountry, listFeeds, feedDisplayTitle, toSubscription, waitForFirstFetch, normalizeFeedUrl,
  AddFeedError,
} from './feeds'
export { watchFeeds, latestFeeds } from './feed-watch'
export { setAllFeedIntervals } from './feed-intervals'
export { listSiteIcons, watchSiteIcons, type SiteIconRow, saveSiteIcon, feedIdsNeedingIcons, deleteSiteIcon } from './site-icons'
export { importOpmlFeeds, feedsForExport } from './opml-import'

// Offline storage: full text, images, their budget, retention and settings.
export type { DownloadStatus, ImageRow, OfflineSettings } from './offline/tables'
export { getOfflineSettings, updateOfflineSettings } from './offline/settings'
export { planDownloads, listUnanswered } from './offline/plan-downloads'
export { storeFullText, recordFailure, markUsed, type PreparedImage } from './offline/store-content'
export { getOfflineArticle, findStoredImage } from './offline/reader-data'
export { enforceImageBudget } from './offline/budget'
export { applyRetention, sweepOrphans } from './offline/retention'
export { measureUsage } from './offline/usage'

// Upgrades' data steps, run in batches after open.
export { runDataMigrations, migrationProgress, type MigrationProgress } from './data-migrations'

// Stories (one row per story) and backups.
export { storySources, storySummaries, onePerStory, recentStorySeeds, StoryLookup, storyMembersGeneration, type StorySummary } from './stories'
export { exportLibrary } from './backup/export'
export { restoreLibrary, type RestoreReport } from './backup/restore'
export { readBackup, BackupFormatError } from './backup/format'

// Issue 19: rules, hidden articles, labels, saved views.
export type { Rule, Condition, Action, TextField } from './rules/types'
export { listRules, saveRule, deleteRule, moveRule, newRuleId } from './rules/store'
export { applyRulesToStored, reconsiderHidden, type ApplySummary } from './rules/apply-stored'
export { previewRule, type RulePreview } from './rules/preview'
export { splitWords } from './rules/text'
export { countHidden, showArticle } from './hidden'
export { listLabels, ensureLabel, renameLabel, deleteLabel, setArticleLabel, labelCounts, type LabelRow } from './labels'
export { listSavedViews, saveView, renameSavedView, deleteSavedView, moveSavedView, countViewUnread, type SavedViewRow, type SavedViewState } from './saved-views'

// Coverage over time and who covers whom (the map, issue 20).
export { countriesSince, dailyCounts, coverageMatrix, countryCoverage, NO_OUTLET, type CoverageMatrix } from './coverage'
export { viewDailyCounts, DAILY_SCAN_LIMIT, type ViewDaily } from './view-daily'
