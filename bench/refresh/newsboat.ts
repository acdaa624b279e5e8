// One `newsboat -x reload` over a URL list, headless, with its own HOME, config and cache (STACK.md recipe):
// a shared cache would be locked or warm. -x reload exits 0 even when feeds fail, so failures are read from
// the error log and the stored item count from the cache.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runChild } from '../lib/child'

export interface NewsboatRun {
  wallMs: number
  peakRssMb?: number
  /** User + system CPU time of the whole run, all threads (GNU time). */
  cpuMs?: number
  items?: number
  errors: number
}

export function newsboatVersion(): string {
  try {
    return execFileSync('newsboat', ['--version'], { encoding: 'utf8' }).split('\n')[0].replace(/ - https?:.*/, '').trim()
  } catch {
    return 'not installed'
  }
}

function countItems(cache: string): number | undefined {
  try {
    return Number(execFileSync('sqlite3', [cache, 'select count(*) from rss_item'], { encoding: 'utf8' }).trim())
  } catch {
    return undefined // sqlite3 CLI missing: the count is informative only
  }
}

export async function runNewsboat(urls: string[], threads: number): Promise<NewsboatRun> {
  const home = mkdtempSync(join(tmpdir(), 'meridian-newsboat-'))
  try {
    const errorLog = join(home, 'error.log')
    writeFileSync(join(home, 'urls'), urls.join('\n') + '\n')
    writeFileSync(join(home, 'config'), `reload-threads ${threads}\nerror-log "${errorLog}"\ndownload-timeout 30\n`)
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8' }
    const args = ['-f', 'BENCH_TIME %e %M %U %S', 'newsboat', '-u', join(home, 'urls'), '-c', join(home, 'cache.db'), '-C', join(home, 'config'), '-x', 'reload']
    const run = await runChild('/usr/bin/time', args, { env, timeoutMs: 300_000 })
    if (run.code !== 0) throw new Error(`newsboat exited ${run.code}: ${run.stderr.slice(-500)}`)
    const time = /BENCH_TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(run.stderr)
    const errors = existsSync(errorLog) ? readFileSync(errorLog, 'utf8').split('\n').filter((l) => /error/i.test(l)).length : 0
    const cpuMs = time ? (Number(time[3]) + Number(time[4])) * 1000 : undefined
    return { wallMs: run.wallMs, peakRssMb: time ? Number(time[2]) / 1024 : run.peakRssMb, cpuMs, items: countItems(join(home, 'cache.db')), errors }
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}
