// Starts the library's data migrations (db/data-migrations.ts) after start-up, and holds what the UI shows of them:
// their progress (read live from their rows) and the error that stopped them, if one did.
import { useLiveQuery } from 'dexie-react-hooks'
import { create } from 'zustand'
import { migrationProgress, runDataMigrations, type MeridianDb, type MigrationProgress } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'
import { isQuotaError } from '../../offline/quota'
import { watchReaderActivity } from './reader-activity'

const logger = log.scope('upgrade')

export const useMigrationError = create<{ error?: string }>(() => ({}))

/** Runs the steps a schema upgrade left, pacing the background ones by the reader's activity; a failure stops them
 *  (they resume at the next start) and is shown. Resolves once every step but the clean-ups is done (emptying stores
 *  nothing else reads: they go on, and what waits for the upgrade need not wait for them), or when the steps stop. */
export function startDataMigrations(db: MeridianDb): Promise<void> {
  const activity = watchReaderActivity()
  return new Promise((ready) => {
    void runDataMigrations(db, { isReaderActive: activity.isReaderActive, onReaderReturn: activity.onReaderReturn, onReady: ready })
      .finally(activity.stop)
      .then(
        () => undefined,
        (err: unknown) => {
          logger.error('the library upgrade stopped', err)
          useMigrationError.setState({ error: describeFailure(err) })
        },
      )
      .finally(ready)
  })
}

/** Live progress; undefined until first read. */
export function useMigrationProgress(): MigrationProgress | undefined {
  const { db } = useServices()
  return useLiveQuery(() => migrationProgress(db), [db])
}

export function percentOf(p: MigrationProgress): number {
  return Math.min(99, Math.floor((p.done / Math.max(1, p.total)) * 100))
}

/** One line for the reader: a full disk in words they can act on, anything else by its first line. */
function describeFailure(err: unknown): string {
  if (isQuotaError(err)) return 'the disk is full: free some space'
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]
}
