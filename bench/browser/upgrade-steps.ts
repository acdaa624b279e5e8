// Each data step of a schema upgrade as a reader meets it: the app itself opens a copy of a kept library (any schema:
// the profile holds the app's own database, as grown by an older build), runs the versionchange and then the data
// steps with its own pacing (background steps pause between batches), while the bench reads the `migrations` rows
// every POLL_MS and notes when each step is done. Works with any build that has the bench hooks' `db`, so an older
// commit's steps are timed the same way. Used by upgrade-profile.ts (UPGRADE_APP_PROFILE).
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { percentiles, round, type Percentiles } from '../lib/stats'
import type { Build } from './ingest-profile-build'
import { openSession } from './session'
import { DATA_STEPS } from '../../src/renderer/src/db/migrations/data-steps'

const ORDER = DATA_STEPS.map((step) => step.name)

/** UPGRADE_READER_EVERY_MS=5000 with UPGRADE_READER_INPUT=1: a reader who comes back after a quiet spell (longer
 *  than the app's 3 s of activity) at every read. */
const POLL_MS = Number(process.env.UPGRADE_READER_EVERY_MS ?? 250)
/** A step not done after this long is reported as unfinished. */
const GIVE_UP_MS = Number(process.env.UPGRADE_GIVE_UP_S ?? 1_800) * 1000

interface StepRow {
  name: string
  done: number
  processed: number
  total?: number
}

export interface StepTimes {
  /** From navigation to the first answer of the `migrations` table: the app's start and the versionchange. */
  openSeconds: number
  /** Each step recorded by the upgrade, in the order it finished: seconds from the previous step's end (or from
   *  open) to its own, and the units it processed. */
  steps: { name: string; seconds: number; processed: number; done: boolean }[]
  totalSeconds: number
  /** Sums of `step:*` performance measures, when the build has them (db/migrations/step-marks.ts). */
  phaseSeconds: Record<string, number>
  /** How many of each measure (batches: `step:commit`), and of the app's calls to the main process (`api:*`). */
  phaseCounts: Record<string, number>
  /** The reader's first-page read while the steps ran (ms): what a batch made it wait. */
  reader?: Percentiles
  /** With UPGRADE_READER_SEARCH: the reader's search after each read (ms), and its hits first and last. */
  search?: Percentiles & { hitsFirst?: number; hitsLast?: number }
  /** The same two, by the step running at the time (the first unfinished one in today's DATA_STEPS order). */
  byStep?: Record<string, { reader: Percentiles; search?: Percentiles }>
  loadAverage: [number, number]
}

/** The `migrations` rows, and how long the reader's read of a first page took meanwhile: the newest 50 list rows
 *  and their articles, in one readonly transaction (it waits for any batch writing those tables). */
const readRows = (s: Awaited<ReturnType<typeof openSession>>) =>
  s.page.evaluate(async ({ isTyping, word }) => {
    const db = window.__bench!.db
    // UPGRADE_READER_INPUT=1: the reader also presses a key (one the app binds to nothing) before each read, so the
    // app counts them as active (features/status/reader-activity.ts).
    if (isTyping) window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }))
    const t0 = performance.now()
    await db.transaction('r', [db.lists, db.articles], async () => {
      const keys = await db.lists.orderBy(':id').reverse().limit(50).primaryKeys()
      await db.articles.bulkGet(keys.map((k) => String(k).slice(String(k).indexOf('|') + 1)))
    })
    const readerMs = performance.now() - t0
    // UPGRADE_READER_SEARCH=<word>: the reader also searches for it (the app's search, first 50 hits) after the read.
    let searchMs: number | undefined
    let hits: number | undefined
    if (word) {
      const search = window.__bench!.queries.searchArticles as (d: unknown, q: string, o: object) => Promise<{ keys: string[] }>
      const t1 = performance.now()
      hits = (await search(db, word, { limit: 50 })).keys.length
      searchMs = performance.now() - t1
    }
    const rows = (await db.table<StepRow>('migrations').toArray()).map((r) => ({ name: r.name, done: r.done, processed: r.processed, total: r.total }))
    return { rows, readerMs, searchMs, hits }
  }, { isTyping: Boolean(process.env.UPGRADE_READER_INPUT), word: process.env.UPGRADE_READER_SEARCH ?? '' })

