// Shows a context menu and resolves with the chosen action: the native menu where main has one (the desktop app,
// which also copies any text the item carries), otherwise the in-app menu (browser mode).
import type { MouseEvent } from 'react'
import type { NewsApi } from '../../../../shared/api'
import type { ContextMenuItem } from '../../../../shared/context-menu'
import { log } from '../../lib/log'
import { useContextMenu } from './context-menu-store'

const logger = log.scope('context-menu')

/** Where a menu opens: the pointer, or the element's corner when the keyboard (Shift+F10, the Menu key) opened it. */
export function menuPosition(event: MouseEvent<HTMLElement>): { x: number; y: number } {
  if (event.clientX !== 0 || event.clientY !== 0) return { x: event.clientX, y: event.clientY }
  const box = event.currentTarget.getBoundingClientRect()
  return { x: box.left + 16, y: box.top + box.height / 2 }
}

export async function showContextMenu(api: NewsApi, items: ContextMenuItem[], label: string, at: { x: number; y: number }): Promise<string | null> {
  const answer = await api.showContextMenu(items).catch((err: unknown) => {
    logger.warn(`native context menu failed, showing the in-app one: ${err instanceof Error ? err.message : String(err)}`)
    return { shown: false, chosen: null }
  })
  if (answer.shown) return answer.chosen
  const chosen = await new Promise<string | null>((resolve) => useContextMenu.getState().open({ items, label, ...at, answer: resolve }))
  const item = items.find((i) => i.type === 'item' && i.id === chosen)
  if (item?.type === 'item' && item.copyText !== undefined) await copyText(item.copyText)
  return chosen
}

async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
  } catch (err) {
    logger.warn(`could not copy to the clipboard: ${err instanceof Error ? err.message : String(err)}`)
  }
}
