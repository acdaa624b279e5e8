// Plumbing of the fault suite: Chromium on a kept profile (so a relaunch finds the same IndexedDB), and a SIGKILL of
// exactly the Chromium launched on that profile, as a crash or a killed process would end it.
import { readdirSync, readFileSync } from 'node:fs'
import { chromium, type BrowserContext } from 'playwright-core'

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export const launchOnProfile = (profile: string): Promise<BrowserContext> =>
  chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 800 }, args: ARGS })

/** SIGKILLs the Chromium processes launched on `profile` (found by their own --user-data-dir): no unload, no chance
 *  to finish a transaction. Answers how many were killed. */
export function killChromium(profile: string): number {
  let killed = 0
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let cmd = ''
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    } catch {
      continue
    }
    if (cmd.includes(`--user-data-dir=${profile}\u0000`) || cmd.endsWith(`--user-data-dir=${profile}`)) {
      try {
        process.kill(Number(pid), 'SIGKILL')
        killed++
      } catch {
        // already gone
      }
    }
  }
  return killed
}
