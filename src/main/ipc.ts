// Binds NewsApi to Electron IPC. Every call is checked: the sender must be our own window's main frame;
// argument shapes are validated by the news service.
import { join } from 'node:path'
import { ipcMain, session, shell, type BrowserWindow, type WebFrameMain } from 'electron'
import { channel, invokableMethods } from '../shared/api'
import type { FeedResult, RefreshProgress } from '../shared/model'
import type { DesktopHost } from './core/desktop-host'
import { createNewsService, type NewsService } from './core/news-service'
import { proxyFromPacResult } from './core/proxy'
import { isAppUrl } from './app-protocol'

function isAppFrame(frame: WebFrameMain | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url)
}

/** Where results go when no window can take them, and the desktop host the service uses. */
export interface IpcExtras {
  desktop?: DesktopHost
  buffer?: { add(result: FeedResult): void }
  /** The app data folder's backups folder, for the weekly automatic backup. */
  backupDir?: string
  /** Refresh progress for the tray, besides the window. */
  onProgress?: (progress: RefreshProgress) => void
}

export function registerIpc(getWindow: () => BrowserWindow | undefined, extras: IpcExtras = {}): NewsService {
  const send = (name: string, payload: unknown) => {
    const win = getWindow()
    if (win && !win.isDestroyed()) win.webContents.send(name, payload)
  }
  const service = createNewsService({
    emitFeedResult: (result) => {
      const win = getWindow()
      // A destroyed or crashed renderer cannot store it: the buffer keeps it (on disk) until a window drains it.
      if (extras.buffer && (!win || win.isDestroyed() || win.webContents.isCrashed())) extras.buffer.add(result)
      else send(channel.onFeedResult, result)
    },
    emitProgress: (progress) => {
      send(channel.onRefreshProgress, progress)
      extras.onProgress?.(progress)
    },
    emitArticleContent: (content) => send(channel.onArticleContent, content),
    openExternal: (url) => shell.openExternal(url),
    // Built beside index.js by electron.vite.config.ts: Readability runs off the thread that serves IPC.
    extractWorkerPath: join(__dirname, 'extract-worker.js'),
    // Feeds are parsed and tagged in worker threads (feed-text-pool.ts), built beside index.js too.
    feedTextWorkerPath: join(__dirname, 'feed-text-worker.js'),
    ...(extras.backupDir && { backupDir: extras.backupDir }),
    // "System proxy" is whatever Chromium would use for the URL: OS settings, PAC scripts, --proxy-server.
    systemProxy: async (url) => proxyFromPacResult(await session.defaultSession.resolveProxy(url.href)),
    ...(extras.desktop && { desktop: extras.desktop }),
  })
  for (const method of invokableMethods) {
    ipcMain.handle(channel[method], async (event, ...args: unknown[]) => {
      if (!isAppFrame(event.senderFrame)) {
        throw new Error(`Refused ${channel[method]}: sender ${event.senderFrame?.url ?? '(gone)'} is not the app window`)
      }
      return (service[method] as (...a: unknown[]) => Promise<unknown>)(...args)
    })
  }
  return service
}
