// One measured poll of a big feed: refreshFeed from the source tree given (this branch's or a baseline's), over
// loopback, then `BENCH_JSON {...}` with the process's peak RSS (VmHWM), the wall time and the article count.
// Run by bench/memory-bigfeed.ts as `node --import tsx bench/memory-bigfeed-child.ts <src-dir> <feed-url>`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [srcDir, feedUrl] = process.argv.slice(2) as [string, string]
const hwmMb = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024

async function main(): Promise<void> {
  const { refreshFeed } = (await import(pathToFileURL(join(srcDir, 'main/core/refresh-feed.ts')).href)) as typeof import('../src/main/core/refresh-feed')
  const quiet = { info() {}, warn() {}, error() {} }
  const startMb = hwmMb()
  const started = performance.now()
  const result = await refreshFeed({ id: 'big', url: feedUrl }, { logger: quiet, fetchOptions: { timeoutMs: 300_000, maxBytes: 64 * 1024 * 1024 } })
  const ms = performance.now() - started
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
