// Waits until the Chromium processes of one profile go idle. After a long fill LevelDB goes on compacting on the
// browser process's threads for minutes, and queries timed meanwhile measure that, not the database: at 280,700
// articles the first page's p95 was 52.3 ms right after a fill and 29.3 ms seven minutes later. One-row reads
// answer quickly all along, so only the processes' CPU time shows it. Linux only (/proc); elsewhere it returns at once.
import { readdirSync, readFileSync } from 'node:fs'

/** USER_HZ: the unit of utime and stime in /proc/<pid>/stat on Linux. */
const TICKS_PER_SECOND = 100

/** CPU seconds used so far by the processes started with this profile, or undefined without /proc. */
function cpuSecondsOfProfile(profileDir: string): number | undefined {
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d))
  } catch {
    return undefined
  }
  let total: number | undefined
  for (const pid of pids) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${profileDir}`)) continue
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      // The fields after the command name in parentheses start at field 3; utime and stime are fields 14 and 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      total = (total ?? 0) + (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
    } catch {
      // the process ended meanwhile
    }
  }
  return total
}

/** Resolves with the ms waited once the profile's processes used under `maxShare` of one core over `windowMs`
 *  (giving up after `timeoutMs`). */
export async function waitForIdleBrowser(profileDir: string, { windowMs = 5_000, maxShare = 0.1, timeoutMs = 15 * 60_000 } = {}): Promise<number> {
  const t0 = performance.now()
  let before = cpuSecondsOfProfile(profileDir)
  while (before !== undefined && performance.now() - t0 < timeoutMs) {
    await new Promise((r) => setTimeout(r, windowMs))
    const after = cpuSecondsOfProfile(profileDir)
    if (after === undefined || (after - before) / (windowMs / 1000) < maxShare) break
    before = after
  }
  return performance.now() - t0
}
