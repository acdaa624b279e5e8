// Offline reading's running part, started with the sync: stores what the main process downloads (full text,
// resized images), keeps images within the budget and old articles within the retention rules, sweeps the
// offline data of removed feeds. A full disk pauses downloads; what is stored stays stored.
import type { NewsApi } from '../../../shared/api'
import type { ArticleContent } from '../../../shared/model'
import { watchFeeds, enforceImageBudget, sweepOrphans, getOfflineSettings, recordFailure, storeFullText, type MeridianDb } from '../db'
import { isBrowserMode } from '../lib/api'
import { log } from '../lib/log'
import { cleanUp, pauseDownloads, requestUnanswered } from './downloads-control'
import { prepareImages } from './prepare-image'
import { isQuotaError } from './quota'

const logger = log.scope('offline')

export interface OfflineOptions {
  /** First clean-up after start, so start-up work does not compete with the first paint. */
  startupDelayMs?: number
  cleanupIntervalMs?: number
  /** Quiet period after a stored download before the budget is checked (a burst checks once). */
  budgetDelayMs?: number
}

export interface OfflineHandle {
  stop(): void
  /** Resolves when every content event received so far is stored. */
  idle(): Promise<void>
}

async function storeContent(db: MeridianDb, content: ArticleContent): Promise<void> {
  if (content.kind === 'failed') return recordFailure(db, content.articleId, content.feedId, content.error)
  const started = performance.now()
  const images = await prepareImages(content.images)
  const prepareMs = performance.now() - started
  const stored = await storeFullText(db, content.articleId, content.pageUrl, content.fullText, images, Date.now(), content.tags)
  if (stored) {
    imageStats.articles++
    imageStats.images += content.images.length
    imageStats.bytesIn += content.images.reduce((n, i) => n + i.bytes.byteLength, 0)
    imageStats.bytesOut += images.reduce((n, i) => n + i.blob.size, 0)
    imageStats.prepareMs += prepareMs
  }
}

/** Running totals of image preparation (resize and re-encode), for benchmarks; see lib/api.ts's browser mode. */
const imageStats = { articles: 0, images: 0, bytesIn: 0, bytesOut: 0, prepareMs: 0 }

export function startOffline(db: MeridianDb, api: NewsApi, opts: OfflineOptions = {}): OfflineHandle {
  let queue: Promise<void> = Promise.resolve()
  let budgetTimer: ReturnType<typeof setTimeout> | undefined
  let cleanupTimer: ReturnType<typeof setTimeout> | undefined
  let isStopped = false

  const checkBudgetSoon = () => {
    clearTimeout(budgetTimer)
    budgetTimer = setTimeout(() => {
      void getOfflineSettings(db)
        .then((s) => enforceImageBudget(db, s.budgetBytes))
        .catch((err: unknown) => logger.error('could not enforce the image budget', err))
    }, opts.budgetDelayMs ?? 1000)
  }

  const unsubscribe = api.onArticleContent((content) => {
    queue = queue.then(async () => {
      if (isStopped) return
      try {
        await storeContent(db, content)
        if (content.kind === 'extracted') checkBudgetSoon()
      } catch (err) {
        if (isQuotaError(err)) await pauseDownloads(db, api)
        else logger.error(`could not store the download of article ${content.articleId}`, err)
      }
    })
  })

  const scheduleCleanup = (delay: number) => {
    cleanupTimer = setTimeout(() => {
      void cleanUp(db)
        .catch((err: unknown) => logger.error('clean-up failed', err))
        .finally(() => !isStopped && scheduleCleanup(opts.cleanupIntervalMs ?? 6 * 3_600_000))
    }, delay)
  }
  // Removing a feed deletes its articles without knowing our tables: sweep their images right after.
  let feedIds: Set<string> | undefined
  const stopWatchingFeeds = watchFeeds(
    db,
    (feeds) => {
      const next = new Set(feeds.map((f) => f.id))
      const isRemoval = feedIds !== undefined && [...feedIds].some((id) => !next.has(id))
      feedIds = next
      if (isRemoval) queue = queue.then(() => sweepOrphans(db).then(() => undefined, (err: unknown) => logger.error('orphan sweep failed', err)))
    },
    (err) => logger.error('watching feeds for removals failed', err),
  )
  const startup = setTimeout(() => void resumeUnanswered(db, api), opts.startupDelayMs ?? 3000)
  scheduleCleanup((opts.startupDelayMs ?? 3000) + 7000)
  void requestPersistence()
  // Benchmarks and e2e tests read the resize figures here, as they read window.__db; Electron never exposes it.
  if (isBrowserMode) (window as { __offlineStats?: typeof imageStats }).__offlineStats = imageStats

  return {
    stop() {
      isStopped = true
      unsubscribe()
      stopWatchingFeeds()
      clearTimeout(startup)
      clearTimeout(budgetTimer)
      clearTimeout(cleanupTimer)
    },
    idle: () => queue,
  }
}

/** After a restart, requests that were queued in the previous run get one more chance, unless paused. */
async function resumeUnanswered(db: MeridianDb, api: NewsApi): Promise<void> {
  try {
    if (!(await getOfflineSettings(db)).pausedReason) await requestUnanswered(db, api)
  } catch (err) {
    logger.error('could not re-request unanswered downloads', err)
  }
}

/** Asks the browser not to evict our storage under pressure; Electron grants it, browsers may ask or refuse. */
async function requestPersistence(): Promise<void> {
  try {
    if (typeof navigator !== 'undefined' && navigator.storage?.persist && !(await navigator.storage.persisted())) {
      await navigator.storage.persist()
    }
  } catch (err) {
    logger.warn('could not request persistent storage', err)
  }
}
