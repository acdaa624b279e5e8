// Reads and writes the offline settings row, filling in defaults for fields a stored row lacks.
import { DEFAULT_SETTINGS, offlineDb, type OfflineSettings } from './tables'
import type { MeridianDb } from '../schema'

export async function getOfflineSettings(db: MeridianDb): Promise<OfflineSettings> {
  const row = await offlineDb(db).offlineSettings.get('settings')
  return { ...DEFAULT_SETTINGS, ...row, key: 'settings' }
}

export async function updateOfflineSettings(db: MeridianDb, patch: Partial<Omit<OfflineSettings, 'key'>>): Promise<OfflineSettings> {
  const table = offlineDb(db).offlineSettings
  return db.transaction('rw', table, async () => {
    const next: OfflineSettings = { ...(await getOfflineSettings(db)), ...patch, key: 'settings' }
    if (patch.pausedReason === undefined && 'pausedReason' in patch) delete next.pausedReason
    await table.put(next)
    return next
  })
}
