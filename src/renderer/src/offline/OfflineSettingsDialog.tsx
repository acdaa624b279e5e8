import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { getOfflineSettings, updateOfflineSettings, type OfflineSettings } from '../db'
import { useServices } from '../lib/services'
import { Dialog } from '../features/dialog/Dialog'
import { FeedDownloadModes } from './FeedDownloadModes'
import { cleanUp, resumeDownloads } from './downloads-control'
import { RetagButton } from '../features/tagging/RetagButton'
import { StorageSummary } from './StorageSummary'

const MB = 1024 * 1024

/** "Offline & storage": budget, retention, remote images, per-feed downloads, storage in use, clean up now. */
export function OfflineSettingsDialog({ onClose }: { onClose(): void }) {
  const { db, api } = useServices()
  const settings = useLiveQuery(() => getOfflineSettings(db), [db])
  const [report, setReport] = useState<string>()
  if (!settings) return null

  const save = (patch: Partial<Omit<OfflineSettings, 'key'>>) => void updateOfflineSettings(db, patch)
  const positive = (value: string, apply: (n: number) => void) => {
    const n = Number(value)
    if (Number.isFinite(n) && n >= 1) apply(Math.round(n))
  }
  async function cleanUpNow() {
    setReport('Cleaning up…')
    try {
      const r = await cleanUp(db)
      setReport(`Deleted ${r.deletedByAge + r.deletedByFeedCap} old article(s); dropped the images of ${r.imagesEvictedFrom} article(s) to stay within the budget.`)
    } catch (err) {
      setReport(`Clean-up failed: ${err instanceof Error ? err.message : String(err)}`)
    }
  }

  return (
    <Dialog title="Offline & storage" label="Offline and storage" isOpen onClose={onClose}>
      {settings.pausedReason && (
        <div role="alert" className="error-text">
          <p>{settings.pausedReason}</p>
          <button type="button" onClick={() => void resumeDownloads(db, api)}>
            Resume downloads
          </button>
        </div>
      )}
      <StorageSummary budgetBytes={settings.budgetBytes} />
      <button type="button" onClick={() => void cleanUpNow()}>
        Clean up now
      </button>
      {report && <p role="status">{report}</p>}
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
      <label>
        <input type="checkbox" checked={settings.capDeletesUnread === true} onChange={(e) => save({ capDeletesUnread: e.target.checked })} />
        Let this limit delete unread articles too
      </label>
      <p className="hint-text">Off: a feed may keep more than the limit until you have read its articles. Starred articles are always kept.</p>
      <label>
        <input type="checkbox" checked={settings.loadRemoteImages} onChange={(e) => save({ loadRemoteImages: e.target.checked })} />
        Load remote images (never while offline)
      </label>
      <label>
        <input type="checkbox" checked={settings.downloadImages} onChange={(e) => save({ downloadImages: e.target.checked })} />
        Download images for offline reading
      </label>
      <FeedDownloadModes settings={settings} />
      <h3>Tagging</h3>
      <RetagButton />
    </Dialog>
  )
}
