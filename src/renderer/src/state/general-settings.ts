// The reader's general choices, kept in localStorage: how often feeds are refreshed, how many downloads run at
// once, how many items a poll takes, and what happens when Meridian starts. UI state only; general-settings-apply.ts hands them to the engine.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

/** At start: refresh every feed now, or let each feed wait for its own schedule. */
export type OnStart = 'refresh' | 'schedule'
/** The list shown at start. */
export type StartView = 'all' | 'unread'

export const REFRESH_CHOICES = [15, 30, 60, 120, 360, 1440] as const
export const CONCURRENCY_LIMITS = { min: 1, max: 16, initial: 6 }
/** Newest items taken from a feed at each poll. The initial choice is the engine's own default
 *  (DEFAULT_MAX_ITEMS_PER_POLL in core/newest-items.ts; a test keeps them equal), so it is not sent. */
export const ITEMS_PER_POLL = { choices: [100, 200, 500, 1000, 2000, 5000], initial: 500 } as const

export interface GeneralSettings {
  refreshMinutes: number
  concurrency: number
  onStart: OnStart
  startView: StartView
  itemsPerPoll: number
  set(patch: Partial<Pick<GeneralSettings, 'refreshMinutes' | 'concurrency' | 'onStart' | 'startView' | 'itemsPerPoll'>>): void
}

const clampConcurrency = (n: number) => Math.min(CONCURRENCY_LIMITS.max, Math.max(CONCURRENCY_LIMITS.min, Math.round(n)))

export const useGeneralSettings = create<GeneralSettings>()(
  persist(
    (set) => ({
      refreshMinutes: 30,
      concurrency: CONCURRENCY_LIMITS.initial,
      onStart: 'schedule',
      startView: 'all',
      itemsPerPoll: ITEMS_PER_POLL.initial,
      set: (patch) => set(patch.concurrency === undefined ? patch : { ...patch, concurrency: clampConcurrency(patch.concurrency) }),
    }),
    {
      name: 'meridian.general-settings',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ refreshMinutes, concurrency, onStart, startView, itemsPerPoll }) => ({ refreshMinutes, concurrency, onStart, startView, itemsPerPoll }),
    },
  ),
)
