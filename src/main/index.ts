// Electron entry: app lifecycle only. The engine lives in ./core and knows nothing of Electron.
import { app, BrowserWindow } from 'electron'
import { registerIpc } from './ipc'
import { createMainWindow, registerAppScheme, secureDefaultSession } from './window'

let mainWindow: BrowserWindow | undefined

if (!app.requestSingleInstanceLock()) app.quit()
registerAppScheme()

app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore()
  mainWindow?.focus()
})

void app.whenReady().then(() => {
  secureDefaultSession()
  const service = registerIpc(() => mainWindow)
  mainWindow = createMainWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
  })
  app.on('before-quit', () => service.stop())
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
