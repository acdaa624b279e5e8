// The one contract between renderer and main. Preload, main/ipc.ts and the browser-mode bridge implement it.
import type { ContextMenuAnswer, ContextMenuItem } from './context-menu'
import type { Result } from './errors'
import type { DesktopSettings, OpenRequest, WatchHit } from './desktop-settings'
import type { ArticleContent, ClassifyRequest, ClassifyResponse, DiscoveredFeed, DownloadRequest, FeedResult, RefreshProgress, SiteIcon, SiteIconRequest, StorySeed, Subscription, SubscriptionsReport } from './model'

/** Everything the renderer may ask of the main process. */
export interface NewsApi {
  /** Replaces the poll schedule. The renderer's database is the source of truth; call on start and on change.
   *  Entries that fail validation are refused one by one and reported; the rest are polled. */
  setSubscriptions(subs: Subscription[]): Promise<SubscriptionsReport>
  /** Polls now, skipping the wait; all due-or-not feeds when feedIds is omitted. Resolves when the round ends.
   *  Results arrive through onFeedResult, like scheduled ones. */
  refreshNow(feedIds?: string[]): Promise<void>
  /** Feeds advertised by a site (or the URL itself when it is a feed). */
  discoverFeeds(url: string): Promise<Result<DiscoveredFeed[]>>
  /** Opens an http(s) link in the system browser. */
  openExternal(url: string): Promise<Result<void>>
  /** Each feed's poll result, scheduled or requested. Returns an unsubscribe function. */
  onFeedResult(listener: (result: FeedResult) => void): () => void
  /** Refresh progress (feeds done / total). Returns an unsubscribe function. */
  onRefreshProgress(listener: (progress: RefreshProgress) => void): () => void
  /** Queues article pages for offline reading: each is downloaded at most once per request, under the poller's
   *  per-host limit, extracted, and its images fetched. Resolves once queued; results come via onArticleContent. */
  downloadArticles(requests: DownloadRequest[]): Promise<void>
  /** Drops queued downloads that have not started (storage full, or the reader turned downloads off). */
  cancelDownloads(): Promise<void>
  /** Tags articles with the current classifier (re-tagging after a classifier update); [] returns just the
   *  version. At most 1000 requests per call. */
  classifyArticles(requests: ClassifyRequest[]): Promise<ClassifyResponse>
  /** Tells the story grouper what the library already holds from the last few days (call once at start, before
   *  setSubscriptions), so new articles join stories stored before a restart. At most 20,000 seeds per call. */
  primeStories(seeds: StorySeed[]): Promise<void>
  /** Writes an automatic backup (the renderer's export, as text) to the app's data folder and keeps the newest
   *  four; fails with 'invalid-argument' where there is no such folder (browser mode without MERIDIAN_BACKUP_DIR). */
  saveAutomaticBackup(text: string): Promise<Result<{ file: string; kept: string[] }>>
  /** How many feeds and pages are downloaded at once, all sites together (1-16). */
  setConcurrency(concurrency: number): Promise<void>
  /** Downloads a feed's site icon (feed image, the home page's <link rel=icon>, /favicon.ico), so the renderer
   *  never asks a remote host for one; null when the site has none. */
  fetchSiteIcon(request: SiteIconRequest): Promise<Result<SiteIcon | null>>
  /** Each download's outcome: the extracted text with its images, or why it failed. Returns an unsubscribe function. */
  onArticleContent(listener: (content: ArticleContent) => void): () => void
  /** Settings the main process keeps because it needs them with the window closed (tray, login item,
   *  notifications, refresh pause, proxy). */
  getDesktopSettings(): Promise<DesktopSettings>
  /** Merges a partial update; a refused field leaves everything unchanged and says why. */
  updateDesktopSettings(patch: unknown): Promise<Result<DesktopSettings>>
  /** The library's unread count, for the tray tooltip and the dock or taskbar badge. */
  setUnreadCount(count: number): Promise<void>
  /** New articles that matched what the reader watches; main batches them into one notification per burst. */
  notifyWatchHits(hits: WatchHit[]): Promise<void>
  /** Poll results that arrived while no window could store them, one merged result per feed. Call
   *  ackBufferedResults once they are stored: until then a restart delivers them again. */
  takeBufferedResults(): Promise<FeedResult[]>
  ackBufferedResults(): Promise<void>
  /** Requests from outside the window: feed: links and files opened with the app, notification and tray
   *  clicks, application-menu actions. Returns an unsubscribe function. */
  onOpenRequest(listener: (request: OpenRequest) => void): () => void
  /** Shows a context menu at the pointer and resolves with the chosen item's id (null when dismissed); `shown`
   *  is false where there is no native menu (browser mode), and the renderer shows its own. */
  showContextMenu(items: ContextMenuItem[]): Promise<ContextMenuAnswer>
}

export type InvokableMethod = Exclude<keyof NewsApi, 'onFeedResult' | 'onRefreshProgress' | 'onArticleContent' | 'onOpenRequest'>
export type EventMethod = Exclude<keyof NewsApi, InvokableMethod>

export const channel = {
  setSubscriptions: 'news:set-subscriptions',
  refreshNow: 'news:refresh-now',
  discoverFeeds: 'news:discover-feeds',
  openExternal: 'news:open-external',
  onFeedResult: 'news:feed-result',
  onRefreshProgress: 'news:refresh-progress',
  downloadArticles: 'news:download-articles',
  cancelDownloads: 'news:cancel-downloads',
  onArticleContent: 'news:article-content',
  classifyArticles: 'news:classify-articles',
  primeStories: 'news:prime-stories',
  saveAutomaticBackup: 'news:save-automatic-backup',
  getDesktopSettings: 'news:get-desktop-settings',
  updateDesktopSettings: 'news:update-desktop-settings',
  setUnreadCount: 'news:set-unread-count',
  notifyWatchHits: 'news:notify-watch-hits',
  takeBufferedResults: 'news:take-buffered-results',
  ackBufferedResults: 'news:ack-buffered-results',
  onOpenRequest: 'news:open-request',
  fetchSiteIcon: 'news:fetch-site-icon',
  setConcurrency: 'news:set-concurrency',
  showContextMenu: 'news:show-context-menu',
} as const satisfies Record<keyof NewsApi, string>

export const invokableMethods = [
  'setSubscriptions',
  'refreshNow',
  'discoverFeeds',
  'openExternal',
  'downloadArticles',
  'cancelDownloads',
  'classifyArticles',
  'primeStories',
  'saveAutomaticBackup',
  'getDesktopSettings',
  'updateDesktopSettings',
  'setUnreadCount',
  'notifyWatchHits',
  'takeBufferedResults',
  'ackBufferedResults',
  'fetchSiteIcon',
  'setConcurrency',
  'showContextMenu',
] as const satisfies readonly InvokableMethod[]

/** Event names on the browser-mode SSE stream (web-server.ts and the renderer's web bridge). */
export const webEventNames = {
  onFeedResult: 'feed-result',
  onRefreshProgress: 'refresh-progress',
  onArticleContent: 'article-content',
  onOpenRequest: 'open-request',
} as const satisfies Record<EventMethod, string>
