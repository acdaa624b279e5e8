// Runs the data part of schema upgrades after the database opened: each version's upgrade only changes stores and
// indexes (fast, inside IndexedDB's one versionchange transaction) and records the data steps it needs in the
// `migrations` table; this runner then does each step a batch per transaction, keeping the step's cursor in its
// row in that same transaction, so a window closed mid-way resumes after the last committed batch.
import type { Dexie, Table, Transaction } from 'dexie'
import { DATA_STEPS } from './migrations/data-steps'
import type { DataStep } from './migrations/data-step'
import { measureStep, stepNow } from './migrations/step-marks'

export const MIGRATIONS_TABLE = 'migrations'

/** A data step a schema upgrade recorded; see DataStep. */
export interface MigrationRow {
  name: string
  done: 0 | 1
  /** The last key the step committed; the next batch starts after it. */
  cursor?: string
  /** Units done so far, and the step's size when it started (the progress notice). */
  processed: number
  total?: number
}

/** Articles in the first batch; later batches are sized to take about TARGET_BATCH_MS (see runStep). */
export const DEFAULT_BATCH = 250
/** What one batch transaction aims at. A batch holds back the reader's own writes to its tables until it commits,
 *  so not much more than the second an ingest burst may take (sync.ts); fewer, larger batches write faster at
 *  100,000 articles (raw IndexedDB: 5,000 list rows per transaction 171 s against 257 s for 500; db/README.md), and
 *  a batch aiming at 250 ms held ~130 articles on the loaded machine. */
const TARGET_BATCH_MS = 1000
const MIN_BATCH = 50
const MAX_BATCH = 5000
/** Between batches, so input, reads and the app's own writes get their turn. */
const PAUSE_MS = 10

const migrations = (db: Dexie): Table<MigrationRow, string> => db.table(MIGRATIONS_TABLE)

/**
 * The data steps a versionchange recorded. Versions before the `migrations` table existed (23) note theirs with
 * `later`; version 23's upgrade writes them with `record`, in the same versionchange transaction, so the schema change
 * and the promise to finish its data commit together. Later versions call `record` with their own steps.
 */
export function dataStepLog() {
  const noted: string[] = []
  return {
    later(name: string): void {
      noted.push(name)
    },
    async record(tx: Transaction, ...names: string[]): Promise<void> {
      const rows = [...noted.splice(0), ...names].map((name): MigrationRow => ({ name, done: 0, processed: 0 }))
      if (rows.length) await tx.table(MIGRATIONS_TABLE).bulkPut(rows)
    },
  }
}

export interface MigrationProgress {
  /** Units done and to do over every step the reader waits for (done steps included): a percentage is done / total. */
  done: number
  total: number
  /** Steps the reader waits for are still running (background clean-ups do not count). */
  isRunning: boolean
}

/** Where the data migrations stand, from their rows alone (cheap: a handful of rows). */
export async function migrationProgress(db: Dexie): Promise<MigrationProgress> {
  return progressOf(await migrations(db).toArray())
}

function progressOf(rows: Iterable<MigrationRow>): MigrationProgress {
  const known = [...rows].filter((r) => DATA_STEPS.some((s) => s.name === r.name && !s.isBackground))
  const total = known.reduce((sum, r) => sum + Math.max(r.total ?? 1, r.processed), 0)
  const done = known.reduce((sum, r) => sum + (r.done ? Math.max(r.total ?? 1, r.processed) : Math.min(r.processed, r.total ?? r.processed)), 0)
  return { done, total, isRunning: known.some((r) => !r.done) }
}

export interface RunOptions {
  /** Units per transaction, fixed; by default batches start at DEFAULT_BATCH and are sized by their measured time. */
  batchSize?: number
  /** Stops between batches; the steps resume on the next run. */
  signal?: AbortSignal
  /** Called after every committed batch, with the step that batch belonged to. */
  onProgress?: (progress: MigrationProgress & { step: string }) => void
  pauseMs?: number
  /** Whether the reader is using the app (input, an ingest landing): background steps then pause between batches as
   *  long as a batch took; otherwise they run on. Without it the reader counts as active. */
  isReaderActive?: () => boolean
  /** Milliseconds now, and the wait between batches (tests give their own). */
  clock?: () => number
  sleep?: (ms: number) => Promise<void>
}

/** Runs every recorded step that is not done, in DATA_STEPS order; resolves with whether all are done (background
 *  clean-ups included). */
export async function runDataMigrations(db: Dexie, opts: RunOptions = {}): Promise<boolean> {
  const rows = new Map((await migrations(db).toArray()).map((r) => [r.name, r]))
  const steps = DATA_STEPS.filter((step) => rows.get(step.name)?.done === 0)
  // Sizes first, so the notice's percentage covers every step from its first batch.
  for (const step of steps) {
    const row = rows.get(step.name)!
    if (row.total !== undefined) continue
    row.total = await step.size(db)
    await migrations(db).update(step.name, { total: row.total })
  }
  for (const step of steps) if (!(await runStep(db, step, rows, opts))) return false
  return true
}

/** Runs `step` a batch per transaction until done or stopped; `rows` (every step's row as last written here) gives
 *  the progress reported after each batch, so reporting it costs no read. */
async function runStep(db: Dexie, step: DataStep, rows: Map<string, MigrationRow>, opts: RunOptions): Promise<boolean> {
  let limit = opts.batchSize ?? DEFAULT_BATCH
  for (;;) {
    if (opts.signal?.aborted) return false
    const clock = opts.clock ?? Date.now
    const started = clock()
    let phase = stepNow()
    const row = await db.transaction('rw', [...step.tables, MIGRATIONS_TABLE], async (): Promise<MigrationRow | undefined> => {
      // Read again inside the transaction: another window may have run batches of this step meanwhile.
      const row = await migrations(db).get(step.name)
      measureStep('start', phase)
      if (!row || row.done) return row
      phase = stepNow()
      const out = await step.batch(db, row.cursor, limit)
      measureStep('batch', phase)
      phase = stepNow()
      const next: MigrationRow = { name: step.name, done: out.done ? 1 : 0, cursor: out.cursor ?? row.cursor, processed: row.processed + out.count, total: row.total }
      await migrations(db).put(next)
      measureStep('row', phase)
      phase = stepNow()
      return next
    })
    measureStep('commit', phase)
    if (row) rows.set(step.name, row)
    const isDone = !row || row.done === 1
    const took = clock() - started
    // The next batch aims at the target time, changing by at most half or double, so one slow batch (a loaded
    // machine, a compaction) does not swing it.
    if (opts.batchSize === undefined) limit = Math.round(Math.min(MAX_BATCH, Math.max(MIN_BATCH, limit * Math.min(2, Math.max(0.5, TARGET_BATCH_MS / Math.max(1, took))))))
    opts.onProgress?.({ ...progressOf(rows.values()), step: step.name })
    if (isDone) return true
    const pause = opts.pauseMs ?? pauseAfter(step, took, opts.isReaderActive?.() ?? true)
    phase = stepNow()
    await (opts.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms))))(pause)
    measureStep('pause', phase)
  }
}

/** A step nothing waits for takes at most half the storage's time while the reader uses the app: it pauses as long as
 *  its batch took. With the reader away it runs on: in the app at 100,000 articles the pauses were half of
 *  `v34-country-postings`' time (db/README.md, "Upgrades at 100,000, session 13"). */
function pauseAfter(step: DataStep, took: number, isReaderActive: boolean): number {
  return step.isBackground && isReaderActive ? Math.max(PAUSE_MS, took) : PAUSE_MS
}
