// What the news service asks of the desktop around it: where its settings live, how the unread count and
// notifications are shown, and where poll results wait while no window can store them. Electron provides the
// real one (main/desktop-shell.ts); the browser mode and the CLI use the in-memory host below.
import { DEFAULT_DESKTOP_SETTINGS, type DesktopSettings, type WatchHit } from '../../shared/desktop-settings'
import type { ContextMenuItem } from '../../shared/context-menu'
import type { FeedResult } from '../../shared/model'

export interface DesktopHost {
  readSettings(): DesktopSettings
  /** Persists and applies (login item, proxy); the service applies the refresh pause itself. */
  writeSettings(settings: DesktopSettings): void
  setUnreadCount(count: number): void
  notify(hits: WatchHit[]): void
  takeBufferedResults(): FeedResult[]
  ackBufferedResults(): void
  /** A native context menu; absent where there is none (the renderer then shows its own). */
  showContextMenu?(items: ContextMenuItem[]): Promise<string | null>
}

/** Settings kept in memory, nothing shown, nothing buffered: the browser mode shows its own window. */
export function memoryDesktopHost(initial: DesktopSettings = DEFAULT_DESKTOP_SETTINGS): DesktopHost & { unread: number; notified: WatchHit[] } {
  let settings = initial
  const host = {
    unread: 0,
    notified: [] as WatchHit[],
    readSettings: () => settings,
    writeSettings: (next: DesktopSettings) => {
      settings = next
    },
    setUnreadCount: (count: number) => {
      host.unread = count
    },
    notify: (hits: WatchHit[]) => {
      host.notified.push(...hits)
    },
    takeBufferedResults: () => [],
    ackBufferedResults: () => {},
  }
  return host
}
