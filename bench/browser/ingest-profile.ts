// `npx tsx bench/browser/ingest-profile.ts [libraryArticles] [batches]`: ingest at a library size, app open on All
// articles, HEAD against the working tree. The library is kept in a profile (INGEST_PROFILE_DIR, default
// <tmp>/meridian-ingest-profile) grown once by HEAD's code; each variant ingests into a copy of it, a few batches in
// turn (20 feed results, 1,000 articles, through the renderer's ingestFeedResults, in one transaction as sync.ts
// stores a burst; PROFILE_TRANSACTION_RESULTS=10,20,40 compares transaction sizes). With
// PROFILE_WORKTREE=1 the working tree (a candidate not committed yet) runs next to HEAD. Phase timings come from the
// page's `performance` measures named `ingest:*` or `write:*` when a build has them (added by hand while profiling). With
// PROFILE_BASE=<commit>[,<commit>…], each commit's code runs next to HEAD too (the code before a change, or
// candidates committed aside). Prints JSON; not part of `npm test`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFeedResult } from '../lib/feed-results'
import { buildCommit, buildWorktree } from './ingest-profile-build'
import { percentiles, round } from '../lib/stats'
import { buildRenderer, openSession, type Session } from './session'
import { ITEMS_PER_FEED, bulkClone, ingestThroughApp, putBenchFeeds } from './fill'

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)

/** Grows the kept library to `target` articles (once: later runs find it stored). */
async function ensureLibrary(rendererDir: string, profileDir: string, port: number, target: number): Promise<void> {
  const s = await openSession(rendererDir, { profileDir, port })
  try {
    await s.open()
    const stored = () => s.page.evaluate(async () => (await window.__bench!.db.counters.get('all'))?.n ?? 0)
    let n = await stored()
    if (n === 0) {
      await putBenchFeeds(s, Math.ceil(target / ITEMS_PER_FEED))
      n = (await ingestThroughApp(s, 100, log)).articles
    }
    if (n < target) await bulkClone(s, n, target - n, log)
    const indexed = await s.page.evaluate(() => window.__bench!.indexSearch())
    log(`library: ${await stored()} articles; search rows indexed now: ${indexed.rows}`)
    // Compacted once here (LevelDB works for minutes after a fill or a first open), so the copies start compacted
    // instead of each variant's first turn waiting for, or timing, the same compaction.
    log(`kept library settled in ${Math.round((await s.settle(0)) / 1000)} s`)
  } finally {
    await s.close()
  }
}

interface Variant {
  name: string
  rendererDir: string
  /** Its own copy of the kept library. */
  profileDir: string
  /** Feed results (50 articles each) per ingestFeedResults call, i.e. per transaction. */
  perTransaction: number
  rates: number[]
  phases: Record<string, number[]>
}

/** Ingests batch `b` (RESULTS_PER_BATCH new feed results) into one variant's library, app open, in transactions of
 *  the variant's size. */
async function timeBatch(v: Variant, s: Session, first: number, b: number): Promise<void> {
  const results = await Promise.all(Array.from({ length: RESULTS_PER_BATCH }, (_, i) => buildFeedResult(first + b * RESULTS_PER_BATCH + i, ITEMS_PER_FEED)))
  const r = await s.page.evaluate(async ({ rs, per }) => {
    performance.clearMeasures()
    const t0 = performance.now()
    const summaries = []
    for (let i = 0; i < rs.length; i += per) summaries.push(...(await window.__bench!.ingestFeedResults(rs.slice(i, i + per))))
    const ms = performance.now() - t0
    const measures: Record<string, number> = {}
    for (const m of performance.getEntriesByType('measure')) if (/^(ingest|write):/.test(m.name)) measures[m.name] = (measures[m.name] ?? 0) + m.duration
    return { ms, added: summaries.reduce((sum, x) => sum + x.added, 0), measures }
  }, { rs: results, per: v.perTransaction })
  v.rates.push((r.added / r.ms) * 1000)
  for (const [name, ms] of Object.entries(r.measures)) (v.phases[name] ??= []).push(ms)
  log(`${v.name} batch ${b}: ${r.added} articles in ${Math.round(r.ms)} ms (${Math.round((r.added / r.ms) * 1000)}/s) ${JSON.stringify(Object.fromEntries(Object.entries(r.measures).map(([k, x]) => [k, Math.round(x)])))}`)
}

/** Batches per turn: variants take turns, one session open at a time (each needs the kept library's origin, and the
 *  port is part of it), so the machine's load drifts over every variant alike. */
const TURN = 4
/** Feed results per timed batch: 1,000 articles. */
const RESULTS_PER_BATCH = 20

async function main(): Promise<void> {
  const target = Number(process.argv[2] ?? 100_000)
  const batches = Number(process.argv[3] ?? 12)
  const kept = process.env.INGEST_PROFILE_DIR ?? join(tmpdir(), 'meridian-ingest-profile')
  const head = buildRenderer()
  const builds = [{ name: 'head', build: head }]
  // PROFILE_BASE=a,b: each commit's code beside HEAD (candidates committed aside, or the code before a change).
  for (const ref of (process.env.PROFILE_BASE ?? '').split(',').filter(Boolean)) builds.push({ name: ref, build: buildCommit(ref) })
  if (process.env.PROFILE_WORKTREE) builds.push({ name: 'worktree', build: buildWorktree() })
  // PROFILE_TRANSACTION_RESULTS=10,20,40: HEAD once per transaction size (feed results per transaction).
  const sizes = (process.env.PROFILE_TRANSACTION_RESULTS ?? '20').split(',').map(Number)
  const port = Number(process.env.INGEST_PROFILE_PORT ?? 47_391)
  await ensureLibrary(head.rendererDir, kept, port, target)
  const variants: Variant[] = builds.flatMap(({ name, build }) =>
    sizes.map((perTransaction) => {
      const profileDir = mkdtempSync(join(tmpdir(), `meridian-ingest-${name}-`))
      cpSync(kept, profileDir, { recursive: true })
      return { name: sizes.length > 1 ? `${name}/${perTransaction * ITEMS_PER_FEED}` : name, rendererDir: build.rendererDir, profileDir, perTransaction, rates: [], phases: {} }
    }),
  )
  try {
    const first = Math.ceil(target / ITEMS_PER_FEED) + 100
    for (let from = 0; from < batches; from += TURN) {
      for (const v of variants) {
        const s = await openSession(v.rendererDir, { profileDir: v.profileDir, port })
        try {
          await s.open()
          if (from === 0) await putBenchFeeds(s, first + batches * RESULTS_PER_BATCH)
          await s.settle(3_000)
          for (let b = from; b < Math.min(batches, from + TURN); b++) await timeBatch(v, s, first, b)
        } finally {
          await s.close()
        }
      }
    }
    const out = {
      library: target,
      batches,
      loadAverage: loadavg().map(round),
      variants: Object.fromEntries(variants.map((v) => [v.name, { articlesPerSec: percentiles(v.rates), totalPerSec: round(v.rates.length / v.rates.reduce((sum, r) => sum + 1 / r, 0)), phasesMs: Object.fromEntries(Object.entries(v.phases).map(([k, x]) => [k, percentiles(x)])) }])),
    }
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  } finally {
    for (const v of variants) rmSync(v.profileDir, { recursive: true, force: true })
    for (const { build } of builds) build.dispose()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`ingest-profile: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
