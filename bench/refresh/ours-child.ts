// Child process of the refresh bench: polls every URL once through the real poller (refreshAll: fetch, decode,
// parse, normalize, classify) and prints one BENCH_JSON line. A process of its own, so its RSS is ours alone.
// Usage: node ours-child.js <urls-file> <concurrency>
import { readFileSync } from 'node:fs'
import { refreshAll } from '../../src/main/cli/refresh-command'
import { classifyArticle } from '../../src/main/core/classify'
import { closeConnections } from '../../src/main/core/fetch-feed'

async function main(): Promise<void> {
  const [file, concurrencyArg] = process.argv.slice(2)
  const urls = readFileSync(file, 'utf8').split('\n').filter(Boolean)
  // The classifier builds its tables on first use, once per app start: timed apart so both figures are visible.
  const warm = performance.now()
  classifyArticle({ title: 'warm-up', lang: 'en' })
  const classifierWarmupMs = performance.now() - warm
  const rssBefore = process.memoryUsage().rss
  let tagged = 0
  const summary = await refreshAll(urls, Number(concurrencyArg), (r) => {
    if (r.kind === 'updated') tagged += r.articles.filter((a) => a.countries.length > 0).length
  })
  const mem = process.memoryUsage()
  closeConnections()
  const out = {
    ...summary,
    classifierWarmupMs,
    tagged,
    rssBeforeMb: rssBefore / 2 ** 20,
    rssAfterMb: mem.rss / 2 ** 20,
    heapUsedMb: mem.heapUsed / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }
  process.stdout.write(`BENCH_JSON ${JSON.stringify(out)}\n`)
}

main().catch((err: unknown) => {
  process.stderr.write(`ours-child: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
