// Posts queued search rows (search-index.ts) in the background: BATCH articles per transaction, a pause between
// batches, none while the caller is busy storing (an import goes first; the index catches up after). Search reads
// the queue too, so what the indexer has not reached yet is still found.
import { isLargeImportLanding } from './paced-live-query'
import { indexPending } from './search-index'
import type { MeridianDb } from './schema'

/** Rows per transaction: a batch of 500 writes a few thousand posting records (db/README.md, "Search as posting
 *  lists"). */
const BATCH = 500
const PAUSE_MS = 30

const searchTables = (db: MeridianDb) => [db.search, db.postings, db.searchQueue, db.searchPending]

/** Indexes everything queued, one batch per transaction; resolves with the number of rows indexed. */
export async function indexAllPending(db: MeridianDb, batch = BATCH): Promise<number> {
  let total = 0
  for (;;) {
    const n = await db.transaction('rw', searchTables(db), () => indexPending(db, batch))
    if (n === 0) return total
    total += n
  }
}

export interface SearchIndexer {
  /** Something was queued: index it once the caller is no longer busy. */
  kick(): void
  stop(): void
  /** Resolves when the queue is empty (or the indexer stopped). */
  idle(): Promise<void>
}

/**
 * Besides `isBusy`, the indexer waits out a large import (paced-live-query.ts): between its bursts, under load, the
 * pauses pass BURST_QUIET_MS, and its batches (7,000 posting writes in the farm's first refresh) took the browser
 * process and the page from the bursts and the list (db/README.md, "The farm in Chromium, session 16").
 */
export function startSearchIndexer(db: MeridianDb, isBusy: () => boolean, onError: (err: unknown) => void): SearchIndexer {
  let running: Promise<void> | undefined
  let stopped = false
  const pause = () => new Promise((r) => setTimeout(r, PAUSE_MS))
  const run = async () => {
    try {
      for (;;) {
        if (stopped) return
        if (isBusy() || isLargeImportLanding()) {
          await pause()
          continue
        }
        const n = await db.transaction('rw', searchTables(db), () => indexPending(db, BATCH))
        if (n === 0) return
        await pause()
      }
    } catch (err) {
      onError(err)
    } finally {
      running = undefined
    }
  }
  const kick = () => {
    if (!running && !stopped) running = run()
  }
  kick()
  return {
    kick,
    stop() {
      stopped = true
    },
    idle: async () => {
      while (running) await running
    },
  }
}
