// One Chromium session on the browser mode: the renderer built into a private directory (other work may be
// rebuilding out/ at the same time), the real web server, Debian's Chromium via playwright-core with a fresh
// profile whose IndexedDB size can be read from disk.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startEngineProcess, type EngineOptions, type EngineProcess } from '../lib/engine-process'
import { headSnapshot } from '../lib/snapshot'
import { waitForIdleBrowser } from './browser-idle'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return 'unknown'
  }
}

/** Builds the committed app (HEAD, see snapshot.ts) into a temporary directory; returns the renderer directory. */
export function buildRenderer(): { rendererDir: string; dispose(): void } {
  const root = headSnapshot().dir
  const outDir = mkdtempSync(join(tmpdir(), 'meridian-bench-build-'))
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  return { rendererDir: join(outDir, 'renderer'), dispose: () => rmSync(outDir, { recursive: true, force: true }) }
}

export interface Session extends PageSession {
  web: WebServer
}

/** A session whose engine runs in a Node process of its own (lib/engine-process.ts), as in the desktop app. */
export interface EngineSession extends PageSession {
  engine: EngineProcess
  /** The engine's .cpuprofile, once close() has stopped it under `cpuProfileDir`. */
  cpuProfile?: string
}

interface PageSession {
  page: Page
  context: BrowserContext
  cdp: CDPSession
  profileDir: string
  /** Opens the app, waits until the bench hooks are loaded and raises the per-feed retention cap. (Opening without the list is not possible: the hooks
   *  import modules of the app's entry chunk, which fails as a whole when main.tsx finds no #root.) */
  open(): Promise<void>
  /** Waits `minMs`, then until the profile's processes are idle (LevelDB compacts for minutes after a long fill, see
   *  browser-idle.ts) and three one-row reads in a row answer within 30 ms; resolves with the time waited. */
  settle(minMs: number): Promise<number>
  /** Bytes under the profile's IndexedDB directory (LevelDB files and blobs). */
  indexedDbBytes(): number
  /** JS heap in use after a forced GC, from CDP. */
  heapUsedMb(): Promise<number>
  close(): Promise<void>
}

/** Waits `minMs`, then until three one-row reads in a row answer within 30 ms (giving up after five minutes); resolves
 *  with the time waited. Needs the bench hooks in the page. */
export async function waitForQuietIndexedDb(page: Page, minMs: number): Promise<number> {
  const t0 = performance.now()
  await page.waitForTimeout(minMs)
  await page.evaluate(async () => {
    const started = performance.now()
    for (let quick = 0; quick < 3 && performance.now() - started < 300_000; ) {
      const t = performance.now()
      await window.__bench!.db.lists.limit(1).toArray()
      quick = performance.now() - t < 30 ? quick + 1 : 0
      await new Promise((r) => setTimeout(r, 200))
    }
  })
  return performance.now() - t0
}

/** With `keep`, the profile lives in that directory and survives close (a database grown over several runs); a
 *  fixed port then keeps the page's origin, and so its IndexedDB, the same from run to run. */
export async function openSession(rendererDir: string, keep?: { profileDir: string; port: number }): Promise<Session> {
  const web = await startWebServer({ port: keep?.port ?? 0, rendererDir })
  const session = await openPage(web.url, () => web.close(), keep)
  return { ...session, web }
}

/** openSession with the engine in its own process: the bench's driving does not share the engine's event loop. */
export async function openEngineSession(o: Omit<EngineOptions, 'port'>): Promise<EngineSession> {
  const engine = await startEngineProcess(o)
  const session: EngineSession = { ...(await openPage(engine.url, async () => (session.cpuProfile = await engine.close()))), engine }
  return session
}

async function openPage(url: string, closeServer: () => Promise<unknown>, keep?: { profileDir: string }): Promise<PageSession> {
  const profileDir = keep?.profileDir ?? mkdtempSync(join(tmpdir(), 'meridian-bench-profile-'))
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
  })
  // tsx compiles bench code with esbuild's keepNames, which wraps inner functions in __name(); functions passed
  // to page.evaluate carry those calls into the page, so the page needs a no-op __name.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f' })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (err) => {
    if (!String(err).includes('no #root element')) process.stderr.write(`page error: ${String(err)}\n`) // expected with ui false
  })
  const cdp = await context.newCDPSession(page)
  return {
    page,
    context,
    cdp,
    profileDir,
    async open() {
      await page.goto(url)
      await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 30_000 })
      // Bench fills put thousands of articles in each feed: with the default cap (1,000 per feed) the app's clean-up
      // would delete them 10 s after this start. A reader keeping that many has raised the cap.
      await page.evaluate(() => window.__bench!.setRetention({ maxPerFeed: 10_000_000, keepReadDays: 3650 }))
    },
    async settle(minMs) {
      const t0 = performance.now()
      await page.waitForTimeout(minMs)
      await waitForIdleBrowser(profileDir)
      await waitForQuietIndexedDb(page, 0)
      return performance.now() - t0
    },
    indexedDbBytes() {
      const out = execFileSync('du', ['-sb', join(profileDir, 'Default', 'IndexedDB')], { encoding: 'utf8' })
      return Number(out.split(/\s/)[0])
    },
    async heapUsedMb() {
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
      return usedSize / 2 ** 20
    },
    async close() {
      await context.close()
      await closeServer()
      if (!keep) rmSync(profileDir, { recursive: true, force: true })
    },
  }
}
