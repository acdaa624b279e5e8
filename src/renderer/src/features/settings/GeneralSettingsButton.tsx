import { useState } from 'react'
import { GeneralSettingsDialog } from './GeneralSettingsDialog'

/** Opens General settings. */
export function GeneralSettingsButton() {
  const [isOpen, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        General settings
      </button>
      {isOpen && <GeneralSettingsDialog onClose={() => setOpen(false)} />}
    </>
  )
}
