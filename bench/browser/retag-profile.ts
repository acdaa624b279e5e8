// `npx tsx bench/browser/retag-profile.ts [libraryArticles] [turns]`: a classifier update over a kept library
// (RETAG_PROFILE_DIR, default <tmp>/meridian-retag-profile, grown once by HEAD's code: 5,000 articles through ingest,
// the rest cloned, then the search queue indexed). Each variant (HEAD's code, with PROFILE_WORKTREE=1 the working
// tree's, with PROFILE_BASE=<commit>[,<commit>…] older or candidate commits') re-tags a fresh copy of the library
// through retagArticles with the stand-in classifier of the bench hooks, 1,000 articles per transaction
// (RETAG_BATCH=200,1000 runs each size), app open on All articles; variants take turns. RETAG_LIMIT=20000
// re-tags the first 20,000 ids only (a shorter pass over the same library). Before the turns, HEAD's build opens the
// kept library and waits for the app to be done with it (settleKept); PROFILE_SETTLE_BASE=1 settles it with the first
// base's build instead (the oldest code: an older build must not read what a newer one wrote). After each pass the search queue it left is
// indexed and timed (indexCatchUpSeconds: what the app's indexer does in the background after a re-tag).
// RETAG_CHANGED=0.05 times a realistic update instead, which changes 5 % of the articles (see CHANGED).
// RETAG_OWN_LIBRARY=<commit>=<dir>[,…]: that base commit's variant re-tags a kept library of its own, copied once from
// RETAG_PROFILE_DIR and settled (and tagged, with RETAG_CHANGED) by its own build: a candidate with a newer schema
// whose 5 % update must meet the rows its own all-changing tagging left, settled, beside main on main's library.
// PROFILE_SKIP_HEAD=1 leaves HEAD's build out of the turns (it still grows and settles the kept library): when HEAD
// is one of PROFILE_BASE's commits (a branch not yet changed from main), its turns would only repeat that commit's.
// Prints JSON; not part of `npm test`.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCommit, buildWorktree, type Build } from './ingest-profile-build'
import type { Page } from 'playwright-core'
import { quantile, round } from '../lib/stats'
import { buildRenderer, openSession } from './session'
import { ITEMS_PER_FEED, bulkClone, ingestThroughApp, putBenchFeeds } from './fill'

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)
const PORT = Number(process.env.RETAG_PROFILE_PORT ?? 47_433)
/** Articles per transaction (RETAG_BATCH=200,1000: each variant once per size; `default`: the variant's own default),
 *  and the articles a pass stops after (RETAG_LIMIT, default all; the same first ids for every variant). */
const BATCHES = (process.env.RETAG_BATCH ?? '1000').split(',').map((b) => (b === 'default' ? undefined : Number(b)))
const LIMIT = Number(process.env.RETAG_LIMIT ?? Infinity)
/** RETAG_CLASSIFY_MS=200: the stand-in classifier takes that long per 1,000 articles, as the real one and its IPC
 *  round trip do in the app (the default 0 times the storage side alone, as the storage bench does). */
const CLASSIFY_MS = Number(process.env.RETAG_CLASSIFY_MS ?? 0)
/** RETAG_CHANGED=0.05: a realistic classifier update, which changes that share of the articles (5.1 % of the dev
 *  sets' articles changed tags or evidence from classifier version 10 to 11, 28.8 % from 9 to 10). The kept library
 *  is first tagged by the stand-in's version 1,000,000 (once, before the turns); each pass then re-tags it with
 *  version 1,000,001, which changes that share (default: every article gets tags it did not have). */
const CHANGED = process.env.RETAG_CHANGED === undefined ? undefined : Number(process.env.RETAG_CHANGED)

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

/** Opens the kept library once with HEAD's build and waits until the app is done with it: data steps a newer schema
 *  recorded (background ones included: v31-postings over 100,000 forward rows ran during every timed re-tag of a
 *  library kept from before schema 31) and the background re-tag a classifier change starts (features/tagging), so
 *  that no copy spends its timed run on either. */
async function settleKept(rendererDir: string, profileDir: string): Promise<void> {
  const s = await openSession(rendererDir, { profileDir, port: PORT })
  try {
    await s.open()
    const t0 = performance.now()
    for (;;) {
      const pending = await s.page.evaluate(async () => (await window.__bench!.db.table('migrations').toArray()).filter((r: { done: number }) => !r.done).map((r: { name: string }) => r.name))
      if (pending.length === 0) break
      log(`kept library: waiting for data steps ${pending.join(', ')}`)
      await s.page.waitForTimeout(10_000)
    }
    const settled = await s.settle(5_000) // a background re-tag keeps the browser busy until it is done
    if (CHANGED !== undefined && profileDir.endsWith('-tagged')) {
      const tagged = await s.page.evaluate(() => window.__bench!.retagAll(1000))
      const indexed = await s.page.evaluate(() => window.__bench!.indexSearch())
      log(`kept library tagged by the stand-in's first version: ${tagged.retagged} changed in ${round(tagged.ms / 1000)} s, ${indexed.rows} queued rows indexed`)
      // Left idle once more, so that what the tagging wrote is compacted before the library is copied.
      log(`kept library idle again after ${round((await s.settle(5_000)) / 1000)} s`)
    }
    log(`kept library settled in ${round((performance.now() - t0) / 1000)} s (idle after ${round(settled / 1000)} s)`)
  } finally {
    await s.close()
  }
}

