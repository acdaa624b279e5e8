// The sidebar's Labels section: each label is a view of its articles, with its unread count; rename and delete.
import { deleteLabel, labelCounts, renameLabel } from '../../db'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { SidebarItem } from '../views/SidebarItem'
import { useLabels } from './useLabels'
import { useSideLiveQuery } from '../../lib/use-paced-live-query'

export function LabelViews() {
  const { db } = useServices()
  const labels = useLabels()
  const selection = useUi((s) => s.selection)
  const select = useUi((s) => s.select)
  const ids = (labels ?? []).map((l) => l.id).join(',')
  const counts = useSideLiveQuery(() => labelCounts(db, ids ? ids.split(',') : []), [db, ids])
  if (!labels?.length) return null
  return (
    <section className="sidebar-list" aria-label="Labels">
      <h3 className="sidebar-list-title">Labels</h3>
      <ul className="smart-views">
        {labels.map((l) => {
          const isCurrent = selection.kind === 'label' && selection.labelId === l.id
          return (
            <SidebarItem
              key={l.id}
              kind="Label"
              icon="#"
              name={l.name}
              unread={counts?.get(l.id)?.unread ?? 0}
              isCurrent={isCurrent}
              onOpen={() => select({ kind: 'label', labelId: l.id })}
              onRename={(name) => void renameLabel(db, l.id, name)}
              onDelete={() => {
                if (!window.confirm(`Delete the label "${l.name}"? Its articles stay.`)) return
                if (isCurrent) select({ kind: 'all' })
                void deleteLabel(db, l.id)
              }}
            />
          )
        })}
      </ul>
    </section>
  )
}
