// The news map's draw time in Chromium with 100,000 stored articles (issue 20, target ≤ 150 ms): a filter change
// (a topic ticked in the sidebar, a time range on the map) to the map painted with the new view's counts. Runs the
// built renderer in browser mode and fills IndexedDB as bench/ui-bench.ts does (the same synthetic articles).
//   npx tsx bench/map-bench.ts            (BENCH_ARTICLES=20000 for a quicker run; BENCH_PROFILE=<dir> keeps the
//                                         filled profile for the next run; a build with `map:*` performance
//                                         measures, added by hand, gets their percentiles printed)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { CLASSIFIER_VERSION } from '../src/main/core/classify'
import { startWebServer } from '../src/main/web/server'
import { waitForQuietIndexedDb } from './browser/session'
import { FEEDS, fillSyntheticLibrary, fmt, putSyntheticFeeds } from './browser/synthetic-library'

const ROOT = resolve(__dirname, '..')
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000)
const TRIALS = Number(process.env.BENCH_TRIALS ?? 20)

/** Clicks the selector's index-th match and resolves with ms until the map shows counts for another view and the
 *  next frame has been painted. */
async function clickToMap(page: Page, selector: string, index: number): Promise<number> {
  return page.evaluate(
    ({ selector, index }) =>
      new Promise<number>((done, fail) => {
        const shown = () => document.querySelector<HTMLElement>('.map-view')?.dataset.mapView ?? ''
        const before = shown()
        const target = document.querySelectorAll<HTMLElement>(selector)[index]
        if (!target) return fail(new Error(`no element ${selector} [${index}]`))
        performance.mark('map-click') // the start of a build's `map:*` measures, when it has them
        const t0 = performance.now()
        target.click()
        const check = () => {
          if (shown() !== before) requestAnimationFrame(() => done(performance.now() - t0))
          else if (performance.now() - t0 > 10_000) fail(new Error(`the map still shows ${before} 10 s after clicking ${selector} [${index}]`))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
    { selector, index },
  )
}

/** A query's view, and its third argument: a days-back count turned into a Date in the page, or a number of days. */
interface QueryArgs {
  view: unknown
  daysBack?: number
  days?: number
}

/** One of the map's queries alone (in the page, no rendering), to tell the query from the UI around it: facetCounts
 *  (what All reads, and what a range scanned before the per-day counters), countriesSince (a range from the day
 *  counters), coverageMatrix (who covers whom). `since` is a days-back count turned into a Date in the page. */
async function timeQuery(page: Page, name: string, args: QueryArgs, repeats: number): Promise<number[]> {
  return page.evaluate(
    async ({ name, args, repeats }) => {
      const run = window.__bench!.queries[name] as (db: unknown, v: unknown, third?: Date | number) => Promise<unknown>
      const now = new Date()
      const since = args.daysBack === undefined ? undefined : new Date(now.getFullYear(), now.getMonth(), now.getDate() - args.daysBack)
      const times: number[] = []
      for (let i = 0; i < repeats; i++) {
        const t0 = performance.now()
        await run(window.__bench!.db, args.view, args.days ?? since)
        times.push(performance.now() - t0)
      }
      return times
    },
    { name, args, repeats },
  )
}

/** Clicks a toolbar button and resolves with ms until who covers whom shows its table, painted. */
async function clickToMatrix(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('.map-modes button')].find((b) => b.textContent === 'Who covers whom')
        if (!button) return fail(new Error('no "Who covers whom" button'))
        const t0 = performance.now()
        button.click()
        const check = () => {
          if (document.querySelector('[data-map-matrix="ready"]')) requestAnimationFrame(() => done(performance.now() - t0))
          else if (performance.now() - t0 > 30_000) fail(new Error('who covers whom not shown 30 s after the click'))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
  )
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'meridian-map-bench-'))
  const profile = process.env.BENCH_PROFILE ?? mkdtempSync(join(tmpdir(), 'meridian-map-bench-profile-'))
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  const web = await startWebServer({ port: Number(process.env.BENCH_PORT ?? 0), rendererDir: join(outDir, 'renderer') })
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  })
  await context.addInitScript({ content: 'globalThis.__name = (f) => f' }) // tsx's keepNames wrappers, inside evaluated functions
  // Synthetic tags count as the current classifier's, so start-up re-tagging leaves the rows alone (see ui-bench.ts).
  await context.addInitScript({ content: `localStorage.setItem('meridian.taggedClassifierVersion', '${CLASSIFIER_VERSION}')` })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (e) => {
    if (!String(e).includes('no #root')) console.log('page error:', String(e))
  })
  try {
    await page.goto(web.url)
    await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 30_000 })
    await putSyntheticFeeds(page)
    // The first read opens the database, which runs any pending upgrade (schema 21 builds the day counters).
    const openStart = performance.now()
    const stored = await page.evaluate(() => window.__bench!.db.articles.count())
    console.log(`  database opened in ${((performance.now() - openStart) / 1000).toFixed(1)} s (includes any schema upgrade)`)
    console.log(stored >= ARTICLES ? `Reusing ${stored.toLocaleString()} stored articles` : `Filling ${ARTICLES.toLocaleString()} articles over ${FEEDS} feeds…`)
    const fillMs = stored >= ARTICLES ? NaN : await fillSyntheticLibrary(page, ARTICLES)
    await page.reload()
    await page.waitForSelector('.article-row[data-id]', { timeout: 60_000 })
    const settledMs = await waitForQuietIndexedDb(page, 12_000)
    console.log(`  IndexedDB quiet again ${(settledMs / 1000).toFixed(0)} s after start`)
    await page.getByRole('tab', { name: /^Filters/ }).click() // the sidebar's topics live in its Filters tab
    await page.waitForSelector('nav [aria-label="Topics"] .facet-option', { timeout: 30_000 })
    await page.click('[data-map-toggle]')
    await page.waitForSelector('.map-view[data-map-ready="true"] path[data-country]', { timeout: 30_000 })
    // Search rows still queued: after a fresh fill the indexer has most of the library to go, and it waits while the
    // map is open (lib/background-hold.ts), so the timings below are taken beside that queue, not after it.
    const queued = () => page.evaluate(() => window.__bench!.db.searchPending.count())
    const queuedBefore = await queued()
    const samples: Record<string, number[]> = { 'topic ticked or unticked': [], 'time range (7 d, 30 d, today, all)': [] }
    const topics = 'nav [aria-label="Topics"] .facet-option'
    const ranges = '.map-range button'
    for (let i = 0; i < TRIALS; i++) {
      // Tick a topic, then untick it: two filter changes, each a new view for the map.
      samples['topic ticked or unticked'].push(await clickToMap(page, topics, i % 5))
      samples['topic ticked or unticked'].push(await clickToMap(page, topics, i % 5))
      for (const r of [1, 2, 0, 3]) samples['time range (7 d, 30 d, today, all)'].push(await clickToMap(page, ranges, r))
    }
    const queuedAfter = await queued()
    // Phase timings of the clicks, when the build has `map:*` performance measures (added by hand while profiling).
    const phases = await page.evaluate(() => {
      const out: Record<string, number[]> = {}
      for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('map:')) (out[m.name] ??= []).push(m.duration)
      return out
    })
    const matrixSamples: number[] = []
    for (let i = 0; i < Math.min(TRIALS, 10); i++) {
      matrixSamples.push(await clickToMatrix(page))
      await page.click('.map-modes button:text-is("Show as map")')
    }
    const daysBack = (d: number) => new Date(new Date().setHours(0, 0, 0, 0) - d * 86_400_000).toISOString()
    const all = { scope: { kind: 'all' } }
    const feed = { scope: { kind: 'feed', feedId: 'bench-feed-3' } }
    const queries: [string, string, QueryArgs][] = [
      ['all articles (facetCounts)', 'facetCounts', { view: all }],
      ['topic politics (facetCounts)', 'facetCounts', { view: { ...all, topics: ['politics'] } }],
      ['7 days, scanned (facetCounts)', 'facetCounts', { view: { scope: { kind: 'today', since: daysBack(6) } } }],
      ['30 days, scanned (facetCounts)', 'facetCounts', { view: { scope: { kind: 'today', since: daysBack(29) } } }],
      ['7 days, day counters', 'countriesSince', { view: all, daysBack: 6 }],
      ['30 days, day counters', 'countriesSince', { view: all, daysBack: 29 }],
      ['30 days, topic politics, day counters', 'countriesSince', { view: { ...all, topics: ['politics'] }, daysBack: 29 }],
      ['who covers whom, all (counters)', 'coverageMatrix', { view: all }],
      ['who covers whom, topic (counters)', 'coverageMatrix', { view: { ...all, topics: ['politics'] } }],
      ['who covers whom, topic, 30 days (day rows)', 'coverageMatrix', { view: { scope: { kind: 'today', since: daysBack(29) }, topics: ['politics'] } }],
      ['who covers whom, two topics (newest 10k)', 'coverageMatrix', { view: { ...all, topics: ['politics', 'sport'] } }],
      ['who covers whom, feed (feed counters)', 'coverageMatrix', { view: feed }],
      ['30 days of daily counts (sparklines)', 'dailyCounts', { view: 30 }], // (db, days)
      ['trends of a topic (day rows)', 'viewDailyCounts', { view: { ...all, topics: ['politics'] }, days: 30 }],
      ['trends of a feed (scan)', 'viewDailyCounts', { view: feed, days: 30 }],
      ['trends of unread in a topic (scan)', 'viewDailyCounts', { view: { scope: { kind: 'unread' }, topics: ['politics'] }, days: 30 }],
    ]
    const queryFigures: [string, number[]][] = []
    for (const [label, name, args] of queries) queryFigures.push([label, await timeQuery(page, name, args, 5)])
    console.log(`\nload average during the run: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores shared with other work)`)
    console.log(`Map bench, ${ARTICLES.toLocaleString()} articles, ${FEEDS} feeds, Chromium headless 1280x800`)
    if (!Number.isNaN(fillMs)) console.log(`fill: ${(fillMs / 1000).toFixed(1)} s`)
    console.log(`search rows queued for the indexer: ${queuedBefore.toLocaleString()} before the timed clicks, ${queuedAfter.toLocaleString()} after`)
    console.log('\nfilter change to the map painted with the new counts (target 150 ms):')
    for (const [k, xs] of Object.entries(samples)) console.log(`  ${k.padEnd(40)} ${fmt(xs)}`)
    console.log(`  ${'who covers whom opened'.padEnd(40)} ${fmt(matrixSamples)}`)
    if (Object.keys(phases).length) console.log('\nphases of those clicks (map:* measures of this build):')
    for (const [k, xs] of Object.entries(phases)) console.log(`  ${k.padEnd(40)} ${fmt(xs)}`)
    console.log('\nthe queries alone (in the page, no rendering):')
    for (const [k, xs] of queryFigures) console.log(`  ${k.padEnd(40)} ${fmt(xs)}`)
  } finally {
    await context.close()
    await web.close()
    rmSync(outDir, { recursive: true, force: true })
    if (!process.env.BENCH_PROFILE) rmSync(profile, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
