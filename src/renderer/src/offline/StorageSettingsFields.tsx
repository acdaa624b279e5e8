import { useLiveQuery } from 'dexie-react-hooks'
import { getOfflineSettings, updateOfflineSettings, type OfflineSettings } from '../db'
import { useServices } from '../lib/services'

const MB = 1024 * 1024

/** The storage part of the settings screen (General settings). */
export function StorageSettingsSection() {
  const { db } = useServices()
  const settings = useLiveQuery(() => getOfflineSettings(db), [db])
  return (
    <section aria-label="Storage" className="settings-section">
      <h3>Storage</h3>
      {settings && <StorageSettingsFields settings={settings} />}
      <p className="hint-text">Per-feed downloads, storage in use and clean-up: "Offline & storage" below the feeds.</p>
    </section>
  )
}

/** Storage budget, retention and image choices; shown in "Offline & storage" and in General settings. */
export function StorageSettingsFields({ settings }: { settings: OfflineSettings }) {
  const { db } = useServices()
  const save = (patch: Partial<Omit<OfflineSettings, 'key'>>) => void updateOfflineSettings(db, patch)
  const positive = (value: string, apply: (n: number) => void) => {
    const n = Number(value)
    if (Number.isFinite(n) && n >= 1) apply(Math.round(n))
  }
  return (
    <>
      <label>
        Image storage budget (MB)
        <input type="number" min={10} defaultValue={Math.round(settings.budgetBytes / MB)} onBlur={(e) => positive(e.target.value, (n) => save({ budgetBytes: n * MB }))} />
      </label>
      <label>
        Keep read articles (days)
        <input type="number" min={1} defaultValue={settings.keepReadDays} onBlur={(e) => positive(e.target.value, (n) => save({ keepReadDays: n }))} />
      </label>
      <label>
        Keep at most, per feed
        <input type="number" min={1} defaultValue={settings.maxPerFeed} onBlur={(e) => positive(e.target.value, (n) => save({ maxPerFeed: n }))} />
      </label>
      <label className="check-row">
        <input type="checkbox" checked={settings.capDeletesUnread === true} onChange={(e) => save({ capDeletesUnread: e.target.checked })} />
        Let this limit delete unread articles too
      </label>
      <p className="hint-text">Off: a feed may keep more than the limit until you have read its articles. Starred articles are always kept.</p>
      <label className="check-row">
        <input type="checkbox" checked={settings.loadRemoteImages} onChange={(e) => save({ loadRemoteImages: e.target.checked })} />
        Load remote images (never while offline)
      </label>
      <label className="check-row">
        <input type="checkbox" checked={settings.downloadImages} onChange={(e) => save({ downloadImages: e.target.checked })} />
        Download images for offline reading
      </label>
    </>
  )
}
