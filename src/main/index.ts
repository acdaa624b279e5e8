// Electron entry: app lifecycle only. The engine lives in ./core and knows nothing of Electron; the desktop
// shell (tray, badge, notifications, opened links and files) lives in ./desktop-shell.
import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import { createDesktopShell, HIDDEN_START_FLAG, type DesktopShell } from './desktop-shell'
import { registerIpc } from './ipc'
import { createMainWindow, registerAppScheme, secureDefaultSession } from './window'

let mainWindow: BrowserWindow | undefined
let shell: DesktopShell | undefined
// macOS hands links and files over before the app is ready: they wait for the shell.
const early: Array<(s: DesktopShell) => void> = []
const withShell = (fn: (s: DesktopShell) => void) => (shell ? fn(shell) : early.push(fn))

function openWindow(show: boolean): BrowserWindow {
  if (!mainWindow || mainWindow.isDestroyed()) {
    const state = shell!.initialWindowState()
    mainWindow = createMainWindow({ bounds: state.bounds, isMaximized: state.isMaximized, show })
    shell!.attachWindow(mainWindow)
  }
  if (show) {
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  }
  return mainWindow
}

/** Links and files handed over by a second launch or by the OS (macOS). */
function listenForLaunches(): void {
  app.on('second-instance', (_event, argv) => withShell((s) => {
    openWindow(true)
    s.handleArgv(argv)
  }))
  app.on('open-url', (event, url) => {
    event.preventDefault()
    withShell((s) => s.handleOpenUrl(url))
  })
  app.on('open-file', (event, path) => {
    event.preventDefault()
    withShell((s) => s.handleOpenFile(path))
  })
}

function startApp(): void {
  secureDefaultSession()
  let service: ReturnType<typeof registerIpc> | undefined
  shell = createDesktopShell({
    getWindow: () => mainWindow,
    showWindow: () => openWindow(true),
    refreshNow: () => void service?.refreshNow(),
    applyPause: () => service?.applyPause(),
  })
  service = registerIpc(() => mainWindow, {
    desktop: shell.host,
    buffer: shell.buffer,
    onProgress: shell.setRefreshProgress,
    backupDir: join(app.getPath('userData'), 'backups'),
  })
  // Started hidden at login, the window is created but not shown: its renderer stores what the polls bring.
  openWindow(!process.argv.includes(HIDDEN_START_FLAG))
  shell.handleArgv(process.argv)
  early.splice(0).forEach((fn) => fn(shell!))
  app.on('activate', () => openWindow(true))
  app.on('before-quit', () => {
    shell?.setQuitting()
    service?.stop()
  })
}

// A second launch hands its arguments to the first (whose 'second-instance' event fires) and leaves at once:
// app.quit() would let it reach 'ready', open a window and touch the data files the first instance writes.
if (app.requestSingleInstanceLock()) {
  registerAppScheme()
  listenForLaunches()
  void app.whenReady().then(startApp)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
} else {
  app.exit(0)
}
