// How the window is laid out, remembered across restarts: the sidebar's tab, which sidebar sections are folded,
// and pane widths the reader dragged. UI state only, in localStorage.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

export type SidebarTab = 'feeds' | 'filters'
export type PaneName = 'feeds' | 'articles'

export const PANE_LIMITS: Record<PaneName, { min: number; max: number }> = {
  feeds: { min: 180, max: 480 },
  articles: { min: 260, max: 720 },
}

export interface Layout {
  sidebarTab: SidebarTab
  /** Section id → folded. Sections absent here show open. */
  collapsed: Record<string, boolean>
  /** Widths in px the reader chose; absent = the default, which follows the window width (base.css). */
  widths: Partial<Record<PaneName, number>>
  setSidebarTab(tab: SidebarTab): void
  toggleSection(id: string): void
  setWidth(pane: PaneName, px: number): void
  resetWidth(pane: PaneName): void
}

const clamp = (pane: PaneName, px: number) => Math.round(Math.min(PANE_LIMITS[pane].max, Math.max(PANE_LIMITS[pane].min, px)))

export const useLayout = create<Layout>()(
  persist(
    (set) => ({
      sidebarTab: 'feeds',
      collapsed: {},
      widths: {},
      setSidebarTab: (sidebarTab) => set({ sidebarTab }),
      toggleSection: (id) => set((s) => ({ collapsed: { ...s.collapsed, [id]: !s.collapsed[id] } })),
      setWidth: (pane, px) => set((s) => ({ widths: { ...s.widths, [pane]: clamp(pane, px) } })),
      resetWidth: (pane) =>
        set((s) => {
          const widths = { ...s.widths }
          delete widths[pane]
          return { widths }
        }),
    }),
    {
      name: 'meridian.layout',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ sidebarTab, collapsed, widths }) => ({ sidebarTab, collapsed, widths }),
    },
  ),
)
