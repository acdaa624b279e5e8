// Child process of the refresh bench, the app's path: the engine's NewsService (poller, refresh-feed, story grouping,
// results cut in parts) polls every URL once, each result serialized as the browser mode sends it over SSE, and
// prints one BENCH_JSON line. No browser: this is the engine's share of a first refresh alone.
// Usage: node service-child.js <urls-file> <concurrency> [<feed-text worker entry> [<workers>]]
import { readFileSync } from 'node:fs'
import type { FeedResult } from '../../src/shared/model'
import { classifyArticle } from '../../src/main/core/classify'
import { closeConnections } from '../../src/main/core/fetch-feed'
import { createNewsService } from '../../src/main/core/news-service'

interface Tally {
  feeds: number
  ok: number
  failed: number
  items: number
  grouped: number
  tagged: number
  messages: number
  sentChars: number
}

function count(t: Tally, r: FeedResult, chars: number): void {
  t.messages++
  t.sentChars += chars
  if (r.kind === 'failed') t.failed++
  if (r.kind !== 'updated') return
  t.items += r.articles.length
  t.tagged += r.articles.filter((a) => a.countries.length > 0).length
  t.grouped += r.articles.filter((a) => a.storyId !== undefined && a.storyId !== a.id).length
}

/** The main thread's time on a CPU and its time runnable but waiting for one (Linux schedstat), ms: on the shared
 *  machine the wait says how much of the wall time was the others' load. The main thread alone: it runs the
 *  network, scheduling and story grouping; feed-text workers' CPU is in process.cpuUsage(). */
function mainThreadMs(): { onCpu: number; waiting: number } {
  try {
    const [onCpu, waiting] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number)
    return { onCpu: onCpu / 1e6, waiting: waiting / 1e6 }
  } catch {
    return { onCpu: Number.NaN, waiting: Number.NaN } // not Linux
  }
}

/** First and last result sent, when each quarter of them was, and the longest pause between two, ms. */
function timeline(sentAt: number[]): Record<string, number> {
  const at = (q: number) => Math.round(sentAt[Math.min(sentAt.length - 1, Math.floor(q * sentAt.length))] ?? NaN)
  const gaps = sentAt.slice(1).map((t, i) => t - sentAt[i])
  return { first: at(0), q1: at(0.25), half: at(0.5), q3: at(0.75), last: at(1), longestGap: Math.round(Math.max(0, ...gaps)) }
}

async function main(): Promise<void> {
  const [file, concurrencyArg, feedTextWorkerPath, workers] = process.argv.slice(2)
  const urls = readFileSync(file, 'utf8').split('\n').filter(Boolean)
  const warm = performance.now()
  classifyArticle({ title: 'warm-up', lang: 'en' })
  const classifierWarmupMs = performance.now() - warm
  const tally: Tally = { feeds: urls.length, ok: 0, failed: 0, items: 0, grouped: 0, tagged: 0, messages: 0, sentChars: 0 }
  const settled = new Set<string>()
  // When each result was sent, ms from the start: the engine's timeline (an even spread is CPU-bound work, a gap
  // is time the engine waited for something).
  const sentAt: number[] = []
  const service = createNewsService({
    // As web/server.ts broadcasts an event: one JSON text per result part.
    emitFeedResult: (r) => {
      count(tally, r, JSON.stringify(r).length)
      settled.add(r.feedId)
      sentAt.push(performance.now() - started)
    },
    emitProgress: (p) => void JSON.stringify(p),
    emitArticleContent: () => undefined,
    openExternal: async () => undefined,
    concurrency: Number(concurrencyArg),
    // As the app runs it (ipc.ts): parse and tag in worker threads, where this tree has them.
    ...(feedTextWorkerPath && { feedTextWorkerPath }),
    ...(workers && { feedTextWorkers: Number(workers) }),
  })
  const cpuBefore = process.cpuUsage()
  const mainBefore = mainThreadMs()
  const started = performance.now()
  await service.setSubscriptions(urls.map((url, i) => ({ id: `feed-${i + 1}`, url })))
  await service.refreshNow()
  const ms = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  const mainAfter = mainThreadMs()
  const mem = process.memoryUsage()
  service.stop()
  closeConnections()
  tally.ok = settled.size - tally.failed
  const out = {
    ...tally,
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    waitForCpuMs: Math.round(mainAfter.waiting - mainBefore.waiting),
    mainCpuMs: Math.round(mainAfter.onCpu - mainBefore.onCpu),
    timeline: timeline(sentAt),
    classifierWarmupMs,
    rssAfterMb: mem.rss / 2 ** 20,
    heapUsedMb: mem.heapUsed / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }
  process.stdout.write(`BENCH_JSON ${JSON.stringify(out)}\n`)
}

main().catch((err: unknown) => {
  process.stderr.write(`service-child: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
