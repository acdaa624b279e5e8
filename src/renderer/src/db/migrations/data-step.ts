// What a data step is: the part of a schema upgrade that rewrites data (backfills, rebuilds of derived tables), run
// after the database opened, one batch per transaction, by db/data-migrations.ts. Each step is frozen like the
// versionchange upgrades: it calls no helper that a later version changes.
import type { Dexie, Table } from 'dexie'

export interface BatchOutcome {
  /** Where the next batch starts (the last key done); kept in the step's `migrations` row. */
  cursor?: string
  /** Units of work done by this batch (articles, for every step so far). */
  count: number
  done: boolean
}

export interface DataStep {
  /** The key of its `migrations` row; never changes once shipped. */
  name: string
  /** Tables a batch reads or writes; the runner opens them (and `migrations`) in one 'rw' transaction per batch. */
  tables: readonly string[]
  /** Nothing the reader sees depends on it (a clean-up): it runs last and the progress notice leaves it out. */
  isBackground?: boolean
  /** Empties a store that nothing but the step reads or writes (schema 14's tag rows, schema 30's forward rows): such
   *  steps run after every other, and what waits for the upgrade (the start-up re-tag) does not wait for them. */
  isCleanup?: boolean
  /** Units of work, for the progress notice (an estimate is enough). */
  size(db: Dexie): Promise<number>
  /** One batch of at most `limit` units after `cursor` (undefined: from the start), inside the runner's transaction. */
  batch(db: Dexie, cursor: string | undefined, limit: number): Promise<BatchOutcome>
}

/** Up to `limit` rows after `cursor`, in primary-key order: every step that walks a table walks it this way, so a
 *  resumed step starts right after the last key it committed. */
export function pageAfter<T>(table: Table<T, string>, cursor: string | undefined, limit: number): Promise<T[]> {
  return (cursor === undefined ? table.orderBy(':id') : table.where(':id').above(cursor)).limit(limit).toArray()
}

/** The outcome of a batch over `page`, keyed by `keyOf`. */
export function outcomeOf<T>(page: T[], limit: number, keyOf: (row: T) => string): BatchOutcome {
  return { cursor: page.length ? keyOf(page[page.length - 1]) : undefined, count: page.length, done: page.length < limit }
}
