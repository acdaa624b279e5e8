// The app window: sandboxed renderer with context isolation, loaded from the app:// protocol (never file://),
// a strict CSP sent as a header (frame-ancestors included), no permissions, and no in-app navigation.
import { join } from 'node:path'
import { BrowserWindow, protocol, session, shell } from 'electron'
import { toExternalHttpUrl } from '../shared/validate'
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, isAppUrl, serveAppRequest } from './app-protocol'
import { CONTENT_SECURITY_POLICY } from './security-headers'

/** Must run before the app is ready: Electron fixes scheme privileges at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

/** Once, when the app is ready: serves out/renderer on app://, sets the CSP header, refuses every permission. */
export function secureDefaultSession(rendererDir = join(__dirname, '../renderer')): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir))
  // app:// responses carry the headers themselves; this covers the dev server (http) and anything else loaded.
  // The meta tag in index.html is the second layer, but a meta CSP cannot carry frame-ancestors.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'X-Frame-Options': ['DENY'] } })
  })
  // Camera, notifications, clipboard, geolocation...: the reader needs none, whoever asks.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}

export interface WindowPlacement {
  bounds: { x?: number; y?: number; width: number; height: number }
  isMaximized: boolean
  /** False when the app starts hidden in the tray. */
  show: boolean
}

export function createMainWindow(placement: WindowPlacement = { bounds: { width: 1280, height: 820 }, isMaximized: false, show: true }): BrowserWindow {
  const win = new BrowserWindow({
    ...placement.bounds,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Meridian',
    autoHideMenuBar: true,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  })
  win.once('ready-to-show', () => {
    if (!placement.show) return
    if (placement.isMaximized) win.maximize()
    win.show()
  })

  // Links never navigate the app window: http(s) goes to the system browser, anything else is dropped.
  const openOutside = (url: string) => {
    const external = toExternalHttpUrl(url)
    if (external) void shell.openExternal(external)
  }
  win.webContents.setWindowOpenHandler(({ url }) => {
    openOutside(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return
    event.preventDefault()
    openOutside(url)
  })

  void win.loadURL(process.env.ELECTRON_RENDERER_URL || APP_INDEX_URL)
  return win
}
