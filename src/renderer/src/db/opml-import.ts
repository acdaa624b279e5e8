// Subscribes to the feeds of an OPML file, keeping its folders and skipping what is already subscribed: in batches
// (one transaction each, not one per feed: 10,000 feeds took minutes that way), with progress and cancel.
import type { OpmlFeed } from '../lib/opml'
import { AddFeedError, DEFAULT_INTERVAL_MINUTES, feedDisplayTitle, listFeeds, normalizeFeedUrl } from './feeds'
import { guessOutletCountry } from '../../../shared/outlet-country'
import { omitUndefined } from './incoming'
import type { Feed, MeridianDb } from './schema'

export interface OpmlImportReport {
  added: Feed[]
  /** Already subscribed (or listed twice in the file). */
  duplicates: string[]
  /** Not an http(s) address. */
  invalid: string[]
  /** The reader cancelled: feeds after the last finished batch were not imported. */
  cancelled?: boolean
}

/** Imported feeds wait this long before their first scheduled poll: polled while the import runs, their results
 *  queued for the feeds table ahead of the next batch, and 10,000 feeds took 95 s to import instead of seconds.
 *  The caller asks for a refresh of what was added once the import ends; if the app quits first, this bounds the wait. */
const IMPORT_HOLD_MS = 10 * 60_000

export interface OpmlImportOptions {
  /** Feeds in the first transaction (default 500); each next batch is twice as large, up to `maxBatchSize`. */
  batchSize?: number
  /** Default 4,000. */
  maxBatchSize?: number
  /** After each batch: feeds of the file handled so far, of `total`. */
  onProgress?: (progress: { done: number; total: number }) => void
  signal?: AbortSignal
  now?: number
}

export async function importOpmlFeeds(db: MeridianDb, feeds: OpmlFeed[], opts: OpmlImportOptions = {}): Promise<OpmlImportReport> {
  const report: OpmlImportReport = { added: [], duplicates: [], invalid: [] }
  // Growing batches: every batch makes the open feed list re-read and re-render all feeds, so 20 batches of 500
  // cost ~4× what 5 growing ones do at 10,000 feeds, while the first progress still shows within a second.
  let batchSize = opts.batchSize ?? 500
  const maxBatchSize = Math.max(batchSize, opts.maxBatchSize ?? 4000)
  const known = new Set((await db.feeds.orderBy('url').keys()) as string[])
  for (let i = 0; i < feeds.length; i += batchSize, batchSize = Math.min(maxBatchSize, batchSize * 2)) {
    if (opts.signal?.aborted) {
      report.cancelled = true
      break
    }
    const rows: Feed[] = []
    for (const f of feeds.slice(i, i + batchSize)) {
      let url: string
      try {
        url = normalizeFeedUrl(f.url)
      } catch (err) {
        if (!(err instanceof AddFeedError)) throw err
        report.invalid.push(f.url)
        continue
      }
      if (known.has(url)) {
        report.duplicates.push(f.url)
        continue
      }
      known.add(url)
      rows.push(newFeed(url, f, opts.now ?? Date.now()))
    }
    if (!(await addBatch(db, rows, opts.signal))) {
      report.cancelled = true
      break
    }
    report.added.push(...rows)
    opts.onProgress?.({ done: Math.min(feeds.length, i + batchSize), total: feeds.length })
  }
  return report
}

/** One batch in one transaction; a cancel while it runs aborts it (nothing of it is kept) and answers false.
 *  bulkPut would overwrite a feed subscribed meanwhile; bulkAdd rejects the batch instead (url is unique). */
async function addBatch(db: MeridianDb, rows: Feed[], signal: AbortSignal | undefined): Promise<boolean> {
  let onAbort = () => {}
  try {
    await db.transaction('rw', db.feeds, (tx) => {
      onAbort = () => tx.abort()
      signal?.addEventListener('abort', onAbort, { once: true })
      return db.feeds.bulkAdd(rows)
    })
    return true
  } catch (err) {
    if (signal?.aborted) return false
    throw err
  } finally {
    signal?.removeEventListener('abort', onAbort)
  }
}

function newFeed(url: string, f: OpmlFeed, now: number): Feed {
  return omitUndefined<Feed>({
    id: crypto.randomUUID(),
    url,
    title: f.title?.trim() || new URL(url).hostname,
    folder: f.folder?.trim() || undefined,
    outletCountry: guessOutletCountry(url),
    failureCount: 0,
    isDead: false,
    intervalMinutes: DEFAULT_INTERVAL_MINUTES,
    addedAt: now,
    nextPollAt: now + IMPORT_HOLD_MS,
  })
}

/** Every subscription as an OPML entry, with the reader's names and folders. */
export async function feedsForExport(db: MeridianDb): Promise<OpmlFeed[]> {
  return (await listFeeds(db)).map((f) => ({ url: f.url, title: feedDisplayTitle(f), folder: f.folder, htmlUrl: f.siteUrl }))
}
