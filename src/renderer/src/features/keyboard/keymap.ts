// The keyboard shortcuts, as data: one table read by the handler and by the help dialog, so they cannot disagree.
export type KeyAction =
  | 'next' | 'previous' | 'nextUnread' | 'previousUnread' | 'open' | 'toggleRead' | 'star'
  | 'openOriginal' | 'refresh' | 'search' | 'markAllRead' | 'help'

export const SHORTCUTS: { keys: string[]; action: KeyAction; description: string }[] = [
  { keys: ['j'], action: 'next', description: 'Next article' },
  { keys: ['k'], action: 'previous', description: 'Previous article' },
  { keys: ['n'], action: 'nextUnread', description: 'Next unread article' },
  { keys: ['p'], action: 'previousUnread', description: 'Previous unread article' },
  { keys: ['Enter', 'o'], action: 'open', description: 'Open the article (move focus to the reader)' },
  { keys: ['m'], action: 'toggleRead', description: 'Mark read / unread' },
  { keys: ['s'], action: 'star', description: 'Star / unstar' },
  { keys: ['v'], action: 'openOriginal', description: 'Open the original in the browser' },
  { keys: ['r'], action: 'refresh', description: 'Refresh all feeds' },
  { keys: ['/'], action: 'search', description: 'Search articles (Escape clears the search)' },
  { keys: ['Shift+A'], action: 'markAllRead', description: 'Mark all in this view as read' },
  { keys: ['?'], action: 'help', description: 'Show these shortcuts' },
]

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
