// Requests that came from outside the window (a feed: link, the application menu) and wait for the part of the
// UI that carries them out: the add-feed form's address, the settings dialog. UI state only.
import { create } from 'zustand'

interface OpenRequestsState {
  /** An address to put in the add-feed form when it opens. */
  feedUrl: string | null
  /** Incremented each time settings are asked for; the settings button opens on a change. */
  settingsAsked: number
  offerFeedUrl(url: string): void
  takeFeedUrl(): string | null
  askSettings(): void
}

export const useOpenRequests = create<OpenRequestsState>()((set, get) => ({
  feedUrl: null,
  settingsAsked: 0,
  offerFeedUrl: (feedUrl) => set({ feedUrl }),
  takeFeedUrl() {
    const url = get().feedUrl
    set({ feedUrl: null })
    return url
  },
  askSettings: () => set((s) => ({ settingsAsked: s.settingsAsked + 1 })),
}))
