// `npx tsx bench/browser/search-profile.ts [runs] [turns]`: search at 100,000 articles, HEAD against the working tree
// (PROFILE_WORKTREE=1) and older commits (PROFILE_BASE=a,b). The library is kept in a profile (SEARCH_PROFILE_DIR,
// default <tmp>/meridian-search-profile) grown once by the first base's code (HEAD's without one); each variant opens its own copy, the variants
// take turns (one session at a time: the port is part of the origin), so the machine's load weighs on all alike.
// Each turn runs queries-bench.ts's search queries `runs` times per variant (limit 50) and checks that every variant
// returns the same hits. Counters the code keeps in `globalThis.__searchStats` (added by hand while profiling) are
// summed per query. Prints JSON; not part of `npm test`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { COUNTRY_NAMES } from '../lib/corpus'
import { percentiles, round } from '../lib/stats'
import { bulkClone, ingestThroughApp, putBenchFeeds } from './fill'
import { buildCommit, buildWorktree } from './ingest-profile-build'
import { dataStepsDone } from './browser-bench'
import { buildRenderer, openSession } from './session'

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)

const COMMON = ['inflation', 'Deutschland', 'élection', 'Россия', '地震', 'الانتخابات', 'vaccine']
const QUERIES: Record<string, { terms: string[]; inCountry: boolean }> = {
  inCountry: { terms: COMMON, inCountry: true },
  twoWords: { terms: ['inflation officials', 'élection gouvernement', 'Россия выборы', 'the government', 'vaccine analysts'], inCountry: false },
  common: { terms: COMMON, inCountry: false },
}

async function ensureLibrary(rendererDir: string, profileDir: string, port: number, target: number): Promise<void> {
  const s = await openSession(rendererDir, { profileDir, port })
  try {
    await s.open()
    const stored = () => s.page.evaluate(async () => (await window.__bench!.db.counters.get('all'))?.n ?? 0)
    let n = await stored()
    if (n === 0) {
      await putBenchFeeds(s, Math.ceil(target / 50))
      n = (await ingestThroughApp(s, 100, log)).articles
    }
    if (n < target) await bulkClone(s, n, target - n, log)
    const indexed = await s.page.evaluate(() => window.__bench!.indexSearch())
    log(`library: ${await stored()} articles; search rows indexed now: ${indexed.rows}; settled in ${Math.round((await s.settle(0)) / 1000)} s`)
  } finally {
    await s.close()
  }
}

interface Variant {
  name: string
  rendererDir: string
  profileDir: string
  times: Record<string, number[]>
  stats: Record<string, Record<string, number>>
  answers: Record<string, string>
  /** Each query's runs, slowest first. */
  slowest: Record<string, { ms: number; label: string }[]>
}

