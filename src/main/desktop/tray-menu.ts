// The tray's menu as data: the Electron wiring turns each item into a MenuItem and each id into an action.

export type TrayAction = 'open' | 'refresh' | 'pause-hour' | 'pause-tomorrow' | 'resume' | 'quit'

export type TrayItem =
  | { kind: 'action'; id: TrayAction; label: string; enabled: boolean }
  | { kind: 'label'; label: string }
  | { kind: 'separator' }

export interface TrayState {
  unread: number
  /** Set while scheduled refreshing is paused. */
  pausedUntil?: Date
  /** Feeds done out of those in the running refresh; absent when none runs. */
  refreshing?: { done: number; total: number }
  now: Date
}

const refreshingLabel = (r: { done: number; total: number }): string => (r.total > 0 ? `Refreshing… ${r.done}/${r.total}` : 'Refreshing…')

const timeOf = (d: Date, now: Date): string => {
  const hhmm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
  return d.toDateString() === now.toDateString() ? hhmm : `tomorrow ${hhmm}`
}

/** A pause that has not ended yet; an expired one counts as not paused. */
function activePause(pausedUntil: Date | undefined, now: Date): Date | undefined {
  return pausedUntil && pausedUntil.getTime() > now.getTime() ? pausedUntil : undefined
}

export function buildTrayMenu(state: TrayState): TrayItem[] {
  const paused = activePause(state.pausedUntil, state.now)
  const items: TrayItem[] = [
    // Linux app indicators show no tooltip: the count is in the menu too.
    { kind: 'action', id: 'open', label: state.unread > 0 ? `Open Meridian (${state.unread.toLocaleString('en')} unread)` : 'Open Meridian', enabled: true },
    { kind: 'action', id: 'refresh', label: state.refreshing ? refreshingLabel(state.refreshing) : 'Refresh now', enabled: !state.refreshing },
    { kind: 'separator' },
  ]
  if (paused) {
    items.push({ kind: 'label', label: `Refreshing paused until ${timeOf(paused, state.now)}` })
    items.push({ kind: 'action', id: 'resume', label: 'Resume refreshing', enabled: true })
  } else {
    items.push({ kind: 'action', id: 'pause-hour', label: 'Pause refreshing for 1 hour', enabled: true })
    items.push({ kind: 'action', id: 'pause-tomorrow', label: 'Pause refreshing until tomorrow', enabled: true })
  }
  items.push({ kind: 'separator' }, { kind: 'action', id: 'quit', label: 'Quit Meridian', enabled: true })
  return items
}

export function trayTooltip(state: TrayState): string {
  const unread = state.unread > 0 ? `${state.unread.toLocaleString('en')} unread` : 'no unread articles'
  const paused = activePause(state.pausedUntil, state.now)
  if (state.refreshing) return `Meridian: ${unread}; ${refreshingLabel(state.refreshing).toLowerCase()}`
  return paused ? `Meridian: ${unread}; refreshing paused until ${timeOf(paused, state.now)}` : `Meridian: ${unread}`
}

/** The tray's view of a refresh progress event: counts while one runs, nothing once it ended. */
export function trayRefreshing(progress: { done: number; total: number; running: boolean }): TrayState['refreshing'] {
  return progress.running ? { done: progress.done, total: progress.total } : undefined
}

/** When a pause chosen at `now` ends: one hour later, or 07:00 the next morning. */
export function pauseEnd(action: 'pause-hour' | 'pause-tomorrow', now: Date): Date {
  if (action === 'pause-hour') return new Date(now.getTime() + 3_600_000)
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 7, 0, 0, 0)
  return next
}
