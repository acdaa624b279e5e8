// One measured poll of a big feed: refreshFeed from the source tree given (this branch's or a baseline's), over
// loopback, then `BENCH_JSON {...}` with the process's peak RSS (VmHWM, all threads), the wall time and the article
// count. Path 'calling' reads the feed on this thread; 'worker' reads it as the app does, through a FeedTextPool of
// one worker (the app's size on 2 cores) running the worker entry given, built to JavaScript like the app's (a pool
// that reads big bodies on the calling thread does so); 'forced' is the same pool made to send every body to its worker.
// Run by bench/memory-bigfeed.ts as `node --import tsx bench/memory-bigfeed-child.ts <src-dir> <feed-url> [<worker.js> [forced]]`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [srcDir, feedUrl, workerPath, how] = process.argv.slice(2) as [string, string, string | undefined, string | undefined]
const hwmMb = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024
const load = async <T>(rel: string) => (await import(pathToFileURL(join(srcDir, rel)).href)) as T

async function main(): Promise<void> {
  const { refreshFeed } = await load<typeof import('../src/main/core/refresh-feed')>('main/core/refresh-feed.ts')
  const pool = workerPath
    ? new (await load<typeof import('../src/main/core/feed-text-pool')>('main/core/feed-text-pool.ts')).FeedTextPool({ workerPath, size: 1, ...(how === 'forced' && { callingMinBytes: Infinity }) })
    : undefined
  const quiet = { info() {}, warn() {}, error() {} }
  const startMb = hwmMb()
  const started = performance.now()
  const deps = { logger: quiet, fetchOptions: { timeoutMs: 300_000, maxBytes: 64 * 1024 * 1024 }, ...(pool && { runFeedText: pool.run }) }
  const result = await refreshFeed({ id: 'big', url: feedUrl }, deps)
  const ms = performance.now() - started
  pool?.close()
  const articles = result.kind === 'updated' ? result.articles.length : 0
  const error = result.kind === 'failed' ? result.error.message : undefined
  process.stdout.write(`BENCH_JSON ${JSON.stringify({ kind: result.kind, articles, error, ms: Math.round(ms), startRssMb: Math.round(startMb), peakRssMb: Math.round(hwmMb()) })}\n`)
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`memory-bigfeed-child: ${err instanceof Error ? err.stack : String(err)}\n`)
    process.exit(1)
  },
)
