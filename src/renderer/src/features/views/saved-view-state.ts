// Between the UI state and a saved view: what "Save this view" keeps, how opening one restores it, and the View
// its unread count is read from.
import type { Feed, SavedViewState, View } from '../../db'
import { useUi, type UiState } from '../../state/ui-store'
import { scopeOf } from '../articles/useCurrentView'
import { feedIdsInFolder } from '../feeds/useFeeds'

export function currentViewState(ui: UiState = useUi.getState()): SavedViewState {
  const { selection, countries, topics, outlets, outletMode, includeMentions, unreadOnly, order, query } = ui
  return { selection, countries, topics, outlets, outletMode, includeMentions, unreadOnly, order, query }
}

/** Opens a saved view: the sidebar selection, every filter, the search words and the sort as they were saved. */
export function openViewState(state: SavedViewState): void {
  useUi.setState({
    selection: state.selection,
    countries: state.countries as UiState['countries'],
    topics: state.topics as UiState['topics'],
    outlets: state.outlets as UiState['outlets'],
    outletMode: state.outletMode,
    includeMentions: state.includeMentions,
    unreadOnly: state.unreadOnly,
    order: state.order,
    query: state.query,
    selectedArticleId: null,
    // A view is saved without the articles rules hide; "Show hidden" is a look behind it, not part of it.
    showHidden: false,
  })
}

/** True when the UI shows exactly this saved view. */
export function isSameState(a: SavedViewState, b: SavedViewState): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

export function viewOfState(state: SavedViewState, feeds: Feed[]): View | undefined {
  const folderIds = state.selection.kind === 'folder' ? feedIdsInFolder(feeds, state.selection.path) : undefined
  const scope = scopeOf(state.selection, folderIds)
  if (!scope) return undefined
  const outlets = state.outletMode === 'exclude' ? { excludeOutlets: state.outlets as View['outlets'] } : { outlets: state.outlets as View['outlets'] }
  return { scope, unreadOnly: state.unreadOnly, countries: state.countries as View['countries'], topics: state.topics as View['topics'], ...outlets, includeMentions: state.includeMentions }
}
