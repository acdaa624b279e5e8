import { useEffect, useState } from 'react'
import { useOpenRequests } from '../../state/open-requests'
import { GeneralSettingsDialog } from './GeneralSettingsDialog'

/** Opens General settings (also from the application menu's Settings…). */
export function GeneralSettingsButton() {
  const [isOpen, setOpen] = useState(false)
  const asked = useOpenRequests((s) => s.settingsAsked)
  useEffect(() => {
    if (asked > 0) setOpen(true)
  }, [asked])
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        General settings
      </button>
      {isOpen && <GeneralSettingsDialog onClose={() => setOpen(false)} />}
    </>
  )
}
