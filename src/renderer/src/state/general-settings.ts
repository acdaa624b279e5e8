// The reader's general choices, kept in localStorage: how often feeds are refreshed, how many downloads run at
// once, and what happens when Meridian starts. UI state only; general-settings-apply.ts hands them to the engine.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

/** At start: refresh every feed now, or let each feed wait for its own schedule. */
export type OnStart = 'refresh' | 'schedule'
/** The list shown at start. */
export type StartView = 'all' | 'unread'

export const REFRESH_CHOICES = [15, 30, 60, 120, 360, 1440] as const
export const CONCURRENCY_LIMITS = { min: 1, max: 16, initial: 6 }

export interface GeneralSettings {
  refreshMinutes: number
  concurrency: number
  onStart: OnStart
  startView: StartView
  set(patch: Partial<Pick<GeneralSettings, 'refreshMinutes' | 'concurrency' | 'onStart' | 'startView'>>): void
}

const clampConcurrency = (n: number) => Math.min(CONCURRENCY_LIMITS.max, Math.max(CONCURRENCY_LIMITS.min, Math.round(n)))

export const useGeneralSettings = create<GeneralSettings>()(
  persist(
    (set) => ({
      refreshMinutes: 30,
      concurrency: CONCURRENCY_LIMITS.initial,
      onStart: 'schedule',
      startView: 'all',
      set: (patch) => set(patch.concurrency === undefined ? patch : { ...patch, concurrency: clampConcurrency(patch.concurrency) }),
    }),
    {
      name: 'meridian.general-settings',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ refreshMinutes, concurrency, onStart, startView }) => ({ refreshMinutes, concurrency, onStart, startView }),
    },
  ),
)
