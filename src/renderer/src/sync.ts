// Keeps the database and the main process in step: poll results are ingested in arrival order (a burst in
// measured batches), and the feed table is handed to the main process as its poll schedule whenever it changes.
// The database is the source of truth; the main process keeps no subscriptions of its own between runs.
import type { NewsApi } from '../../shared/api'
import type { FeedResult, Subscription } from '../../shared/model'
import { type Feed, watchFeeds, ingestFeedResult, ingestFeedResults, recentStorySeeds, type IngestSummary, type MeridianDb, startSearchIndexer, noteIngestBurst, isIngestBursting, storeInTurn } from './db'
import { isBackgroundHeld } from './lib/background-hold'
import { log } from './lib/log'
import { requestFullTexts } from './offline/downloads-control'
import { startOffline, type OfflineOptions } from './offline/offline-sync'
import { startBatchQueue, type BatchQueue } from './sync-batches'
import { feedSetOf, scheduleOf, sendDelayMs } from './sync-schedule'
import { useGeneralSettings } from './state/general-settings'

const logger = log.scope('sync')

export interface SyncOptions {
  /** Quiet period before the schedule is sent, so a burst of feed updates (one per ingest) sends once. */
  debounceMs?: number
  onIngested?: (summary: IngestSummary, result: FeedResult) => void
  /** A result that could not be stored (a full disk): nothing of it was written, and the main process is handed the
   *  stored schedule again, so the feed's articles come back on its next poll. */
  onStoreError?: (err: unknown, result: FeedResult) => void
  /** Most results stored in one transaction (default 200; the article limits below bound its size). */
  maxBatch?: number
  /** Most articles in one transaction (default 1,000; a single larger result still goes alone). A write transaction
   *  holds back the list's reads until it commits, so a burst is stored in steps, not in one.
   *  1,000 stored ~1.6× faster than 500 at 100,000 articles, app open; 2,000 no faster (db/README.md). */
  maxBatchArticles?: number
  /** A batch waits for this many articles (default 500)... */
  minBatchArticles?: number
  /** ...at most this long after its first result arrived (default 400 ms): during a refresh results arrive a feed
   *  at a time, and each stored alone cost a commit, the open views' re-reads and a follow-up round. */
  gatherMs?: number
  /** Timers of offline reading (its start-up request of unanswered pages, clean-ups). */
  offline?: OfflineOptions
}

export interface SyncHandle {
  stop(): void
  /** Resolves when every result received so far has been stored. */
  idle(): Promise<void>
}

