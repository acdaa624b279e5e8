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

/** First keys of the two-key shortcuts ('g' of 'g m'). */
const SEQUENCE_STARTS = new Set(SHORTCUTS.flatMap((s) => s.keys.filter((k) => k.includes(' ')).map((k) => k.split(' ')[0])))

/** True when the key press starts a two-key shortcut: the handler waits for the second key. */
export function startsSequence(e: KeyLike): boolean {
  return !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target) && SEQUENCE_STARTS.has(e.key)
}

/** The action for a key press (after `prefix`, the first key of a sequence), or undefined when the key is not a
 *  shortcut here. */
export function actionFor(e: KeyLike, prefix?: string): KeyAction | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return undefined
  if (prefix) return BY_KEY.get(`${prefix} ${e.key}`)
  // Enter on a focused button already activates that button; only a bare Enter elsewhere means "open".
  if (e.key === 'Enter' && (e.target as HTMLElement | null)?.closest?.('button, a, [role="button"]')) return undefined
  if (e.key === 'A' && e.shiftKey) return 'markAllRead'
  return BY_KEY.get(e.key)
}
