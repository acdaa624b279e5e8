// The main-process side of NewsApi, shared by Electron IPC (main/ipc.ts) and the browser mode
// (main/web-server.ts). Validates every argument: callers pass untrusted input straight through.
import type { InvokableMethod, NewsApi } from '../../shared/api'
import { fail, ok, type Result } from '../../shared/errors'
import type { ArticleContent, FeedResult, RefreshProgress, TagEvidence } from '../../shared/model'
import { isHttpUrl, parseClassifyRequests, parseDownloadRequests, parseFeedIds, parseHttpUrl, parseSubscriptions } from '../../shared/validate'
import { CLASSIFIER_VERSION, classifyArticle } from './classify'
import { discoverFeeds } from './discover'
import { DownloadQueue, type DownloadQueueOptions } from './downloads'
import { ExtractPool, fetchFullText, needsFullText, type FullTextOptions } from './extract'
import { toAppError } from './errors'
import { HostLimiter } from './host-limiter'
import { DEFAULT_CONCURRENCY, DEFAULT_PER_HOST, Poller } from './poller'
import { refreshFeed, type RefreshDeps } from './refresh-feed'

export type NewsService = { [K in InvokableMethod]: (...args: unknown[]) => ReturnType<NewsApi[K]> } & {
  stop(): void
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
}

export function createNewsService(opts: NewsServiceOptions): NewsService {
  // One limiter for polls and page downloads: a host's limit counts both (politeness, issue 5).
  const limiter = new HostLimiter({ concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY, perHost: DEFAULT_PER_HOST })
  const poller = new Poller({
    refresh: (sub, signal) => refreshFeed(sub, opts.refreshDeps, signal),
    onResult: (result) => {
      // A host that rate-limits its feed gets no page downloads either until its feed may be polled again.
      if (result.kind === 'failed' && result.error.code === 'rate-limited') downloads.pauseHost(result.http.url, result.http.nextPollAt - Date.now())
      opts.emitFeedResult(result)
    },
    onProgress: opts.emitProgress,
    limiter,
  })
  // Extraction runs in a worker thread when the host gives one: Electron's main thread must stay free for IPC.
  const extractor = opts.extractWorkerPath ? new ExtractPool({ workerPath: opts.extractWorkerPath }) : undefined
  const fetchPage = opts.downloads?.fetchPage ?? (extractor && ((url: string, o: FullTextOptions) => fetchFullText(url, o, extractor.extract)))
  const downloads = new DownloadQueue({ ...opts.downloads, ...(fetchPage && { fetchPage }), limiter, emit: opts.emitArticleContent })
  poller.start()
  return {
    async setSubscriptions(subs) {
      poller.setSubscriptions(parseSubscriptions(subs))
    },
    async refreshNow(feedIds) {
      await poller.refreshNow(parseFeedIds(feedIds))
    },
    async discoverFeeds(url): Promise<Result<Awaited<ReturnType<typeof discoverFeeds>>>> {
      try {
        return ok(await discoverFeeds(parseHttpUrl(url)))
      } catch (err) {
        return { ok: false, error: toAppError(err) }
      }
    },
    async openExternal(url): Promise<Result<void>> {
      if (!isHttpUrl(url)) return fail('bad-url', `Not an http(s) link: ${String(url).slice(0, 200)}`)
      await opts.openExternal(url)
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
      downloads.stop()
      extractor?.close()
      poller.stop()
    },
  }
}
