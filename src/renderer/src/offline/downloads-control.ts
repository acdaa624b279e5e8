// What the reader and the sync can ask of offline reading: request the pages of a fresh poll result, pause
// when storage is full, resume, and clean up (retention, orphans, image budget).
import type { NewsApi } from '../../../shared/api'
import type { FeedResult } from '../../../shared/model'
import { enforceImageBudget, listUnanswered, planDownloads, applyRetention, sweepOrphans, getOfflineSettings, updateOfflineSettings, type MeridianDb } from '../db'
import { log } from '../lib/log'
import { needsPage } from './needs-full-text'
import { isQuotaError, STORAGE_FULL_MESSAGE } from './quota'

const logger = log.scope('offline')

/** Requests the pages fresh poll results need. Called by sync.ts once per stored batch. */
export async function requestFullTexts(db: MeridianDb, api: NewsApi, results: readonly FeedResult[]): Promise<void> {
  if (results.length === 0) return
  try {
    const requests = await planDownloads(db, results, needsPage)
    if (requests.length > 0) await api.downloadArticles(requests)
  } catch (err) {
    if (isQuotaError(err)) await pauseDownloads(db, api)
    else logger.error(`could not request article downloads for ${results.length} feed result(s) (first: ${results[0].feedId})`, err)
  }
}

/** Storage ran out: stop asking, drop what main still has queued, tell the reader. Nothing stored is touched. */
export async function pauseDownloads(db: MeridianDb, api: NewsApi): Promise<void> {
  logger.warn('storage is full: article downloads paused')
  await api.cancelDownloads().catch((err: unknown) => logger.error('could not cancel queued downloads', err))
  // A tiny write, which usually still fits; if not, the reader sees the message after the next start.
  await updateOfflineSettings(db, { pausedReason: STORAGE_FULL_MESSAGE }).catch(() => undefined)
}

/** Clears the pause and asks again for pages that were requested but never stored. */
export async function resumeDownloads(db: MeridianDb, api: NewsApi): Promise<void> {
  await updateOfflineSettings(db, { pausedReason: undefined })
  await requestUnanswered(db, api)
}

/** Requests recorded but never answered (the app closed mid-download, or storage was full) are asked again. */
export async function requestUnanswered(db: MeridianDb, api: NewsApi): Promise<void> {
  const requests = await listUnanswered(db)
  for (let i = 0; i < requests.length; i += 1000) await api.downloadArticles(requests.slice(i, i + 1000))
}

export interface CleanupOutcome {
  deletedByAge: number
  deletedByFeedCap: number
  orphansRemoved: number
  imagesEvictedFrom: number
}

/** Retention, orphan sweep and image budget, in that order (deleting articles frees images first). */
export async function cleanUp(db: MeridianDb, now = Date.now()): Promise<CleanupOutcome> {
  const settings = await getOfflineSettings(db)
  const retention = await applyRetention(db, settings, now)
  const orphansRemoved = await sweepOrphans(db)
  const budget = await enforceImageBudget(db, settings.budgetBytes, now)
  return { ...retention, orphansRemoved, imagesEvictedFrom: budget.evicted.length }
}
