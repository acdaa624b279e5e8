// How the data-migration runner (data-migrations.ts) paces a step: the size of its next batch, from how long the last
// one took, and the pause before it, from whether the reader is using the app. Not frozen: what a step stores does
// not depend on its batch sizes.
import type { DataStep } from './migrations/data-step'

/** Articles in the first batch; later batches are sized to take about their target time. */
export const DEFAULT_BATCH = 250
/** What one batch transaction aims at. A batch holds back the reader's own writes to its tables until it commits,
 *  so not much more than the second an ingest burst may take (sync.ts); fewer, larger batches write faster at
 *  100,000 articles (raw IndexedDB: 5,000 list rows per transaction 171 s against 257 s for 500; db/README.md), and
 *  a batch aiming at 250 ms held ~130 articles on the loaded machine. */
const TARGET_BATCH_MS = 1000
const MAX_BATCH = 5000
/** A background step while the reader is away: nobody's write waits, so fewer, larger batches (each pays a turn
 *  behind the app's own reads and a commit). 2 s rather than 3: at 100,000 articles 4-14 % slower, but a reader's
 *  first read after a quiet spell waited a third less (db/README.md). When the reader comes back the next batch is
 *  at most half as large and MAX_BATCH. */
const IDLE_TARGET_BATCH_MS = 2000
const IDLE_MAX_BATCH = 20_000
const MIN_BATCH = 50
/** Between batches, so input, reads and the app's own writes get their turn. */
const PAUSE_MS = 10

export interface Pace {
  /** Units in the next batch. */
  limit: number
  /** Milliseconds before it. */
  pauseMs: number
}

/** The next batch of `step` after one of `limit` units that took `took` ms. It aims at the target time, changing by
 *  at most half or double, so one slow batch (a loaded machine, a compaction) does not swing it. A step nothing waits
 *  for takes at most half the storage's time while the reader uses the app (it pauses as long as its batch took);
 *  with the reader away it runs on: in the app at 100,000 articles the pauses were half of `v34-country-postings`'
 *  time (db/README.md, "Upgrades at 100,000, session 13"). */
export function nextPace(step: DataStep, limit: number, took: number, isReaderActive: boolean): Pace {
  const isIdle = step.isBackground === true && !isReaderActive
  const target = isIdle ? IDLE_TARGET_BATCH_MS : TARGET_BATCH_MS
  const ratio = Math.min(2, Math.max(0.5, target / Math.max(1, took)))
  const next = Math.round(Math.min(isIdle ? IDLE_MAX_BATCH : MAX_BATCH, Math.max(MIN_BATCH, limit * ratio)))
  const pauseMs = step.isBackground && isReaderActive ? Math.max(PAUSE_MS, took) : PAUSE_MS
  return { limit: next, pauseMs }
}
