// `npx tsx bench/browser/retag-profile.ts [libraryArticles] [turns]`: a classifier update over a kept library
// (RETAG_PROFILE_DIR, default <tmp>/meridian-retag-profile, grown once by HEAD's code: 5,000 articles through ingest,
// the rest cloned, then the search queue indexed). Each variant (HEAD's code, with PROFILE_WORKTREE=1 the working
// tree's, with PROFILE_BASE=<commit>[,<commit>…] older or candidate commits') re-tags a fresh copy of the library
// through retagArticles with the stand-in classifier of the bench hooks, 1,000 articles per transaction
// (RETAG_BATCH=200,1000 runs each size), app open on All articles; variants take turns. RETAG_LIMIT=20000
// re-tags the first 20,000 ids only (a shorter pass over the same library). Prints JSON; not part of `npm test`.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCommit, buildWorktree, type Build } from './ingest-profile-build'
import { round } from '../lib/stats'
import { buildRenderer, openSession } from './session'
import { ITEMS_PER_FEED, bulkClone, ingestThroughApp, putBenchFeeds } from './fill'

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)
const PORT = Number(process.env.RETAG_PROFILE_PORT ?? 47_433)
/** Articles per transaction (RETAG_BATCH=200,1000: each variant once per size), and the articles a pass stops after
 *  (RETAG_LIMIT, default all; the same first ids for every variant). */
const BATCHES = (process.env.RETAG_BATCH ?? '1000').split(',').map(Number)
const LIMIT = Number(process.env.RETAG_LIMIT ?? Infinity)

async function ensureLibrary(rendererDir: string, profileDir: string, target: number): Promise<void> {
  const s = await openSession(rendererDir, { profileDir, port: PORT })
  try {
    await s.open()
    const stored = () => s.page.evaluate(async () => (await window.__bench!.db.counters.get('all'))?.n ?? 0)
    let n = await stored()
    if (n === 0) {
      await putBenchFeeds(s, Math.ceil(target / ITEMS_PER_FEED))
      n = (await ingestThroughApp(s, 100, log)).articles
    }
    if (n < target) await bulkClone(s, n, target - n, log)
    // Indexed, as a library is once the app has been open a while: otherwise the app's own indexer would be
    // working through the queue during every timed run.
    const indexed = await s.page.evaluate(() => window.__bench!.indexSearch())
    log(`library: ${await stored()} articles; search rows indexed now: ${indexed.rows} in ${round(indexed.ms / 1000)} s`)
  } finally {
    await s.close()
  }
}

async function retagOnCopy(name: string, build: Build, kept: string, batch: number): Promise<Record<string, number>> {
  const copy = mkdtempSync(join(tmpdir(), 'meridian-retag-copy-'))
  cpSync(kept, copy, { recursive: true })
  const s = await openSession(build.rendererDir, { profileDir: copy, port: PORT })
  try {
    await s.open()
    const settled = await s.settle(5_000)
    const load = loadavg()[0]
    const r = await s.page.evaluate(({ batch, limit }) => window.__bench!.retagAll(batch, limit), { batch, limit: LIMIT })
    // Phase timings, when the build has `retag:*` / `write:*` performance measures (added by hand while profiling).
    const phases = await s.page.evaluate(() => {
      const sums: Record<string, number> = {}
      for (const m of performance.getEntriesByType('measure')) if (/^(retag|write):/.test(m.name)) sums[m.name] = (sums[m.name] ?? 0) + m.duration
      return sums
    })
    const phaseSeconds = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(v / 1000)]))
    const out = { retagged: r.retagged, seconds: round(r.ms / 1000), articlesPerSec: round((r.retagged / r.ms) * 1000), settledSeconds: round(settled / 1000), loadAverage: round(load), ...phaseSeconds }
    log(`${name}: ${JSON.stringify(out)}`)
    return out
  } finally {
    await s.close()
    rmSync(copy, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const target = Number(process.argv[2] ?? 100_000)
  const turns = Number(process.argv[3] ?? 1)
  const kept = process.env.RETAG_PROFILE_DIR ?? join(tmpdir(), 'meridian-retag-profile')
  const variants: [string, Build][] = [['head', buildRenderer()]]
  for (const ref of (process.env.PROFILE_BASE ?? '').split(',').filter(Boolean).reverse()) variants.unshift([`base ${ref}`, buildCommit(ref)])
  if (process.env.PROFILE_WORKTREE) variants.push(['worktree', buildWorktree()])
  try {
    if (!existsSync(kept) || process.env.RETAG_PROFILE_GROW) await ensureLibrary(variants.find(([n]) => n === 'head')![1].rendererDir, kept, target)
    const runs: Record<string, Record<string, number>[]> = {}
    for (let t = 0; t < turns; t++) {
      for (const [name, build] of variants) {
        for (const batch of BATCHES) (runs[BATCHES.length > 1 ? `${name}/${batch}` : name] ??= []).push(await retagOnCopy(name, build, kept, batch))
      }
    }
    process.stdout.write(`${JSON.stringify({ library: target, turns, runs }, null, 2)}\n`)
  } finally {
    for (const [, build] of variants) build.dispose()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`retag-profile: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
