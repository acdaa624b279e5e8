// `npm start`: builds and starts the desktop app. Electron's program file is downloaded on first start; when that
// is missing and cannot be fetched, say so in two plain lines instead of a stack trace, and name the way out.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** The Electron executable, or undefined when it is not on disk. */
function electronBinary() {
  let dir
  try {
    dir = dirname(require.resolve('electron/package.json'))
  } catch {
    return undefined
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) return existsSync(join(override, process.platform === 'win32' ? 'electron.exe' : 'electron')) ? override : undefined
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

/** Runs Electron's own downloader quietly; its last line of output says why it failed. */
function downloadElectron() {
  let installer
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js')
  } catch {
    return 'the electron package is not installed'
  }
  const result = spawnSync(process.execPath, [installer], { encoding: 'utf8', timeout: 10 * 60_000 })
  if (result.status === 0 && electronBinary()) return undefined
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
  const reason = output.split('\n').map((l) => l.trim()).find((l) => /error|fail|ENOTFOUND|ECONN|EAI_AGAIN|fetch/i.test(l) && !/^\s*at\s/.test(l))
  return (reason ?? 'the download did not finish').replace(/^\w*Error:\s*/, '').slice(0, 160)
}

if (!electronBinary()) {
  const reason = downloadElectron()
  if (reason) {
    console.error(`Meridian cannot start: Electron's program file is missing and could not be downloaded (${reason}).`)
    console.error('Connect to the internet and run `npm start` again (or set ELECTRON_MIRROR to a reachable mirror); `npm run dev:web` runs Meridian in a browser meanwhile.')
    process.exit(1)
  }
}

// Tests check the decision without starting a window.
if (process.env.MERIDIAN_START_DRY_RUN) {
  console.log('Electron found; would run electron-vite preview')
  process.exit(0)
}
const result = spawnSync('npx', ['electron-vite', 'preview', ...process.argv.slice(2)], { stdio: 'inherit', shell: process.platform === 'win32' })
process.exit(result.status ?? 1)
