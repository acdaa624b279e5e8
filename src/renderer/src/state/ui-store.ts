// UI state only: what the sidebar selects, how the list is filtered and ordered, which article is open, which
// dialog shows. Article and feed data come from Dexie live queries, never from here, so there is one source of
// truth. The View the database reads is derived from this (features/articles/useCurrentView.ts).
import { create } from 'zustand'
import type { CountryCode, TopicId } from '../../../shared/model'

type ListOrder = 'newest' | 'oldest'

export type Selection =
  | { kind: 'all' | 'unread' | 'today' | 'starred' }
  | { kind: 'feed'; feedId: string }
  | { kind: 'folder'; path: string }
  | { kind: 'label'; labelId: string }

export type FacetName = 'countries' | 'topics' | 'outlets'
/** How the ticked outlet countries filter: any of them, or none of them ("from outlets outside Brazil"). */
type OutletMode = 'include' | 'exclude'
type Dialog = 'help' | 'add-feed' | 'rules' | null

/** A short message at the bottom of the list, with an undo when the action can be taken back. */
export interface Toast {
  message: string
  undo?(): Promise<void>
}

export interface UiState {
  selection: Selection
  unreadOnly: boolean
  countries: CountryCode[]
  topics: TopicId[]
  outlets: CountryCode[]
  outletMode: OutletMode
  /** The country filter and its counts also take articles that only mention a country (off: the `about` tier only). */
  includeMentions: boolean
  /** Also list the articles rules hid (issue 19). */
  showHidden: boolean
  order: ListOrder
  selectedArticleId: string | null
  dialog: Dialog
  toast: Toast | null
  /** viewKey of the list the article pane has painted: slower work for the same view (facet counts) waits for it,
   *  so it never delays the first rows. */
  paintedViewKey: string
  /** The article search as typed ('' = no search); it narrows the current view (features/search). */
  query: string
  select(selection: Selection): void
  selectArticle(articleId: string | null): void
  toggleFacet(facet: FacetName, value: string): void
  /** Shows only this value of the facet (a chip clicked in the reader). */
  setFacet(facet: FacetName, values: string[]): void
  clearFilters(): void
  setOutletMode(outletMode: OutletMode): void
  setIncludeMentions(includeMentions: boolean): void
  setShowHidden(showHidden: boolean): void
  setUnreadOnly(unreadOnly: boolean): void
  setOrder(order: ListOrder): void
  openDialog(dialog: Dialog): void
  showToast(toast: Toast | null): void
  setPaintedViewKey(key: string): void
  setQuery(query: string): void
}

export const useUi = create<UiState>()((set) => ({
  selection: { kind: 'all' },
  unreadOnly: false,
  countries: [],
  topics: [],
  outlets: [],
  outletMode: 'include',
  includeMentions: false,
  showHidden: false,
  order: 'newest',
  selectedArticleId: null,
  dialog: null,
  toast: null,
  paintedViewKey: '',
  query: '',
  select: (selection) => set({ selection, selectedArticleId: null }),
  selectArticle: (selectedArticleId) => set({ selectedArticleId }),
  toggleFacet: (facet, value) =>
    set((s) => {
      const current = s[facet] as string[]
      return { [facet]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] }
    }),
  setFacet: (facet, values) => set({ [facet]: values }),
  clearFilters: () => set({ countries: [], topics: [], outlets: [], outletMode: 'include', includeMentions: false, unreadOnly: false }),
  setOutletMode: (outletMode) => set({ outletMode }),
  setIncludeMentions: (includeMentions) => set({ includeMentions }),
  setShowHidden: (showHidden) => set({ showHidden }),
  setUnreadOnly: (unreadOnly) => set({ unreadOnly }),
  setOrder: (order) => set({ order }),
  openDialog: (dialog) => set({ dialog }),
  showToast: (toast) => set({ toast }),
  setPaintedViewKey: (paintedViewKey) => set({ paintedViewKey }),
  setQuery: (query) => set({ query }),
}))
