// Keeps the database and the main process in step: poll results are ingested one at a time, and the feed
// table is handed to the main process as its poll schedule whenever it changes. The database is the source
// of truth; the main process keeps no subscriptions of its own between runs.
import type { NewsApi } from '../../shared/api'
import type { FeedResult, Subscription } from '../../shared/model'
import { toSubscription, watchFeeds } from './db/feeds'
import { ingestFeedResult, type IngestSummary } from './db/ingest'
import type { MeridianDb } from './db/schema'
import { log } from './lib/log'
import { requestFullTexts } from './offline/downloads-control'
import { startOffline } from './offline/offline-sync'

const logger = log.scope('sync')

export interface SyncOptions {
  /** Quiet period before the schedule is sent, so a burst of feed updates (one per ingest) sends once. */
  debounceMs?: number
  onIngested?: (summary: IngestSummary) => void
}

export interface SyncHandle {
  stop(): void
  /** Resolves when every result received so far has been stored. */
  idle(): Promise<void>
}

export function startSync(db: MeridianDb, api: NewsApi, opts: SyncOptions = {}): SyncHandle {
  // Results are chained: each ingest opens its transaction only after the previous one committed, so two
  // results for the same feed can never interleave their reads and writes.
  let queue: Promise<void> = Promise.resolve()
  const unsubscribeResults = api.onFeedResult((result: FeedResult) => {
    queue = queue.then(async () => {
      try {
        const summary = await ingestFeedResult(db, result)
        if (summary.skipped > 0) logger.warn(`skipped ${summary.skipped} malformed article(s) from feed ${result.feedId}`)
        opts.onIngested?.(summary)
        if (!summary.ignored) await requestFullTexts(db, api, result) // offline reading: pages of new teasers
      } catch (err) {
        logger.error(`could not store the result for feed ${result.feedId}`, err)
      }
    })
  })

  const offline = startOffline(db, api) // stores downloaded full texts and images, applies retention
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastSent = ''
  const send = (subs: Subscription[]) => {
    const json = JSON.stringify(subs)
    if (json === lastSent) return // a change that leaves the schedule as it was (a rename) is not resent
    lastSent = json
    api.setSubscriptions(subs).catch((err: unknown) => {
      lastSent = '' // let the next change retry
      logger.error('could not hand the poll schedule to the main process', err)
    })
  }
  const stopWatching = watchFeeds(
    db,
    (feeds) => {
      const subs = feeds.map(toSubscription)
      clearTimeout(timer)
      timer = setTimeout(() => send(subs), opts.debounceMs ?? 150)
    },
    (err) => logger.error('watching the feed table failed', err),
  )

  return {
    stop() {
      unsubscribeResults()
      stopWatching()
      clearTimeout(timer)
      offline.stop()
    },
    idle: () => queue.then(() => offline.idle()),
  }
}