export function startSync(db: MeridianDb, api: NewsApi, opts: SyncOptions = {}): SyncHandle {
  // Results are stored one batch after another, so two results for the same feed never interleave their reads
  // and writes. Results that arrive while a batch is being stored wait and go together in the next transaction: one
  // commit and one re-run of the open lists instead of one per feed (the cost that dominated a refresh of many
  // feeds). A batch is all or nothing, so when it fails its results are retried one at a time and only the bad one
  // is lost. Batch sizes, yields and follow-ups: sync-batches.ts.
  const afterIngest = (result: FeedResult, summary: IngestSummary) => {
    if (summary.skipped > 0) logger.warn(`skipped ${summary.skipped} malformed article(s) from feed ${result.feedId}`)
    opts.onIngested?.(summary, result)
  }
  /** Summaries of stored results, until their follow-up ran; a result not stored has none. */
  const summaries = new WeakMap<FeedResult, IngestSummary>()
  const storeOne = async (result: FeedResult) => {
    try {
      summaries.set(result, await ingestFeedResult(db, result))
    } catch (err) {
      logger.error(`could not store the result for feed ${result.feedId}`, err)
      // Main already moved on to this response's validators: without the stored ones back, its next poll would be a
      // 304 and these articles would never be delivered again.
      resendSchedule()
      opts.onStoreError?.(err, result)
    }
  }
  const storeBatch = async (batch: FeedResult[]) => {
    // While bursts land, the open views re-read at most once a second, less often once the train is a large import
    // (db/paced-live-query.ts): it counts the articles each burst added or changed.
    noteIngestBurst()
    try {
      await storeInTurn(() => storeResults(batch)) // in turn with the open list's reads (paced-live-query.ts)
    } finally {
      noteIngestBurst(performance.now(), batch.reduce((n, r) => n + written(summaries.get(r)), 0))
    }
  }
  const storeResults = async (batch: FeedResult[]) => {
    if (batch.length === 1) return storeOne(batch[0])
    try {
      const stored = await ingestFeedResults(db, batch)
      batch.forEach((result, i) => summaries.set(result, stored[i]))
    } catch (err) {
      logger.warn(`could not store ${batch.length} results together (${err instanceof Error ? err.message : String(err)}); storing them one at a time`)
      for (const result of batch) await storeOne(result)
    }
  }
  // After each batch, before the next one (why in line: sync-batches.ts). The pages of new teasers (offline reading)
  // are planned once for the whole batch: one settings read and at most one transaction, not one per feed.
  const followUp = async (batch: FeedResult[]) => {
    const stored: FeedResult[] = []
    for (const result of batch) {
      const summary = summaries.get(result)
      if (!summary) continue
      summaries.delete(result)
      try {
        afterIngest(result, summary)
        if (!summary.ignored) stored.push(result)
      } catch (err) {
        logger.error(`could not finish the result for feed ${result.feedId}`, err)
      }
    }
    await requestFullTexts(db, api, stored)
  }
  // Search rows are written after the fact (db/search-index.ts): the indexer waits while results are being stored
  // or keep coming (a burst stored within the last BURST_QUIET_MS: its 500-row transactions, run between two bursts,
  // held the next burst and the list's reads back), and while a view holds background work (lib/background-hold.ts:
  // the map is open).
  const queue: BatchQueue = startBatchQueue({
    limits: {
      maxResults: opts.maxBatch ?? 200,
      maxArticles: opts.maxBatchArticles ?? 1000,
      minArticles: opts.minBatchArticles ?? 500,
      gatherMs: opts.gatherMs ?? 400,
    },
    store: storeBatch,
    followUp,
    onDrained: () => indexer.kick(),
  })
  const indexer = startSearchIndexer(db, () => queue.isDraining || isIngestBursting() || isBackgroundHeld(), (err) => logger.error('search indexing failed', err))
  const enqueue = (result: FeedResult) => queue.push(result)
  const unsubscribeResults = api.onFeedResult(enqueue)
  // Results polled while no window could store them wait in the main process (design note in
  // src/main/desktop/README.md): store them first, then let main forget them. Until the acknowledgement a crash
  // delivers them again, which ingest takes as a re-fetch.
  api
    .takeBufferedResults()
    .then(async (buffered) => {
      if (buffered.length === 0) return
      buffered.forEach(enqueue)
      await queue.idle()
      await api.ackBufferedResults()
    })
    .catch((err: unknown) => logger.error('could not store the results polled while the window was closed', err))

  const offline = startOffline(db, api, opts.offline) // stores downloaded full texts and images, applies retention
  // The story grouper learns the last days' articles before any poll starts, so new articles join stored stories.
  const primed = recentStorySeeds(db, Date.now())
    .then((seeds) => api.primeStories(seeds))
    .catch((err: unknown) => logger.warn('could not hand recent articles to the story grouper', err))
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastSent = ''
  let latest: Feed[] | undefined
  let unsentSince: number | undefined
  const send = (subs: Subscription[]) => {
    const json = JSON.stringify(subs)
    if (json === lastSent) return // a change that leaves the schedule as it was (a rename) is not resent
    lastSent = json
    primed
      .then(() => api.setSubscriptions(subs))
      .then((report) => {
        // One refused entry (bad stored state) is reported alone; the main process polls all the others.
        for (const r of report?.refused ?? []) logger.warn(`the main process refused feed ${r.id ?? `#${r.index}`} from the poll schedule: ${r.reason}`)
      })
      .catch((err: unknown) => {
        lastSent = '' // let the next change retry
        sentFeedSet = ''
        logger.error('could not hand the poll schedule to the main process', err)
      })
  }
  let sentFeedSet = ''
  const armSend = () => {
    if (!latest) return
    clearTimeout(timer)
    unsentSince ??= performance.now()
    const delay = sendDelayMs({
      feeds: latest.length,
      waitedMs: performance.now() - unsentSince,
      isStoring: queue.isDraining,
      isSameFeedSet: feedSetOf(latest) === sentFeedSet,
      debounceMs: opts.debounceMs ?? 150,
    })
    // A schedule held for a burst is not re-armed when the burst ends: its last commit changed the table, and the
    // watch's next read (the table as stored, not as it was mid-burst) arms the send at the usual pace.
    timer = setTimeout(() => {
      timer = undefined
      unsentSince = undefined
      const subs = scheduleOf(latest ?? [], useGeneralSettings.getState().itemsPerPoll)
      sentFeedSet = feedSetOf(subs)
      send(subs)
    }, delay)
  }
  const stopWatching = watchFeeds(
    db,
    (feeds) => {
      latest = feeds
      armSend()
    },
    (err) => logger.error('watching the feed table failed', err),
  )

  function resendSchedule(): void {
    lastSent = ''
    if (latest) send(scheduleOf(latest, useGeneralSettings.getState().itemsPerPoll))
  }
  // A new "newest items per poll" reaches main at once, not at the feed table's next change.
  const stopWatchingItemsPerPoll = useGeneralSettings.subscribe((s, before) => {
    if (s.itemsPerPoll !== before.itemsPerPoll) resendSchedule()
  })

  return {
    stop() {
      unsubscribeResults()
      stopWatching()
      stopWatchingItemsPerPoll()
      clearTimeout(timer)
      offline.stop()
      indexer.stop()
    },
    idle: () => queue.idle().then(() => offline.idle()).then(() => indexer.idle()),
  }
}

/** Articles a stored result added or changed. */
function written(summary: IngestSummary | undefined): number {
  return summary ? summary.added + summary.updated : 0
}