/** Opens a fresh copy of `kept` with `build` on `port` (the port is part of the origin the library belongs to) and
 *  times the steps that were not done when it opened. */
export async function timeAppSteps(build: Build, kept: string, port: number): Promise<StepTimes> {
  const copy = mkdtempSync(join(tmpdir(), 'meridian-upgrade-steps-'))
  cpSync(kept, copy, { recursive: true })
  const load0 = loadavg()[0]
  const s = await openSession(build.rendererDir, { profileDir: copy, port })
  try {
    const t0 = performance.now()
    await s.open()
    // UPGRADE_SKIP_STEPS=a,b: those steps marked done as soon as the app opened (the runner reads a step's row again
    // before each batch, so it stops there): the other steps timed sooner, what the skipped ones build missing.
    const skip = (process.env.UPGRADE_SKIP_STEPS ?? '').split(',').filter(Boolean)
    if (skip.length) await s.page.evaluate((names) => window.__bench!.db.table('migrations').where('name').anyOf(names).modify({ done: 1 }), skip)
    let { rows } = await readRows(s)
    const opened = performance.now()
    const readerMs: number[] = []
    const searchMs: number[] = []
    const perStep: Record<string, { reader: number[]; search: number[] }> = {}
    const hits: number[] = []
    const started = new Map(rows.filter((r) => !r.done).map((r) => [r.name, r]))
    const finished: StepTimes['steps'] = []
    let last = opened
    while (finished.length < started.size && performance.now() - opened < GIVE_UP_MS) {
      await new Promise((r) => setTimeout(r, POLL_MS))
      const read = await readRows(s)
      rows = read.rows
      readerMs.push(read.readerMs)
      if (read.searchMs !== undefined) searchMs.push(read.searchMs)
      if (read.hits !== undefined) hits.push(read.hits)
      const running = ORDER.find((name) => started.has(name) && !rows.find((r) => r.name === name)?.done) ?? 'none'
      const at = (perStep[running] ??= { reader: [], search: [] })
      at.reader.push(read.readerMs)
      if (read.searchMs !== undefined) at.search.push(read.searchMs)
      const now = performance.now()
      for (const r of rows) {
        if (!started.has(r.name) || !r.done || finished.some((f) => f.name === r.name)) continue
        finished.push({ name: r.name, seconds: round((now - last) / 1000), processed: r.processed, done: true })
        last = now
      }
    }
    const { sums, counts } = await s.page.evaluate(() => {
      const sums: Record<string, number> = {}
      const counts: Record<string, number> = {}
      for (const m of performance.getEntriesByType('measure')) {
        if (!m.name.startsWith('step:')) continue
        sums[m.name] = (sums[m.name] ?? 0) + m.duration / 1000
        counts[m.name] = (counts[m.name] ?? 0) + 1
      }
      // What else the app asked the main process meanwhile (a re-tag pass classifies, for one), by method.
      for (const r of performance.getEntriesByType('resource')) {
        const method = /\/api\/invoke\/(\w+)/.exec(r.name)?.[1]
        if (method) counts[`api:${method}`] = (counts[`api:${method}`] ?? 0) + 1
      }
      return { sums, counts }
    })
    const phaseSeconds = Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, round(v)]))
    for (const r of rows) if (started.has(r.name) && !r.done) finished.push({ name: r.name, seconds: round((performance.now() - last) / 1000), processed: r.processed, done: false })
    return { openSeconds: round((opened - t0) / 1000), steps: finished, totalSeconds: round((performance.now() - t0) / 1000), phaseSeconds, phaseCounts: counts, reader: readerMs.length ? percentiles(readerMs) : undefined, search: searchMs.length ? { ...percentiles(searchMs), hitsFirst: hits[0], hitsLast: hits[hits.length - 1] } : undefined, byStep: Object.fromEntries(Object.entries(perStep).map(([k, v]) => [k, { reader: percentiles(v.reader), search: v.search.length ? percentiles(v.search) : undefined }])), loadAverage: [round(load0), round(loadavg()[0])] }
  } finally {
    await s.close()
    rmSync(copy, { recursive: true, force: true })
  }
}
