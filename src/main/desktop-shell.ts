// Electron wiring of the desktop shell: tray, badge, notifications, close to tray, login item, window state,
// feed: links and opened files, the application menu. The decisions live in ./desktop (tested in Node); this
// file only turns them into Electron calls.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, clipboard, Menu, Notification, nativeImage, screen, Tray, type MenuItemConstructorOptions } from 'electron'
import { channel } from '../shared/api'
import { DEFAULT_DESKTOP_SETTINGS, parseDesktopSettings, type DesktopSettings, type OpenRequest, type WatchHit } from '../shared/desktop-settings'
import type { RefreshProgress } from '../shared/model'
import type { DesktopHost } from './core/desktop-host'
import { log } from './core/log'
import { badgeText, overlayIconName, unreadDescription } from './desktop/badge'
import { jsonFile } from './desktop/json-file'
import { feedLinkToUrl, parseLaunchArgs, selfUrlOfFeed, sniffOpenedFile, type LaunchRequest } from './desktop/launch-args'
import { applicationMenu } from './desktop/app-menu'
import { contextMenuTemplate, popupAnswer } from './desktop/context-menu'
import { NotificationBatcher } from './desktop/notification-batcher'
import { ResultBuffer } from './desktop/result-buffer'
import { fileBufferStore } from './desktop/buffer-file'
import { latestThrottle } from './desktop/latest-throttle'
import { buildTrayMenu, pauseEnd, trayRefreshing, trayTooltip, type TrayAction, type TrayItem, type TrayState } from './desktop/tray-menu'
import { parseWindowState, restoreBounds, type WindowState } from './desktop/window-state'

const shellLog = log.scope('desktop')
const MAX_OPENED_FILE_BYTES = 10 * 1024 * 1024
/** Passed by the login item when "start hidden" is on: the app starts in the tray. */
export const HIDDEN_START_FLAG = '--hidden'

export interface DesktopShell {
  host: DesktopHost
  /** Bounds to create the window with. */
  initialWindowState(): ReturnType<typeof restoreBounds>
  /** Call once per created window: close to tray, state saving, pending open requests. */
  attachWindow(win: BrowserWindow): void
  /** Poll results for a window that cannot take them now. */
  buffer: ResultBuffer
  handleArgv(argv: readonly string[]): void
  handleOpenUrl(url: string): void
  handleOpenFile(path: string): void
  /** The refresh progress, for the tray's "Refreshing… n/m". */
  setRefreshProgress(progress: RefreshProgress): void
  setQuitting(): void
}

