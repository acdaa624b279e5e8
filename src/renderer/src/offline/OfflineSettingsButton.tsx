import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { getOfflineSettings } from '../db'
import { useServices } from '../lib/services'
import { OfflineSettingsDialog } from './OfflineSettingsDialog'
import './offline.css'

/** Opens "Offline & storage"; flags a full disk so the reader learns why downloads stopped. */
export function OfflineSettingsButton() {
  const { db } = useServices()
  const [isOpen, setOpen] = useState(false)
  const isPaused = useLiveQuery(async () => !!(await getOfflineSettings(db)).pausedReason, [db])
  return (
    <>
      <button type="button" className="offline-settings-button" onClick={() => setOpen(true)}>
        {isPaused ? '⚠ Storage full' : 'Offline & storage'}
      </button>
      {isOpen && <OfflineSettingsDialog onClose={() => setOpen(false)} />}
    </>
  )
}
