// "Save view" in the list header: names the current view (scope, filters, search words, unread only, sort) and
// adds it to the sidebar.
import { useRef, useState, type FormEvent } from 'react'
import { saveView } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { Popover } from '../dialog/Popover'
import { currentViewState } from './saved-view-state'

const logger = log.scope('saved-views')

export function SaveViewButton({ suggestedName }: { suggestedName: string }) {
  const { db } = useServices()
  const [isOpen, setOpen] = useState(false)
  const [name, setName] = useState('')
  const button = useRef<HTMLButtonElement>(null)
  const showToast = useUi((s) => s.showToast)
  async function save(e: FormEvent) {
    e.preventDefault()
    const row = await saveView(db, name || suggestedName, currentViewState())
    setOpen(false)
    showToast({ message: `Saved the view "${row.name}"` })
  }
  return (
    <>
      <button ref={button} type="button" aria-expanded={isOpen} onClick={() => {
        setName(suggestedName)
        setOpen(!isOpen)
      }}>
        Save view
      </button>
      {isOpen && (
        <Popover anchor={button} label="Save this view" onClose={() => setOpen(false)}>
          <form className="save-view-form" onSubmit={(e) => void save(e).catch((err: unknown) => logger.error('could not save the view', err))}>
            <label>
              Name of the view
              <input type="text" value={name} maxLength={100} data-autofocus onChange={(e) => setName(e.target.value)} />
            </label>
            <button type="submit" className="primary">
              Save
            </button>
          </form>
        </Popover>
      )}
    </>
  )
}
