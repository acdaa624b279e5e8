import { useRef, useState } from 'react'
import type { View } from '../../db'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { Popover } from '../dialog/Popover'
import { AGE_LABELS, markViewRead, type Age } from './mark-all-read'

/** "Mark older than…": a day, a week or a month, for the current view (its search hits while searching). */
export function MarkOlderMenu({ view }: { view: View | undefined }) {
  const { db } = useServices()
  const showToast = useUi((s) => s.showToast)
  const query = useUi((s) => s.query)
  const [isOpen, setOpen] = useState(false)
  const anchor = useRef<HTMLButtonElement>(null)
  function mark(age: Age) {
    setOpen(false)
    if (view) void markViewRead(db, view, showToast, query, age)
  }
  return (
    <>
      {/* Beside "Mark all as read" as its drop-down half: the header stays on one line in a 400 px pane. */}
      <button
        ref={anchor}
        type="button"
        className="split-toggle"
        disabled={!view}
        aria-expanded={isOpen}
        aria-label="Mark older as read…"
        title="Mark older as read…"
        onClick={() => setOpen(!isOpen)}
      >
        ▾
      </button>
      {isOpen && (
        <Popover anchor={anchor} label="Mark as read: articles older than" className="menu" onClose={() => setOpen(false)}>
          {(Object.keys(AGE_LABELS) as Age[]).map((age) => (
            <button key={age} type="button" onClick={() => mark(age)}>
              {AGE_LABELS[age]}
            </button>
          ))}
        </Popover>
      )}
    </>
  )
}
