// The main-process side of NewsApi, shared by Electron IPC (main/ipc.ts) and the browser mode
// (main/web-server.ts). Validates every argument: callers pass untrusted input straight through.
import type { InvokableMethod, NewsApi } from '../../shared/api'
import { fail, ok, type Result } from '../../shared/errors'
import type { FeedResult, RefreshProgress } from '../../shared/model'
import { isHttpUrl, parseFeedIds, parseHttpUrl, parseSubscriptions } from '../../shared/validate'
import { discoverFeeds } from './discover'
import { toAppError } from './errors'
import { Poller } from './poller'
import { refreshFeed, type RefreshDeps } from './refresh-feed'

export type NewsService = { [K in InvokableMethod]: (...args: unknown[]) => ReturnType<NewsApi[K]> } & {
  stop(): void
}

export interface NewsServiceOptions {
  emitFeedResult(result: FeedResult): void
  emitProgress(progress: RefreshProgress): void
  /** How "open original" reaches the system browser; only ever called with http(s) URLs. */
  openExternal(url: string): Promise<void>
  refreshDeps?: RefreshDeps
  concurrency?: number
}

export function createNewsService(opts: NewsServiceOptions): NewsService {
  const poller = new Poller({
    refresh: (sub, signal) => refreshFeed(sub, opts.refreshDeps, signal),
    onResult: opts.emitFeedResult,
    onProgress: opts.emitProgress,
    concurrency: opts.concurrency,
  })
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
    stop: () => poller.stop(),
  }
}
