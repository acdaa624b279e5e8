// The application menu as data: every reader action with its shortcut, read from the same table as the help
// dialog. Single-letter accelerators are shown but not registered, so typing in a text field never triggers one.
import { SHORTCUTS, type KeyAction } from '../../shared/shortcuts'

/** The part of Electron's MenuItemConstructorOptions this menu uses (this file stays Electron-free). */
export interface MenuItemConstructorOptions {
  label?: string
  accelerator?: string
  registerAccelerator?: boolean
  click?: () => void
  type?: 'separator'
  role?: 'close' | 'quit' | 'editMenu' | 'togglefullscreen' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'windowMenu' | 'help' | 'appMenu'
  submenu?: MenuItemConstructorOptions[]
}

const ARTICLE: KeyAction[] = ['next', 'previous', 'nextUnread', 'previousUnread', 'open', 'toggleRead', 'star', 'openOriginal', 'label']
/** Every other action but help goes to View, so a shortcut added to the table appears in the menu by itself. */
const VIEW: KeyAction[] = SHORTCUTS.map((s) => s.action).filter((a) => !ARTICLE.includes(a) && a !== 'help')

/** Electron accelerator text for a key as the keymap writes it: 'Shift+A', '/', 'Enter'. */
function acceleratorOf(key: string): string {
  return key === '?' ? 'Shift+/' : key.length === 1 ? key.toUpperCase() : key
}

/** Menus for `Menu.buildFromTemplate`; `run` receives the action (or 'settings'). Type-only electron import. */
export function applicationMenu(run: (action: KeyAction | 'settings') => void, platform = process.platform): MenuItemConstructorOptions[] {
  const item = (action: KeyAction): MenuItemConstructorOptions => {
    const s = SHORTCUTS.find((x) => x.action === action)!
    const key = s.keys[0]!
    // Electron accelerators cannot express a two-key sequence ('g m'): that item shows none (the help dialog does).
    const accelerator = key.includes(' ') ? undefined : acceleratorOf(key)
    return { label: s.description, accelerator, registerAccelerator: false, click: () => run(action) }
  }
  const settings: MenuItemConstructorOptions = { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => run('settings') }
  const menus: MenuItemConstructorOptions[] = [
    { label: 'File', submenu: [settings, { type: 'separator' }, { role: platform === 'darwin' ? 'close' : 'quit' }] },
    { role: 'editMenu' },
    { label: 'View', submenu: [...VIEW.map(item), { type: 'separator' }, { role: 'togglefullscreen' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }] },
    { label: 'Article', submenu: ARTICLE.map(item) },
    { role: 'windowMenu' },
    { role: 'help', submenu: [item('help')] },
  ]
  if (platform === 'darwin') menus.unshift({ role: 'appMenu' })
  return menus
}
