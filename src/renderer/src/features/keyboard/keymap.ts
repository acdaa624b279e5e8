// Which key press means which action; the table itself is shared with the application menu (shared/shortcuts.ts).
import { SHORTCUTS, type KeyAction } from '../../../../shared/shortcuts'

export { SHORTCUTS, type KeyAction }

const BY_KEY = new Map(SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.action] as const)))

export interface KeyLike {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  target: EventTarget | null
}

/** True while the reader types: shortcuts must not steal letters from a text field. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || typeof el.closest !== 'function') return false
  return Boolean(el.closest('input, textarea, select, [contenteditable="true"]'))
}

/** The action for a key press, or undefined when the key is not a shortcut here. */
export function actionFor(e: KeyLike): KeyAction | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return undefined
  // Enter on a focused button already activates that button; only a bare Enter elsewhere means "open".
  if (e.key === 'Enter' && (e.target as HTMLElement | null)?.closest?.('button, a, [role="button"]')) return undefined
  if (e.key === 'A' && e.shiftKey) return 'markAllRead'
  return BY_KEY.get(e.key)
}
