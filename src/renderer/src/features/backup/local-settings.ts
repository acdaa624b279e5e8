// The UI's persisted choices travel in backups: every localStorage key of ours starts with "meridian.".
const PREFIX = 'meridian.'
/** Kept out of backups: when the last automatic backup ran is this profile's own business. */
const LOCAL_ONLY = new Set(['meridian.auto-backup'])

export function readLocalSettings(storage: Storage = localStorage): Record<string, string> {
  const out: Record<string, string> = {}
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i)
    if (key?.startsWith(PREFIX) && !LOCAL_ONLY.has(key)) out[key] = storage.getItem(key) ?? ''
  }
  return out
}

export function writeLocalSettings(settings: Record<string, string>, storage: Storage = localStorage): number {
  let written = 0
  for (const [key, value] of Object.entries(settings)) {
    if (!key.startsWith(PREFIX) || LOCAL_ONLY.has(key)) continue
    storage.setItem(key, value)
    written++
  }
  return written
}
