// The app window: sandboxed renderer with context isolation, a strict CSP, and no in-app navigation.
import { join } from 'node:path'
import { BrowserWindow, session, shell } from 'electron'
import { isHttpUrl } from '../shared/validate'

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: http: data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ')

/** True when a frame belongs to our own renderer (the dev server URL or the packaged file). */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false
  const devUrl = process.env.ELECTRON_RENDERER_URL
  if (devUrl) return url.startsWith(devUrl)
  return url.startsWith('file://') && url.includes('/out/renderer/')
}

export function createMainWindow(): BrowserWindow {
  // Headers apply to every response the renderer loads; the meta tag in index.html is the second layer.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))

  const win = new BrowserWindow({
    width: 1280,
    height: 820,
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
  win.once('ready-to-show', () => win.show())

  // Links never navigate the app window: http(s) goes to the system browser, anything else is dropped.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isHttpUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return
    event.preventDefault()
    if (isHttpUrl(url)) void shell.openExternal(url)
  })

  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL)
  else void win.loadFile(join(__dirname, '../renderer/index.html'))
  return win
}
