// The main-process side of NewsApi, shared by Electron IPC (main/ipc.ts) and the browser mode
// (main/web-server.ts). Validates every argument: callers pass untrusted input straight through.
import type { InvokableMethod, NewsApi } from '../../shared/api'
import { parseContextMenuItems, type ContextMenuAnswer } from '../../shared/context-menu'
import { InvalidSettingsError, parseDesktopSettings, parseUnreadCount, parseWatchHits, type DesktopSettings } from '../../shared/desktop-settings'
import { fail, ok, type Result } from '../../shared/errors'
import type { ArticleContent, ClassifyRequest, FeedResult, RefreshProgress, SiteIcon, TagEvidence } from '../../shared/model'
import { InvalidArgumentError, parseClassifyRequests, parseDownloadRequests, parseFeedIds, parseHttpUrl, parseSiteIconRequest, parseSubscriptions, toExternalHttpUrl } from '../../shared/validate'
import { CLASSIFIER_VERSION, classifyArticle } from './classify'
import { memoryDesktopHost, type DesktopHost } from './desktop-host'
import { discoverFeeds } from './discover'
import { DownloadQueue, type DownloadQueueOptions } from './downloads'
import { ExtractPool, fetchFullText, needsFullText, type FullTextOptions } from './extract'
import { toAppError } from './errors'
import { HostLimiter } from './host-limiter'
import { log } from './log'
import { DEFAULT_CONCURRENCY, DEFAULT_PER_HOST, Poller } from './poller'
import { FeedTextPool } from './feed-text-pool'
import { refreshFeedWithFeatures, type RefreshDeps } from './refresh-feed'
import { saveBackup } from './backup-folder'
import { proxyResolverFor, setProxyResolver, type ProxyResolver } from './proxy'
import { findSiteIcon } from './site-icon'
import type { StoryFeatures } from './stories/features'
import { groupIntoStories, StoryIndex } from './stories/story-index'
import { parseStorySeeds } from '../../shared/validate-stories'
import { splitLargeResult } from './split-result'
import { ProgressThrottle } from './progress-throttle'

export type NewsService = { [K in InvokableMethod]: (...args: unknown[]) => ReturnType<NewsApi[K]> } & {
  stop(): void
  /** Applies the stored refresh pause (at start, and after the tray changed it). */
  applyPause(): void
}

export interface NewsServiceOptions {
  emitFeedResult(result: FeedResult): void
  emitProgress(progress: RefreshProgress): void
  emitArticleContent(content: ArticleContent): void
  /** How "open original" reaches the system browser; only ever called with http(s) URLs. */
  openExternal(url: string): Promise<void>
  refreshDeps?: RefreshDeps
  concurrency?: number
  /** Test seams for article downloads (page and image fetchers, limits). */
  downloads?: Partial<Omit<DownloadQueueOptions, 'limiter' | 'emit'>>
  /** The extraction worker's entry file. Without it, pages are extracted on the calling thread (tests, CLI). */
  extractWorkerPath?: string
  /** The feed-text worker's entry file: feeds are parsed and tagged on every core. Without it, on this thread. */
  feedTextWorkerPath?: string
  /** Feed-text workers at most (default: the cores available less one, at least 1). */
  feedTextWorkers?: number
  /** Settings store, badge, notifications and result buffer; in memory when absent (browser mode, tests). */
  desktop?: DesktopHost
  /** The system's proxy for a URL (Electron asks its session); the environment's HTTPS_PROXY etc. when absent. */
  systemProxy?: ProxyResolver
  timers?: { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(handle: unknown): void; now(): number }
  /** Where automatic backups go (the app's data folder); without it, saveAutomaticBackup says there is none. */
  backupDir?: string
}

/** An automatic backup holds no article texts: reader state of a very large library stays well under this. */
const MAX_BACKUP_CHARS = 30 * 1024 * 1024

const logger = log.scope('news')

