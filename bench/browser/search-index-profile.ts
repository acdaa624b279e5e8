// `npx tsx bench/browser/search-index-profile.ts [articles] [step]`: the search index of HEAD against older commits'
// (SEARCH_BASE=a,b; default 0b79e92: one multiEntry entry per token and article), each app in a fresh Chromium
// profile of its own, all open at once. The libraries grow in turns of `step` articles (the bulk path, not timed), and after
// each turn the rows that turn queued are indexed and timed (indexAllPending, the app's batches), so the machine's
// load weighs on all alike; then the queries of queries-bench.ts run on each at the size reached. Prints JSON; not
// part of `npm test`.
import { loadavg } from 'node:os'
import { buildCommit } from './ingest-profile-build'
import { percentiles, round } from '../lib/stats'
import { buildRenderer, openSession, type Session } from './session'
import { bulkClone, ingestThroughApp, putBenchFeeds } from './fill'
import { runQueries } from './queries-bench'

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)

interface Variant {
  name: string
  s: Session
  stored: number
  rates: number[]
}

/** Indexes what is queued now; rows per second over the rows queued when it started. */
async function timeIndexing(s: Session): Promise<{ rows: number; perSec: number }> {
  return s.page.evaluate(async () => {
    const b = window.__bench!
    // Schema 31 queues ids (searchQueue), one row per write; older schemas whole rows (searchPending).
    const queue = b.db.tables.some((t) => t.name === 'searchQueue') ? ((await b.db.table('searchQueue').toArray()) as { ids: string[] }[]) : []
    const queued = (await b.db.searchPending.count()) + queue.reduce((n, q) => n + q.ids.length, 0)
    const t0 = performance.now()
    await b.indexSearch()
    const ms = performance.now() - t0
    return { rows: queued, perSec: (queued / ms) * 1000 }
  })
}

async function main(): Promise<void> {
  const target = Number(process.argv[2] ?? 100_000)
  const step = Number(process.argv[3] ?? 10_000)
  const bases = (process.env.SEARCH_BASE ?? '0b79e92').split(',')
  const builds = [{ name: 'head', build: buildRenderer() }, ...bases.map((name) => ({ name, build: buildCommit(name) }))]
  const variants: Variant[] = []
  try {
    for (const { name, build } of builds) {
      const s = await openSession(build.rendererDir)
      await s.open()
      await putBenchFeeds(s, 100)
      const seeded = await ingestThroughApp(s, 100, log)
      await timeIndexing(s)
      variants.push({ name, s, stored: seeded.articles, rates: [] })
    }
    while (variants.some((v) => v.stored < target)) {
      for (const v of variants) {
        const n = Math.min(step, target - v.stored)
        v.stored += (await bulkClone(v.s, v.stored, n, log)).articles
        const t = await timeIndexing(v.s)
        v.rates.push(t.perSec)
        log(`${v.name}: ${v.stored} articles; indexed ${t.rows} queued rows at ${Math.round(t.perSec)}/s`)
      }
    }
    const out: Record<string, unknown> = { target, step, loadAverage: loadavg().map(round) }
    for (const v of variants) {
      await v.s.settle(5_000)
      const queries = await runQueries(v.s, { runs: 20, searchRuns: 20, missRuns: 2, skipMemorySearch: true }, (l) => log(`${v.name} ${l}`))
      out[v.name] = { stored: v.stored, indexedRowsPerSec: v.rates.map(round), indexedRowsPerSecSummary: percentiles(v.rates), queries: Object.fromEntries(Object.entries(queries).map(([k, q]) => [k, { p50: q.p50, p95: q.p95 }])) }
    }
    out.loadAverageAtEnd = loadavg().map(round)
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  } finally {
    for (const v of variants) await v.s.close()
    for (const { build } of builds) build.dispose()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`search-index-profile: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
