// `npx tsx bench/browser/upgrade-profile.ts [articles] [turns]`: each data step of the upgrade from schema 14, timed
// on its own. A version-14 database of `articles` generated articles is seeded once into a kept profile
// (UPGRADE_PROFILE_DIR, default <tmp>/meridian-upgrade-profile; the seed takes minutes at 100,000); each variant
// (HEAD's code, PROFILE_WORKTREE=1 the working tree's, PROFILE_BASE=<commit> an older commit's) opens a fresh copy
// with its schema and runs the data steps with the app's batch sizing until the lists are complete (the tag rows'
// background clean-up is not timed). Variants take turns. Prints JSON; not part of `npm test`.
//
// From any schema, step by step: UPGRADE_APP_PROFILE=<kept profile> UPGRADE_APP_PORT=<its port> times the app itself
// upgrading a copy of a library it keeps in its own database (e.g. <tmp>/search-100k-v32 on 47612, grown at schema
// 32 by search-profile.ts): each step recorded by the versionchange, as the reader meets it (upgrade-steps.ts).
// PROFILE_BASE takes several commits (a,b). UPGRADE_ALL_STEPS=1: from the version-14 seed, the background steps too
// (all but the tag rows' clean-up), each timed on its own; UPGRADE_ONLY_STEPS=a,b only those (e.g. v15-drop-tags).
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCommit, buildWorktree, type Build } from './ingest-profile-build'
import { round } from '../lib/stats'
import { buildRenderer, openSession } from './session'
import { seed } from './upgrade-bench'
import { timeAppSteps } from './upgrade-steps'
import { DATA_STEPS } from '../../src/renderer/src/db/migrations/data-steps'

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)
const PORT = Number(process.env.UPGRADE_PROFILE_PORT ?? 47_437)
const NAME = 'bench-upgrade-kept'

async function ensureSeed(rendererDir: string, profileDir: string, articles: number): Promise<void> {
  const s = await openSession(rendererDir, { profileDir, port: PORT })
  try {
    await s.open()
    const t0 = performance.now()
    const stored = await seed(s.page, NAME, articles)
    log(`seeded ${stored} articles at version 14 in ${round((performance.now() - t0) / 1000)} s`)
  } finally {
    await s.close()
  }
}

async function upgradeCopy(name: string, build: Build, kept: string): Promise<Record<string, unknown>> {
  const copy = mkdtempSync(join(tmpdir(), 'meridian-upgrade-copy-'))
  cpSync(kept, copy, { recursive: true })
  const s = await openSession(build.rendererDir, { profileDir: copy, port: PORT })
  try {
    await s.open()
    const settled = await s.settle(5_000)
    const load = loadavg()[0]
    // UPGRADE_ALL_STEPS=1: the background steps too (each timed on its own), all but the tag rows' clean-up.
    // UPGRADE_ONLY_STEPS=a,b: those steps alone (every other marked done after the open), clean-ups included.
    const only = (process.env.UPGRADE_ONLY_STEPS ?? '').split(',').filter(Boolean)
    const all = Boolean(process.env.UPGRADE_ALL_STEPS) || only.length > 0
    const skip = only.length ? DATA_STEPS.map((step) => step.name).filter((name) => !only.includes(name)) : all ? ['v15-drop-tags'] : []
    const run = await s.page.evaluate(({ n, all, skip }) => window.__bench!.timeUpgrade(n, 0, !all, skip), { n: NAME, all, skip })
    // Phase timings, when the build has `step:*` performance measures (added by hand while profiling).
    const phases = await s.page.evaluate(() => {
      const sums: Record<string, number> = {}
      for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('step:')) sums[m.name] = (sums[m.name] ?? 0) + m.duration
      return sums
    })
    const out = {
      openSeconds: round(run.openMs / 1000),
      listsReadySeconds: round(run.visibleMs / 1000),
      stepSeconds: Object.fromEntries(Object.entries(run.stepMs ?? {}).map(([k, v]) => [k, round(v / 1000)])),
      phaseSeconds: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(v / 1000)])),
      batches: run.batchMs.length,
      listRows: run.listRows,
      settledSeconds: round(settled / 1000),
      loadAverage: round(load),
    }
    log(`${name}: ${JSON.stringify(out)}`)
    return out
  } finally {
    await s.close()
    rmSync(copy, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const articles = Number(process.argv[2] ?? 100_000)
  const turns = Number(process.argv[3] ?? 1)
  const kept = process.env.UPGRADE_PROFILE_DIR ?? join(tmpdir(), 'meridian-upgrade-profile')
  const variants: [string, Build][] = [['head', buildRenderer()]]
  for (const ref of (process.env.PROFILE_BASE ?? '').split(',').filter(Boolean).reverse()) variants.unshift([`base ${ref}`, buildCommit(ref)])
  if (process.env.PROFILE_WORKTREE) variants.push(['worktree', buildWorktree()])
  const appProfile = process.env.UPGRADE_APP_PROFILE
  try {
    if (appProfile) {
      await timeAppVariants(variants, appProfile, turns)
      return
    }
    if (!existsSync(kept)) await ensureSeed(variants.find(([n]) => n === 'head')![1].rendererDir, kept, articles)
    const runs: Record<string, Record<string, unknown>[]> = {}
    // PROFILE_SKIP_HEAD=1: only the other variants (a phase breakdown of the working tree alone).
    const timed = process.env.PROFILE_SKIP_HEAD ? variants.filter(([n]) => n !== 'head') : variants
    for (let t = 0; t < turns; t++) for (const [name, build] of timed) (runs[name] ??= []).push(await upgradeCopy(name, build, kept))
    process.stdout.write(`${JSON.stringify({ articles, turns, runs }, null, 2)}\n`)
  } finally {
    for (const [, build] of variants) build.dispose()
  }
}

async function timeAppVariants(variants: [string, Build][], kept: string, turns: number): Promise<void> {
  const port = Number(process.env.UPGRADE_APP_PORT ?? 47_612)
  const timed = process.env.PROFILE_SKIP_HEAD ? variants.filter(([n]) => n !== 'head') : variants
  const runs: Record<string, unknown[]> = {}
  for (let t = 0; t < turns; t++) {
    for (const [name, build] of timed) {
      const out = await timeAppSteps(build, kept, port)
      log(`${name}: ${JSON.stringify(out)}`)
      ;(runs[name] ??= []).push(out)
    }
  }
  process.stdout.write(`${JSON.stringify({ kept, turns, runs }, null, 2)}\n`)
}

main().catch((err: unknown) => {
  process.stderr.write(`upgrade-profile: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