export function createNewsService(opts: NewsServiceOptions): NewsService {
  // One limiter for polls and page downloads: a host's limit counts both (politeness, issue 5).
  const limiter = new HostLimiter({ concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY, perHost: DEFAULT_PER_HOST })
  const stories = new StoryIndex()
  const progress = new ProgressThrottle(opts.emitProgress)
  // Parse, normalize and classify run in worker threads when the host gives their entry; network, schedule and
  // story grouping stay here. Story features come back with the articles, so grouping only compares.
  const hasOthersWaiting = () => poller.progress.total - poller.progress.done > 1
  const feedTexts = opts.feedTextWorkerPath ? new FeedTextPool({ workerPath: opts.feedTextWorkerPath, size: opts.feedTextWorkers, hasOthersWaiting }) : undefined
  const refreshDeps: RefreshDeps = { ...opts.refreshDeps, ...(feedTexts && { runFeedText: feedTexts.run }) }
  const featuresOf = new WeakMap<FeedResult, StoryFeatures[]>()
  const poller = new Poller({
    refresh: async (sub, signal) => {
      const { result, features } = await refreshFeedWithFeatures(sub, refreshDeps, signal)
      if (features) featuresOf.set(result, features)
      return result
    },
    onResult: (result) => {
      // A host that rate-limits its feed gets no page downloads either until its feed may be polled again.
      if (result.kind === 'failed' && result.error.code === 'rate-limited') downloads.pauseHost(result.http.url, result.http.nextPollAt - Date.now())
      // Stories are given before a large result is cut in parts, so the parts' articles group with each other too.
      const grouped = result.kind === 'updated' ? { ...result, articles: groupIntoStories(stories, result.articles, featuresOf.get(result)) } : result
      for (const part of splitLargeResult(grouped)) opts.emitFeedResult(part)
    },
    onProgress: (p) => progress.push(p),
    limiter,
  })
  // Extraction runs in a worker thread when the host gives one: Electron's main thread must stay free for IPC.
  const extractor = opts.extractWorkerPath ? new ExtractPool({ workerPath: opts.extractWorkerPath }) : undefined
  const fetchPage = opts.downloads?.fetchPage ?? (extractor && ((url: string, o: FullTextOptions) => fetchFullText(url, o, extractor.extract)))
  const tag = (input: ClassifyRequest) => ({ ...classifyArticle(input), version: CLASSIFIER_VERSION })
  const downloads = new DownloadQueue({ tag, ...opts.downloads, ...(fetchPage && { fetchPage }), limiter, emit: opts.emitArticleContent })
  const desktop = opts.desktop ?? memoryDesktopHost()
  const timers = opts.timers ?? { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>), now: () => Date.now() }
  // A paused schedule stops polling on its own; "Refresh now" still works. The pause ends by its own timer.
  let resumeTimer: unknown
  const applyPause = () => {
    if (resumeTimer !== undefined) timers.clearTimeout(resumeTimer)
    resumeTimer = undefined
    const until = desktop.readSettings().refreshPausedUntil
    const left = until ? Date.parse(until) - timers.now() : 0
    if (left > 0) {
      poller.stop()
      // setTimeout holds at most ~24.8 days; a longer pause re-arms when this one fires.
      resumeTimer = timers.setTimeout(applyPause, Math.min(left, 2 ** 31 - 1))
    } else poller.start()
  }
  applyPause()
  const applyProxy = () => setProxyResolver(proxyResolverFor(desktop.readSettings().proxy, opts.systemProxy))
  applyProxy()
  return {
    applyPause,
    async getDesktopSettings() {
      return desktop.readSettings()
    },
    async updateDesktopSettings(patch): Promise<Result<DesktopSettings>> {
      let next: DesktopSettings
      try {
        next = parseDesktopSettings(patch, desktop.readSettings())
      } catch (err) {
        if (err instanceof InvalidSettingsError) return fail('invalid-argument', err.message)
        throw err
      }
      const wasPausedUntil = desktop.readSettings().refreshPausedUntil
      const proxyWas = JSON.stringify(desktop.readSettings().proxy)
      desktop.writeSettings(next)
      if (next.refreshPausedUntil !== wasPausedUntil) applyPause()
      if (JSON.stringify(next.proxy) !== proxyWas) applyProxy()
      return ok(next)
    },
    async setUnreadCount(count) {
      desktop.setUnreadCount(parseUnreadCount(count))
    },
    async notifyWatchHits(hits) {
      desktop.notify(parseWatchHits(hits))
    },
    async takeBufferedResults() {
      return desktop.takeBufferedResults()
    },
    async ackBufferedResults() {
      desktop.ackBufferedResults()
    },
    async showContextMenu(items): Promise<ContextMenuAnswer> {
      const parsed = parseContextMenuItems(items)
      if (!desktop.showContextMenu) return { shown: false, chosen: null }
      return { shown: true, chosen: await desktop.showContextMenu(parsed) }
    },
    async setSubscriptions(subs) {
      const { subscriptions, refused } = parseSubscriptions(subs)
      for (const r of refused) logger.warn(`refused schedule entry ${r.id ?? `#${r.index}`}: ${r.reason}`)
      poller.setSubscriptions(subscriptions)
      // Feeds due now (the app's first refresh at start): the workers start while the first ones are fetched.
      if (hasOthersWaiting()) feedTexts?.warm()
      return { refused }
    },
    async refreshNow(feedIds) {
      const ids = parseFeedIds(feedIds)
      if ((ids ?? poller.subscriptions.filter((s) => !s.isDead)).length > 1) feedTexts?.warm()
      await poller.refreshNow(ids)
    },
    async discoverFeeds(url): Promise<Result<Awaited<ReturnType<typeof discoverFeeds>>>> {
      try {
        return ok(await discoverFeeds(parseHttpUrl(url)))
      } catch (err) {
        return { ok: false, error: toAppError(err) }
      }
    },
    async saveAutomaticBackup(text): Promise<Result<{ file: string; kept: string[] }>> {
      if (typeof text !== 'string' || text.length > MAX_BACKUP_CHARS) return fail('invalid-argument', `a backup must be text of at most ${MAX_BACKUP_CHARS} characters`)
      if (!opts.backupDir) return fail('invalid-argument', 'No backup folder here: automatic backups are kept by the desktop app (or MERIDIAN_BACKUP_DIR in browser mode).')
      try {
        return ok(await saveBackup(opts.backupDir, text))
      } catch (err) {
        return fail('internal', `Could not write the backup in ${opts.backupDir}: ${err instanceof Error ? err.message : String(err)}`)
      }
    },
    async primeStories(seeds) {
      stories.prime(parseStorySeeds(seeds))
    },
    async setConcurrency(concurrency) {
      if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
        throw new InvalidArgumentError('concurrency must be a whole number from 1 to 16')
      }
      limiter.setConcurrency(concurrency)
    },
    async fetchSiteIcon(request): Promise<Result<SiteIcon | null>> {
      const parsed = parseSiteIconRequest(request)
      // Under the per-host limit like every other request to the site.
      const icon = await new Promise<SiteIcon | undefined>((resolve) =>
        limiter.push(new URL(parsed.feedUrl).host, (release) => void findSiteIcon(parsed).then(resolve, () => resolve(undefined)).finally(release)),
      )
      return ok(icon ?? null)
    },
    async openExternal(url): Promise<Result<void>> {
      const external = toExternalHttpUrl(url)
      if (!external) return fail('bad-url', `Not an http(s) link: ${String(url).slice(0, 200)}`)
      await opts.openExternal(external)
      return ok(undefined)
    },
    async downloadArticles(requests) {
      downloads.push(parseDownloadRequests(requests))
    },
    async cancelDownloads() {
      downloads.cancel()
    },
    async classifyArticles(requests) {
      const results = parseClassifyRequests(requests).map((r) => {
        const { countries, mentions, topics, evidence } = classifyArticle(r)
        const source: TagEvidence['source'] = needsFullText({ contentHtml: r.content, summary: r.summary ?? '' }, 'auto') ? 'teaser' : 'full-text'
        return { countries, mentions, topics, evidence: { ...evidence, source } }
      })
      return { version: CLASSIFIER_VERSION, results }
    },
    stop() {
      if (resumeTimer !== undefined) timers.clearTimeout(resumeTimer)
      downloads.stop()
      extractor?.close()
      poller.stop()
      feedTexts?.close()
      progress.cancel()
    },
  }
}