export function createDesktopShell(opts: { getWindow: () => BrowserWindow | undefined; showWindow: () => BrowserWindow; refreshNow: () => void; applyPause: () => void }): DesktopShell {
  const dataDir = app.getPath('userData')
  const resources = app.isPackaged ? join(process.resourcesPath, 'app.asar', 'resources') : join(__dirname, '../../resources')
  const settingsFile = jsonFile<DesktopSettings>(join(dataDir, 'desktop-settings.json'), DEFAULT_DESKTOP_SETTINGS, (raw) => parseDesktopSettings(raw), (m) => shellLog.warn(m))
  const windowFile = jsonFile<WindowState | undefined>(join(dataDir, 'window-state.json'), undefined, parseWindowState, (m) => shellLog.warn(m))
  const buffer = new ResultBuffer(fileBufferStore(join(dataDir, 'pending-results.jsonl')), undefined, (m) => shellLog.warn(m))
  let settings = settingsFile.read()
  let unread = 0
  let refreshing: TrayState['refreshing']
  let isQuitting = false
  let tray: Tray | undefined
  const pendingRequests: OpenRequest[] = []

  const send = (request: OpenRequest) => {
    const win = opts.getWindow()
    if (win && !win.isDestroyed() && !win.webContents.isLoading()) win.webContents.send(channel.onOpenRequest, request)
    else pendingRequests.push(request)
  }
  const show = (request?: OpenRequest) => {
    opts.showWindow()
    if (request) send(request)
  }

  const batcher = new NotificationBatcher({
    now: () => new Date(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    settings: () => settings.notifications,
    show: (n) => {
      if (!Notification.isSupported()) return
      const note = new Notification({ title: n.title, body: n.body, silent: false })
      note.on('click', () => show(n.target.kind === 'article' ? { kind: 'open-article', articleId: n.target.articleId } : { kind: 'open-view', watchKey: n.target.watchKey }))
      note.show()
    },
  })

  const trayState = (): TrayState => ({ unread, pausedUntil: settings.refreshPausedUntil ? new Date(settings.refreshPausedUntil) : undefined, refreshing, now: new Date() })
  const toMenuItem = (item: TrayItem): MenuItemConstructorOptions => {
    if (item.kind === 'separator') return { type: 'separator' }
    if (item.kind === 'label') return { label: item.label, enabled: false }
    return { label: item.label, enabled: item.enabled, click: () => runTrayAction(item.id) }
  }
  const refreshTray = () => {
    if (!tray) return
    tray.setToolTip(trayTooltip(trayState()))
    if (process.platform === 'darwin') tray.setTitle(badgeText(unread)) // the count beside the menu-bar icon
    tray.setContextMenu(Menu.buildFromTemplate(buildTrayMenu(trayState()).map(toMenuItem)))
  }
  const setPause = (until: Date | undefined) => {
    settings = parseDesktopSettings({ refreshPausedUntil: until ? until.toISOString() : null }, settings)
    settingsFile.write(settings)
    opts.applyPause()
    refreshTray()
  }
  const runTrayAction = (id: TrayAction) => {
    if (id === 'open') show()
    else if (id === 'refresh') opts.refreshNow()
    else if (id === 'pause-hour' || id === 'pause-tomorrow') setPause(pauseEnd(id, new Date()))
    else if (id === 'resume') setPause(undefined)
    else if (id === 'quit') {
      isQuitting = true
      app.quit()
    }
  }

  const applySettings = () => {
    if (app.isPackaged) app.setLoginItemSettings({ openAtLogin: settings.startAtLogin, args: settings.startHidden ? [HIDDEN_START_FLAG] : [] })
    if (settings.closeToTray && !tray) {
      tray = new Tray(nativeImage.createFromPath(join(resources, 'tray.png')))
      tray.on('click', () => show())
    }
    if (!settings.closeToTray && tray) {
      tray.destroy()
      tray = undefined
    }
    refreshTray()
  }

  const applyBadge = () => {
    app.setBadgeCount(unread) // macOS dock and Unity launchers; a no-op elsewhere
    const win = opts.getWindow()
    if (process.platform === 'win32' && win && !win.isDestroyed()) {
      const icon = overlayIconName(unread)
      win.setOverlayIcon(icon ? nativeImage.createFromPath(join(resources, 'overlay', icon)) : null, unreadDescription(unread))
    }
    refreshTray()
  }

  const route = (request: LaunchRequest) => {
    if (request.kind === 'add-feed') return show({ kind: 'add-feed', url: request.url })
    try {
      if (statSync(request.path).size > MAX_OPENED_FILE_BYTES) throw new Error('larger than 10 MB')
      const text = readFileSync(request.path, 'utf8')
      const kind = request.type === 'opml' ? 'opml' : sniffOpenedFile(text)
      if (kind === 'opml') return show({ kind: 'import-opml', text, fileName: request.path })
      const url = kind === 'feed' ? selfUrlOfFeed(text) : undefined
      if (url) return show({ kind: 'add-feed', url })
      shellLog.warn(`opened file ${request.path} is neither an OPML list nor a feed with its own address`)
    } catch (err) {
      shellLog.warn(`could not open ${request.path}: ${err instanceof Error ? err.message : String(err)}`)
    }
  }

  const showProgress = latestThrottle(
    (progress: RefreshProgress) => {
      refreshing = trayRefreshing(progress)
      refreshTray()
    },
    500,
    { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    (progress) => !progress.running,
  )

  applySettings()
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenu((action) => show(action === 'settings' ? { kind: 'show-settings' } : { kind: 'run-action', action }))))
  for (const scheme of ['feed', 'feeds']) if (!app.isDefaultProtocolClient(scheme)) app.setAsDefaultProtocolClient(scheme)

  const host: DesktopHost = {
    readSettings: () => settings,
    writeSettings(next) {
      settings = next
      settingsFile.write(next)
      applySettings()
    },
    setUnreadCount(count) {
      unread = count
      applyBadge()
    },
    notify: (hits: WatchHit[]) => batcher.add(hits),
    takeBufferedResults: () => buffer.drain(),
    ackBufferedResults: () => buffer.acknowledge(),
    showContextMenu(items) {
      const popup = popupAnswer()
      const template = contextMenuTemplate(items, (item) => {
        // The renderer cannot write the clipboard (every permission is refused): main copies for it.
        if (item.copyText !== undefined) clipboard.writeText(item.copyText)
        popup.choose(item.id)
      })
      const win = opts.getWindow()
      Menu.buildFromTemplate(template).popup({ ...(win && !win.isDestroyed() && { window: win }), callback: popup.closed })
      return popup.answer
    },
  }

  return {
    host,
    buffer,
    initialWindowState: () => restoreBounds(windowFile.read(), screen.getAllDisplays().map((d) => d.workArea)),
    attachWindow(win) {
      let saveTimer: ReturnType<typeof setTimeout> | undefined
      const save = () => {
        if (win.isDestroyed() || win.isMinimized()) return
        windowFile.write({ bounds: win.isMaximized() ? win.getNormalBounds() : win.getBounds(), isMaximized: win.isMaximized() })
      }
      const saveSoon = () => {
        if (saveTimer) clearTimeout(saveTimer)
        saveTimer = setTimeout(save, 500)
      }
      win.on('resize', saveSoon)
      win.on('move', saveSoon)
      win.on('close', (event) => {
        save()
        // Closed to the tray the window is hidden, not destroyed: its renderer keeps storing poll results.
        if (settings.closeToTray && !isQuitting) {
          event.preventDefault()
          win.hide()
        }
      })
      win.webContents.on('did-finish-load', () => {
        for (const request of pendingRequests.splice(0)) win.webContents.send(channel.onOpenRequest, request)
        applyBadge()
      })
    },
    handleArgv: (argv) => parseLaunchArgs(argv).forEach(route),
    handleOpenUrl(url) {
      const feed = feedLinkToUrl(url)
      if (feed) route({ kind: 'add-feed', url: feed })
    },
    handleOpenFile: (path) => route({ kind: 'open-file', path, type: /\.opml$/i.test(path) ? 'opml' : 'feed' }),
    setRefreshProgress: showProgress,
    setQuitting() {
      isQuitting = true
      batcher.flush()
    },
  }
}
