// Runs the data part of schema upgrades after the database opened: each version's upgrade only changes stores and
// indexes (fast, inside IndexedDB's one versionchange transaction) and records the data steps it needs in the
// `migrations` table; this runner then does each step a batch per transaction, keeping the step's cursor in its
// row in that same transaction, so a window closed mid-way resumes after the last committed batch.
import type { Dexie, Table, Transaction } from 'dexie'
import { DATA_STEPS } from './migrations/data-steps'
import type { DataStep } from './migrations/data-step'
import { measureStep, stepNow } from './migrations/step-marks'
import { DEFAULT_BATCH, nextPace } from './data-migration-pacing'

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
  /** Units per transaction, fixed; by default batches start at DEFAULT_BATCH and are sized by their measured time
   *  (data-migration-pacing.ts). */
  batchSize?: number
  /** Stops between batches; the steps resume on the next run. */
  signal?: AbortSignal
  /** Called after every committed batch, with the step that batch belonged to. */
  onProgress?: (progress: MigrationProgress & { step: string }) => void
  pauseMs?: number
  /** Whether the reader is using the app (input, an ingest landing): background steps then pause between batches as
   *  long as a batch took; otherwise they run on, in larger batches. Without it the reader counts as active. */
  isReaderActive?: () => boolean
  /** Milliseconds now, and the wait between batches (tests give their own). */
  clock?: () => number
  sleep?: (ms: number) => Promise<void>
  /** Subscribes to the reader coming back after a quiet spell; returns the unsubscription. A background batch run
   *  while the reader was away (the large ones) is then given up (rolled back, done again later), so the reader's
   *  first read does not wait for it. */
  onReaderReturn?: (listener: () => void) => () => void
  /** Called once every recorded step but the clean-ups (DataStep.isCleanup) is done: what waits for the upgrade can
   *  start while they go on. Not called if the steps stop before. */
  onReady?: () => void
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
  let isReady = false
  const ready = () => {
    if (!isReady) opts.onReady?.()
    isReady = true
  }
  // Clean-ups come last in DATA_STEPS (a test checks it), so everything before the first one is done here.
  for (const step of steps) {
    if (step.isCleanup) ready()
    if (!(await runStep(db, step, rows, opts))) return false
  }
  ready()
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
    const isIdle = step.isBackground === true && !(opts.isReaderActive?.() ?? true)
    const yielding = isIdle ? yieldOnReturn(opts) : undefined
    const out = await db.transaction('rw', [...step.tables, MIGRATIONS_TABLE], async (tx): Promise<MigrationRow | undefined> => {
      yielding?.bind(tx)
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
    }).then(
      (row) => ({ row }),
      (err: unknown) => {
        if (yielding?.hasYielded()) return undefined
        throw err
      },
    ).finally(() => yielding?.stop())
    measureStep('commit', phase)
    if (out === undefined) {
      // Given up for the reader: nothing of it was committed; the next batches are sized and paced for an active reader.
      measureStep('yield', phase)
      limit = Math.max(1, Math.round(limit / 2))
      continue
    }
    const row = out.row
    if (row) rows.set(step.name, row)
    const isDone = !row || row.done === 1
    const pace = nextPace(step, limit, clock() - started, opts.isReaderActive?.() ?? true)
    if (opts.batchSize === undefined) limit = pace.limit
    opts.onProgress?.({ ...progressOf(rows.values()), step: step.name })
    if (isDone) return true
    phase = stepNow()
    await (opts.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms))))(opts.pauseMs ?? pace.pauseMs)
    measureStep('pause', phase)
  }
}

/** Aborts the transaction `bind` is given at the reader's return (opts.onReaderReturn), remembering it did. */
function yieldOnReturn(opts: RunOptions) {
  let tx: Transaction | undefined
  let hasYielded = false
  const stop = opts.onReaderReturn?.(() => {
    hasYielded = true
    try {
      tx?.abort()
    } catch {
      // Already committing: the batch counts, the reader waits for its end as before.
    }
  })
  return {
    bind: (t: Transaction) => void (tx = t),
    hasYielded: () => hasYielded,
    stop: () => stop?.(),
  }
}
