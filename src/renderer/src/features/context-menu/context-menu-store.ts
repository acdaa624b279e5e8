// The in-app context menu that is open, if any (browser mode, where no native menu exists). UI state only.
import { create } from 'zustand'
import type { ContextMenuItem } from '../../../../shared/context-menu'

interface OpenContextMenu {
  items: ContextMenuItem[]
  /** The menu's accessible name: "Actions for <title>". */
  label: string
  x: number
  y: number
  answer(id: string | null): void
}

interface ContextMenuState {
  menu: OpenContextMenu | null
  open(menu: OpenContextMenu): void
  /** Closes the menu with the chosen id, or null when dismissed. */
  close(chosen: string | null): void
}

export const useContextMenu = create<ContextMenuState>()((set, get) => ({
  menu: null,
  open(menu) {
    get().menu?.answer(null) // a second right-click replaces the first menu
    set({ menu })
  },
  close(chosen) {
    const menu = get().menu
    set({ menu: null })
    menu?.answer(chosen)
  },
}))
