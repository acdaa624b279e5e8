// Row types of the saved views and labels tables (schema version 22, issue 19). Types only.

/** The sidebar selection a saved view opens, as the UI state writes it. */
type SavedSelection =
  | { kind: 'all' | 'unread' | 'today' | 'starred' }
  | { kind: 'feed'; feedId: string }
  | { kind: 'folder'; path: string }
  | { kind: 'label'; labelId: string }

/** Everything "Save this view" keeps: scope, filters, search words, unread only, sort. */
export interface SavedViewState {
  selection: SavedSelection
  countries: string[]
  topics: string[]
  outlets: string[]
  outletMode: 'include' | 'exclude'
  includeMentions: boolean
  unreadOnly: boolean
  order: 'newest' | 'oldest'
  query: string
}

export interface SavedViewRow {
  id: string
  name: string
  /** Sidebar position, ascending; the first nine open with `g` then 1–9. */
  order: number
  state: SavedViewState
}

export interface LabelRow {
  id: string
  name: string
  order: number
}