type Probe = { stop: boolean; ms: number[]; done?: Promise<void> }

/** What the reader waits for while a re-tag runs: every 250 ms, a 'rw' transaction over the tables a star writes,
 *  reading one article (the time from asking to its answer is the time the reader's star would wait to start). */
async function startWaitProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe: Probe = { stop: false, ms: [] }
    ;(window as unknown as { __retagProbe: Probe }).__retagProbe = probe
    const db = window.__bench!.db
    probe.done = (async () => {
      const [id] = await db.articles.orderBy(':id').limit(1).primaryKeys()
      while (!probe.stop) {
        const t0 = performance.now()
        await db.transaction('rw', [db.articles, db.lists, db.counters], () => db.articles.get(id!))
        probe.ms.push(performance.now() - t0)
        await new Promise((r) => setTimeout(r, 250))
      }
    })()
  })
}

async function stopWaitProbe(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const probe = (window as unknown as { __retagProbe: Probe }).__retagProbe
    probe.stop = true
    await probe.done
    return probe.ms
  }).catch(() => [])
}

async function retagOnCopy(name: string, build: Build, kept: string, batch: number | undefined): Promise<Record<string, number>> {
  const copy = mkdtempSync(join(tmpdir(), 'meridian-retag-copy-'))
  cpSync(kept, copy, { recursive: true })
  const s = await openSession(build.rendererDir, { profileDir: copy, port: PORT })
  try {
    await s.open()
    const settled = await s.settle(5_000)
    const load = loadavg()[0]
    await startWaitProbe(s.page)
    const r = await s.page.evaluate(({ batch, limit, ms, changed }) => window.__bench!.retagAll(batch as number, limit, ms, changed) /* undefined: the build's own page size */, { batch, limit: LIMIT, ms: CLASSIFY_MS, changed: CHANGED })
    const waits = await stopWaitProbe(s.page)
    // What the pass left the search indexer (queued rows it posts in the background after the pass): part of its cost.
    const caughtUp = await s.page.evaluate(() => window.__bench!.indexSearch())
    // Phase timings, when the build has `retag:*` / `write:*` performance measures (added by hand while profiling).
    const phases = await s.page.evaluate(() => {
      const sums: Record<string, number> = {}
      for (const m of performance.getEntriesByType('measure')) if (/^(retag|write):/.test(m.name)) sums[m.name] = (sums[m.name] ?? 0) + m.duration
      return sums
    })
    const phaseSeconds = Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(v / 1000)]))
    const out = { retagged: r.retagged, seconds: round(r.ms / 1000), articlesPerSec: round((r.retagged / r.ms) * 1000), readerWaitMsP50: round(quantile(waits, 0.5)), readerWaitMsP95: round(quantile(waits, 0.95)), readerWaitMsMax: round(Math.max(...waits)), settledSeconds: round(settled / 1000), indexCatchUpSeconds: round(caughtUp.ms / 1000), indexCatchUpRows: caughtUp.rows, loadAverage: round(load), ...phaseSeconds }
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
    const headDir = variants.find(([n]) => n === 'head')![1].rendererDir
    const settleDir = process.env.PROFILE_SETTLE_BASE ? variants[0]![1].rendererDir : headDir
    if (!existsSync(kept) || process.env.RETAG_PROFILE_GROW) await ensureLibrary(headDir, kept, target)
    await settleKept(settleDir, kept)
    // The stand-in's tags go into a copy of their own: in the kept library itself they would leave the default pass
    // nothing to change.
    const library = CHANGED === undefined ? kept : `${kept}-tagged`
    if (library !== kept) {
      if (!existsSync(library)) cpSync(kept, library, { recursive: true })
      await settleKept(settleDir, library)
    }
    const ownLibraries = new Map<string, string>()
    for (const entry of (process.env.RETAG_OWN_LIBRARY ?? '').split(',').filter(Boolean)) {
      const [ref, dir] = entry.split('=') as [string, string]
      const build = variants.find(([n]) => n === `base ${ref}`)?.[1]
      if (!build) throw new Error(`RETAG_OWN_LIBRARY: ${ref} is not one of PROFILE_BASE's commits`)
      if (!existsSync(dir)) cpSync(kept, dir, { recursive: true })
      await settleKept(build.rendererDir, dir)
      const own = CHANGED === undefined ? dir : `${dir}-tagged`
      if (own !== dir) {
        if (!existsSync(own)) cpSync(dir, own, { recursive: true })
        await settleKept(build.rendererDir, own)
      }
      ownLibraries.set(`base ${ref}`, own)
    }
    const runs: Record<string, Record<string, number>[]> = {}
    for (let t = 0; t < turns; t++) {
      for (const [name, build] of variants) {
        if (name === 'head' && process.env.PROFILE_SKIP_HEAD) continue
        for (const batch of BATCHES) (runs[BATCHES.length > 1 ? `${name}/${batch}` : name] ??= []).push(await retagOnCopy(name, build, ownLibraries.get(name) ?? library, batch))
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
