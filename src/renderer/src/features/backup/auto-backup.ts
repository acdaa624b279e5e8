// The weekly automatic backup (issue 19): at start and every few hours, when the last one is a week old, the library
// is exported without article texts (states, feeds, settings, starred and corrected articles) and handed to the
// main process, which writes it to the app's data folder and keeps the newest four.
import type { NewsApi } from '../../../../shared/api'
import { exportLibrary, isIngestBursting, type MeridianDb } from '../../db'
import { log } from '../../lib/log'
import { readLocalSettings } from './local-settings'

const logger = log.scope('backup')
export const AUTO_BACKUP_KEY = 'meridian.auto-backup'
const WEEK_MS = 7 * 24 * 3600_000
const CHECK_EVERY_MS = 6 * 3600_000
/** A check that finds results being stored waits this long and looks again. */
export const AUTO_BACKUP_RETRY_MS = 30_000

export interface AutoBackupState {
  /** Epoch ms of the last automatic backup written. */
  lastAt?: number
  lastFile?: string
  lastError?: string
}

export function readAutoBackupState(storage: Storage = localStorage): AutoBackupState {
  try {
    return JSON.parse(storage.getItem(AUTO_BACKUP_KEY) ?? '{}') as AutoBackupState
  } catch {
    return {}
  }
}

/** Writes an automatic backup when the last one is at least a week old (or `force`); returns the new state. */
export async function runAutoBackup(db: MeridianDb, api: Pick<NewsApi, 'saveAutomaticBackup'>, opts: { now?: number; force?: boolean; storage?: Storage } = {}): Promise<AutoBackupState> {
  const storage = opts.storage ?? localStorage
  const now = opts.now ?? Date.now()
  const state = readAutoBackupState(storage)
  if (!opts.force && state.lastAt !== undefined && now - state.lastAt < WEEK_MS) return state
  const file = await exportLibrary(db, { articles: false, local: readLocalSettings(storage), now: new Date(now) })
  const result = await api.saveAutomaticBackup(JSON.stringify(file))
  const next: AutoBackupState = result.ok ? { lastAt: now, lastFile: result.value.file } : { ...state, lastError: result.error.message }
  storage.setItem(AUTO_BACKUP_KEY, JSON.stringify(next))
  return next
}

/** Checks at start and every six hours; returns a stop function. A check waits while results are being stored: the
 *  export reads every article row, and a first refresh of 300 feeds met it a minute after the start. */
export function startAutoBackup(db: MeridianDb, api: Pick<NewsApi, 'saveAutomaticBackup'>): () => void {
  let retry: ReturnType<typeof setTimeout> | undefined
  const check = () => {
    clearTimeout(retry)
    if (isIngestBursting()) retry = setTimeout(check, AUTO_BACKUP_RETRY_MS)
    else void runAutoBackup(db, api).catch((err: unknown) => logger.warn('automatic backup failed', err))
  }
  const first = setTimeout(check, 60_000) // after the start's own work
  const timer = setInterval(check, CHECK_EVERY_MS)
  return () => {
    clearTimeout(first)
    clearTimeout(retry)
    clearInterval(timer)
  }
}
