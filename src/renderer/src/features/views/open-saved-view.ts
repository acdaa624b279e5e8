// `g` then 1–9: opens the saved view at that place in the sidebar.
import { listSavedViews, type MeridianDb } from '../../db'
import { openViewState } from './saved-view-state'

export async function openSavedViewAt(db: MeridianDb, place: number): Promise<boolean> {
  const view = (await listSavedViews(db))[place - 1]
  if (view) openViewState(view.state)
  return view !== undefined
}
