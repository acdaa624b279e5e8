// A context menu's items as Electron menu templates (plain data, tested in Node), and the one answer a popup
// gives: the chosen id, or null once the menu closed without a choice.
import type { ContextMenuItem } from '../../shared/context-menu'

export type ContextMenuTemplate = { type: 'separator' } | { label: string; enabled: boolean; click(): void }

/** Templates whose click reports the item (and its text to copy, if any). */
export function contextMenuTemplate(items: ContextMenuItem[], choose: (item: Extract<ContextMenuItem, { type: 'item' }>) => void): ContextMenuTemplate[] {
  return items.map((item) => (item.type === 'separator' ? { type: 'separator' } : { label: item.label, enabled: item.enabled !== false, click: () => choose(item) }))
}

/** Settles once: Electron calls the popup's close callback as well as the chosen item's click, in either order
 *  depending on the platform, so the close waits a turn before it may say "nothing chosen". */
export function popupAnswer(defer: (fn: () => void) => void = (fn) => setTimeout(fn, 0)) {
  let settle: (id: string | null) => void = () => {}
  const answer = new Promise<string | null>((resolve) => {
    let isSettled = false
    settle = (id) => {
      if (isSettled) return
      isSettled = true
      resolve(id)
    }
  })
  return { answer, choose: (id: string) => settle(id), closed: () => defer(() => settle(null)) }
}
