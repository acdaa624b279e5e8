// UI state only: what is selected and how the list is filtered. Article and feed data come from Dexie live
// queries, never from here, so there is one source of truth.
import { create } from 'zustand'
import type { ArticleFilter } from '../db/queries'

export type ListOrder = 'newest' | 'oldest'

export interface UiState {
  /** null = all feeds. */
  selectedFeedId: string | null
  selectedArticleId: string | null
  filter: Omit<ArticleFilter, 'feedId'>
  order: ListOrder
  selectFeed(feedId: string | null): void
  selectArticle(articleId: string | null): void
  setFilter(patch: Partial<UiState['filter']>): void
  setOrder(order: ListOrder): void
}

export const useUi = create<UiState>()((set) => ({
  selectedFeedId: null,
  selectedArticleId: null,
  filter: {},
  order: 'newest',
  selectFeed: (selectedFeedId) => set({ selectedFeedId, selectedArticleId: null }),
  selectArticle: (selectedArticleId) => set({ selectedArticleId }),
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  setOrder: (order) => set({ order }),
}))
