// The keyboard shortcuts as data: the renderer's key handler and help dialog and the main process's
// application menu all read this one table, so they cannot disagree.
export type KeyAction =
  | 'next' | 'previous' | 'nextUnread' | 'previousUnread' | 'open' | 'toggleRead' | 'star'
  | 'openOriginal' | 'refresh' | 'search' | 'markAllRead' | 'showMap' | 'label' | 'openSavedView' | 'help'

export const SHORTCUTS: { keys: string[]; action: KeyAction; description: string; shown?: string }[] = [
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
  // A sequence: 'g' then 'm' (a lone 'm' marks read); written with a space, as the help dialog shows it.
  { keys: ['g m'], action: 'showMap', description: 'Show the world map of the news (again: back to the list)' },
  { keys: ['l'], action: 'label', description: 'Label the article' },
  // g then a digit: the saved views in sidebar order ('g m' is the map; no other sequence starts with g).
  { keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((d) => `g ${d}`), action: 'openSavedView', description: 'Open saved view 1–9', shown: 'g 1 … g 9' },
  { keys: ['?'], action: 'help', description: 'Show these shortcuts' },
]

export const isKeyAction = (value: string): value is KeyAction => SHORTCUTS.some((s) => s.action === value)