/** Runs inside the page: each query `runs` times, terms and countries cycled. */
async function runSearches(a: { queries: typeof QUERIES; runs: number; countries: string[] }) {
  const b = window.__bench!
  const search = b.queries.searchArticles as (db: unknown, q: string, o: object) => Promise<{ keys: string[] }>
  const g = globalThis as unknown as { __searchStats?: Record<string, number> }
  const out: Record<string, { times: number[]; stats: Record<string, number>; answers: string[]; labels: string[] }> = {}
  for (const [name, q] of Object.entries(a.queries)) {
    const r = (out[name] = { times: [] as number[], stats: {} as Record<string, number>, answers: [] as string[], labels: [] as string[] })
    for (let i = 0; i < a.runs; i++) {
      const view = q.inCountry ? { scope: { kind: 'all' }, countries: [a.countries[i % a.countries.length]] } : undefined
      if (g.__searchStats) g.__searchStats = {}
      const t0 = performance.now()
      const page = await search(b.db, q.terms[i % q.terms.length], { limit: 50, view })
      r.times.push(performance.now() - t0)
      for (const [k, v] of Object.entries(g.__searchStats ?? {})) r.stats[k] = (r.stats[k] ?? 0) + v
      r.answers.push(`${page.keys.length}:${page.keys[0] ?? ''}:${page.keys[page.keys.length - 1] ?? ''}`)
      r.labels.push(`${q.terms[i % q.terms.length]}${view ? ` in ${view.countries[0]}` : ''} (${page.keys.length} hits)`)
    }
  }
  return out
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 21)
  const turns = Number(process.argv[3] ?? 3)
  const kept = process.env.SEARCH_PROFILE_DIR ?? join(tmpdir(), 'meridian-search-profile')
  const port = Number(process.env.SEARCH_PROFILE_PORT ?? 47_612)
  const head = buildRenderer()
  const builds = [{ name: 'head', build: head }]
  for (const ref of (process.env.PROFILE_BASE ?? '').split(',').filter(Boolean)) builds.push({ name: ref, build: buildCommit(ref) })
  if (process.env.PROFILE_WORKTREE) builds.push({ name: 'worktree', build: buildWorktree() })
  // Grown by the oldest code (the first PROFILE_BASE, else HEAD): a newer schema upgrades its copy when it opens it
  // (and waits for the upgrade's data steps, timed), an older one could not open a newer schema's library.
  const builder = builds.length > 1 && builds[1].name !== 'worktree' ? builds[1] : builds[0]
  await ensureLibrary(builder.build.rendererDir, kept, port, Number(process.env.SEARCH_PROFILE_ARTICLES ?? 100_000))
  const variants: Variant[] = builds.map(({ name, build }) => {
    const profileDir = mkdtempSync(join(tmpdir(), `meridian-search-${name}-`))
    cpSync(kept, profileDir, { recursive: true })
    return { name, rendererDir: build.rendererDir, profileDir, times: {}, stats: {}, answers: {}, slowest: {} }
  })
  try {
    for (let turn = 0; turn < turns; turn++) {
      for (const v of variants) {
        const s = await openSession(v.rendererDir, { profileDir: v.profileDir, port })
        try {
          await s.open()
          if (turn === 0) log(`${v.name}: data steps done after ${Math.round((await dataStepsDone(s)) / 1000)} s`)
          await s.settle(2_000)
          await s.page.evaluate(runSearches, { queries: QUERIES, runs: 3, countries: Object.keys(COUNTRY_NAMES) }) // warm-up, not counted
          const r = await s.page.evaluate(runSearches, { queries: QUERIES, runs, countries: Object.keys(COUNTRY_NAMES) })
          for (const [q, x] of Object.entries(r)) {
            ;(v.times[q] ??= []).push(...x.times)
            const stats = (v.stats[q] ??= {})
            for (const [k, n] of Object.entries(x.stats)) stats[k] = (stats[k] ?? 0) + n
            v.answers[q] = x.answers.join(' ')
            v.slowest[q] = [...(v.slowest[q] ?? []), ...x.times.map((ms, i) => ({ ms: round(ms), label: x.labels[i] }))].sort((a, b) => b.ms - a.ms).slice(0, 5)
          }
          log(`turn ${turn} ${v.name}: ${Object.entries(r).map(([q, x]) => `${q} p50 ${round(percentiles(x.times).p50)}`).join(', ')}`)
        } finally {
          await s.close()
        }
      }
    }
    const differs = Object.keys(QUERIES).filter((q) => variants.some((v) => v.answers[q] !== variants[0].answers[q]))
    const perRun = (stats: Record<string, number>, n: number) => Object.fromEntries(Object.entries(stats).map(([k, x]) => [k, round(x / n)]))
    const out = {
      runs,
      turns,
      loadAverage: loadavg().map(round),
      answersDiffer: differs,
      variants: Object.fromEntries(variants.map((v) => [v.name, Object.fromEntries(Object.entries(v.times).map(([q, t]) => [q, { ...percentiles(t), perRun: perRun(v.stats[q] ?? {}, t.length), slowest: v.slowest[q] }]))])),
    }
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
  } finally {
    for (const v of variants) rmSync(v.profileDir, { recursive: true, force: true })
    for (const { build } of builds) build.dispose()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`search-profile: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
