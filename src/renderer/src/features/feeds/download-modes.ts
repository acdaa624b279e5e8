// The per-feed "Download full articles" choices and how a change is saved, shared by the feed's menu and the
// Offline & storage dialog.
import type { FullTextMode } from '../../../../shared/model'
import { updateOfflineSettings, type OfflineSettings, type MeridianDb } from '../../db'

export const DOWNLOAD_MODES: { value: FullTextMode; label: string }[] = [
  { value: 'auto', label: 'When the feed has only a teaser' },
  { value: 'always', label: 'Always' },
  { value: 'never', label: 'Never' },
]

export function saveDownloadMode(db: MeridianDb, settings: OfflineSettings, feedId: string, mode: FullTextMode): Promise<unknown> {
  const feedModes = { ...settings.feedModes, [feedId]: mode }
  if (mode === 'auto') delete feedModes[feedId]
  return updateOfflineSettings(db, { feedModes })
}
