// The sidebar's Saved views: each opens the view as it was saved, with its unread count; rename, move, delete.
// The first nine open with `g` then their number.
import { useLiveQuery } from 'dexie-react-hooks'
import { useShallow } from 'zustand/react/shallow'
import { countViewUnread, deleteSavedView, listSavedViews, moveSavedView, renameSavedView, type SavedViewRow } from '../../db'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { useFeeds } from '../feeds/useFeeds'
import { SidebarItem } from './SidebarItem'
import { currentViewState, isSameState, openViewState, viewOfState } from './saved-view-state'

export function SavedViews() {
  const { db } = useServices()
  const feeds = useFeeds()
  const views = useLiveQuery(() => listSavedViews(db), [db])
  const current = useUi(useShallow(currentViewState))
  const counts = useLiveQuery(
    async () => Promise.all((views ?? []).map((v) => {
      const view = feeds && viewOfState(v.state, feeds)
      return view ? countViewUnread(db, view, v.state.query) : 0
    })),
    [db, views, feeds],
  )
  if (!views?.length) return null
  const move = (v: SavedViewRow, step: -1 | 1) => void moveSavedView(db, v.id, step)
  return (
    <section className="sidebar-list" aria-label="Saved views">
      <h3 className="sidebar-list-title">Saved views</h3>
      <ul className="smart-views">
        {views.map((v, i) => (
          <SidebarItem
            key={v.id}
            kind="Saved view"
            icon="⌕"
            name={v.name}
            hint={i < 9 ? `g ${i + 1}` : undefined}
            unread={counts?.[i] ?? 0}
            isCurrent={isSameState(current, v.state)}
            onOpen={() => openViewState(v.state)}
            onRename={(name) => void renameSavedView(db, v.id, name)}
            onDelete={() => void deleteSavedView(db, v.id)}
            tools={
              <>
                <button type="button" className="icon-button" aria-label={`Move saved view ${v.name} up`} disabled={i === 0} onClick={() => move(v, -1)}>
                  ↑
                </button>
                <button type="button" className="icon-button" aria-label={`Move saved view ${v.name} down`} disabled={i === views.length - 1} onClick={() => move(v, 1)}>
                  ↓
                </button>
              </>
            }
          />
        ))}
      </ul>
    </section>
  )
}
