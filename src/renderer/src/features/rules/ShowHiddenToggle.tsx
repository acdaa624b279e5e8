// "Show hidden": lists the articles rules hid among the others (still uncounted); shown once something is hidden.
import { useLiveQuery } from 'dexie-react-hooks'
import { countHidden } from '../../db'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'

export function ShowHiddenToggle() {
  const { db } = useServices()
  const showHidden = useUi((s) => s.showHidden)
  const setShowHidden = useUi((s) => s.setShowHidden)
  const hidden = useLiveQuery(() => countHidden(db), [db])
  if (!hidden && !showHidden) return null
  return (
    <label className="checkbox" title="Articles your rules and muted words hide">
      <input type="checkbox" checked={showHidden} onChange={(e) => setShowHidden(e.target.checked)} />
      Show hidden ({hidden ?? 0})
    </label>
  )
}
