import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { getOfflineSettings } from '../db'
import { useServices } from '../lib/services'
import { Dialog } from '../features/dialog/Dialog'
import { FeedDownloadModes } from './FeedDownloadModes'
import { cleanUp, resumeDownloads } from './downloads-control'
import { RetagButton } from '../features/tagging/RetagButton'
import { StorageSettingsFields } from './StorageSettingsFields'
import { StorageSummary } from './StorageSummary'

/** "Offline & storage": budget, retention, remote images, per-feed downloads, storage in use, clean up now. */
export function OfflineSettingsDialog({ onClose }: { onClose(): void }) {
  const { db, api } = useServices()
  const settings = useLiveQuery(() => getOfflineSettings(db), [db])
  const [report, setReport] = useState<string>()
  if (!settings) return null

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
      <StorageSettingsFields settings={settings} />
      <FeedDownloadModes settings={settings} />
      <h3>Tagging</h3>
      <RetagButton />
    </Dialog>
  )
}
