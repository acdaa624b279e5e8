// The reader's reading settings and theme, persisted in localStorage so they survive restarts. UI state only.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

export type Theme = 'system' | 'light' | 'dark'
export type FontFamily = 'sans' | 'serif'
export type LineWidth = 'narrow' | 'medium' | 'wide'

export interface ReadingSettings {
  /** Reader text size in px. */
  fontSize: number
  fontFamily: FontFamily
  lineWidth: LineWidth
  theme: Theme
  set(patch: Partial<Pick<ReadingSettings, 'fontSize' | 'fontFamily' | 'lineWidth' | 'theme'>>): void
}

export const FONT_SIZES = { min: 14, max: 26, step: 1, initial: 18 }
export const LINE_WIDTHS: Record<LineWidth, string> = { narrow: '34rem', medium: '42rem', wide: '54rem' }

const clampSize = (n: number) => Math.min(FONT_SIZES.max, Math.max(FONT_SIZES.min, Math.round(n)))

export const useReadingSettings = create<ReadingSettings>()(
  persist(
    (set) => ({
      fontSize: FONT_SIZES.initial,
      fontFamily: 'serif',
      lineWidth: 'medium',
      theme: 'system',
      set: (patch) => set(patch.fontSize === undefined ? patch : { ...patch, fontSize: clampSize(patch.fontSize) }),
    }),
    {
      name: 'meridian.reading-settings',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ fontSize, fontFamily, lineWidth, theme }) => ({ fontSize, fontFamily, lineWidth, theme }),
    },
  ),
)

/** Applies the theme to the document: an explicit choice sets data-theme, 'system' leaves it to the OS. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
}
