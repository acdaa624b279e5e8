// Reader UI speed in Chromium with 100,000 stored articles (issue 4): filter change to first rows painted, facet
// counts, opening an article, scroll frame rate. Runs the built renderer in browser mode, fills IndexedDB in the
// page through the renderer's own writeArticles (window.__bench.bulkInsertNew), then drives the real UI.
//   npx tsx bench/ui-bench.ts            (BENCH_ARTICLES=20000 for a quicker run)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { startWebServer } from '../src/main/web/server'
import { waitForQuietIndexedDb } from './browser/session'
import { CHUNK, FEEDS, fillSyntheticLibrary, fmt, pct, putSyntheticFeeds } from './browser/synthetic-library'
import { CLASSIFIER_VERSION } from '../src/main/core/classify'

const ROOT = resolve(__dirname, '..')
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000)
const TRIALS = Number(process.env.BENCH_TRIALS ?? 30)
/** Articles opened, and scroll passes (each from the top of All articles: the first also loads the pages it shows). */
const OPENS = 40
const SCROLLS = 5

/** Clicks the element `selector` (the index-th match) in the page and resolves with ms until the list shows a new
 *  view's rows and the next frame has been painted. */
async function clickToRows(page: Page, selector: string, index: number): Promise<number> {
  return page.evaluate(
    ({ selector, index }) =>
      new Promise<number>((done, fail) => {
        const before = document.querySelector<HTMLElement>('.article-scroller')?.dataset.view ?? ''
        const target = document.querySelectorAll<HTMLElement>(selector)[index]
        if (!target) return fail(new Error(`no element ${selector} [${index}]`))
        const t0 = performance.now()
        target.click()
        const check = () => {
          const scroller = document.querySelector<HTMLElement>('.article-scroller')
          const changed = scroller && scroller.dataset.view !== before && scroller.querySelector('.article-row:not(.is-loading)')
          // the frame after the one that found the rows: those rows have been painted by then
          if (changed) requestAnimationFrame(() => done(performance.now() - t0))
          else if (performance.now() - t0 > 10_000) {
            const s = document.querySelector<HTMLElement>('.article-scroller')
            fail(new Error(`no new rows 10 s after clicking ${selector} [${index}]: scroller ${s ? `view ${s.dataset.view}, ${s.dataset.count} rows` : 'absent'}; empty state: ${document.querySelector('.empty-state')?.textContent ?? 'none'}`))
          }
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
    { selector, index },
  )
}

/** Clicks the index-th rendered row and resolves with ms until the reader shows that article and the next frame has
 *  been painted. */
async function openArticle(page: Page, index: number): Promise<number> {
  return page.evaluate(
    (index) =>
      new Promise<number>((done) => {
        const rows = document.querySelectorAll<HTMLElement>('.article-row[data-id]')
        const row = rows[index % rows.length]
        const id = row.dataset.id
        const t0 = performance.now()
        row.querySelector<HTMLElement>('.row-open')?.click()
        const check = () =>
          document.querySelector(`.reader[data-article-id="${CSS.escape(id ?? '')}"]`) ? requestAnimationFrame(() => done(performance.now() - t0)) : requestAnimationFrame(check)
        requestAnimationFrame(check)
      }),
    index,
  )
}

/** Presses j (next article) and resolves with ms until the reader shows another article and the next frame has been
 *  painted: the keyboard flow of a reader going through the list. */
async function nextByKey(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const before = document.querySelector<HTMLElement>('.reader[data-article-id]')?.dataset.articleId
        const t0 = performance.now()
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }))
        const check = () => {
          const shown = document.querySelector<HTMLElement>('.reader[data-article-id]')?.dataset.articleId
          if (shown && shown !== before) requestAnimationFrame(() => done(performance.now() - t0))
          else if (performance.now() - t0 > 10_000) fail(new Error(`j: the reader still shows ${before} after 10 s`))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
  )
}

/** Marks the first `n` articles of All unread, so that every open below includes its read mark (a reader mostly
 *  opens unread articles; on a kept profile, an earlier run's opens would otherwise have left them read). */
async function markFirstUnread(page: Page, n: number): Promise<void> {
  await page.evaluate(async (n) => {
    const b = window.__bench!
    const q = b.queries as Record<string, (...args: unknown[]) => Promise<unknown>>
    const rows = (await q.listHead(b.db, { scope: { kind: 'all' } }, n, n)) as { rows: { id: string }[] }
    await q.markManyRead(b.db, rows.rows.map((a) => a.id), false)
  }, n)
}

/** Scrolls the list 30,000 px per second for two seconds; frame intervals from requestAnimationFrame. */
async function scrollFrames(page: Page): Promise<{ fps: number; longFrames: number; frames: number }> {
  return page.evaluate(
    () =>
      new Promise<{ fps: number; longFrames: number; frames: number }>((done) => {
        const el = document.querySelector<HTMLElement>('.article-scroller')!
        const stamps: number[] = []
        const t0 = performance.now()
        const step = (t: number) => {
          stamps.push(t)
          el.scrollTop = ((t - t0) / 1000) * 30_000
          if (t - t0 < 2000) requestAnimationFrame(step)
          else {
            const gaps = stamps.slice(1).map((s, i) => s - stamps[i])
            done({ fps: (gaps.length / (stamps[stamps.length - 1] - stamps[0])) * 1000, longFrames: gaps.filter((g) => g > 20).length, frames: gaps.length })
          }
        }
        requestAnimationFrame(step)
      }),
  )
}

async function facetQuery(page: Page, view: object, repeats: number): Promise<number[]> {
  return page.evaluate(
    async ({ view, repeats }) => {
      const facetCounts = window.__bench!.queries.facetCounts as (db: unknown, v: unknown) => Promise<unknown>
      const times: number[] = []
      for (let i = 0; i < repeats; i++) {
        const t0 = performance.now()
        await facetCounts(window.__bench!.db, view)
        times.push(performance.now() - t0)
      }
      return times
    },
    { view, repeats },
  )
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'meridian-ui-bench-'))
  // BENCH_PROFILE=<dir> keeps the filled profile for the next run, which then skips the fill.
  const profile = process.env.BENCH_PROFILE ?? mkdtempSync(join(tmpdir(), 'meridian-ui-bench-profile-'))
  execFileSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  // A fixed BENCH_PORT keeps the origin, and so the database, the same across runs that reuse BENCH_PROFILE.
  const web = await startWebServer({ port: Number(process.env.BENCH_PORT ?? 0), rendererDir: join(outDir, 'renderer') })
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  })
  await context.addInitScript({ content: 'globalThis.__name = (f) => f' }) // tsx's keepNames wrappers, inside evaluated functions
  // The synthetic articles carry made-up tags: mark them as tagged by the current classifier, so the app's
  // start-up re-tagging pass (features/tagging/background-retag.ts) does not rewrite 100,000 rows mid-measurement.
  await context.addInitScript({ content: `localStorage.setItem('meridian.taggedClassifierVersion', '${CLASSIFIER_VERSION}')` })
  const page = context.pages()[0] ?? (await context.newPage())
  if (process.env.BENCH_DEBUG) page.on("console", (m) => console.log("page:", m.type(), m.text()))
  page.on("pageerror", (e) => { if (process.env.BENCH_DEBUG || !String(e).includes("no #root")) console.log("page error:", String(e)) })
  try {
    // Filled with the app open, as a reader's app would be: its live queries re-run after each write, and are
    // cheap enough (counters and page-sized ranges) not to dominate.
    await page.goto(web.url)
    await page.waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 30_000 })
    await putSyntheticFeeds(page)
    const stored = await page.evaluate(() => window.__bench!.db.articles.count())
    console.log(stored >= ARTICLES ? `Reusing ${stored.toLocaleString()} stored articles` : `Filling ${ARTICLES.toLocaleString()} articles over ${FEEDS} feeds…`)
    const fillMs = stored >= ARTICLES ? NaN : await fillSyntheticLibrary(page, ARTICLES)
    await page.reload() // a fresh start of the app on the full database
    await page.waitForSelector('.article-row[data-id]', { timeout: 60_000 })
    // Start-up work (the offline clean-up 10 s after start, live queries) finishes before anything is timed.
    const settledMs = await waitForQuietIndexedDb(page, 12_000)
    console.log(`  IndexedDB quiet again ${(settledMs / 1000).toFixed(0)} s after start`)

    const samples: Record<string, number[]> = { country: [], topic: [], feed: [], unread: [] }
    const countries = 'nav [aria-label="Countries"] .facet-option'
    const topics = 'nav [aria-label="Topics"] .facet-option'
    for (let i = 0; i < TRIALS; i++) {
      process.stdout.write(`  trial ${i + 1}/${TRIALS}\n`)
      samples.country.push(await clickToRows(page, countries, i % 5))
      await clickToRows(page, countries, i % 5) // country counts ignore the country filter, so it keeps its place
      samples.topic.push(await clickToRows(page, topics, i % 6))
      await clickToRows(page, topics, i % 6)
      samples.feed.push(await clickToRows(page, ".feed-list .feed-button", (i * 7) % FEEDS))
      await clickToRows(page, '.smart-views .feed-button', 0)
      samples.unread.push(await clickToRows(page, '.smart-views .feed-button', 1))
      await clickToRows(page, '.smart-views .feed-button', 0)
    }
    const facetViews: [string, object][] = [
      ['all', { scope: { kind: 'all' } }],
      ['unread', { scope: { kind: 'unread' } }],
      ['one feed', { scope: { kind: 'feed', feedId: 'bench-feed-3' } }],
      ['country FR', { scope: { kind: 'all' }, countries: ['FR'] }],
      ['country US (largest)', { scope: { kind: 'all' }, countries: ['US'] }],
      ['topic politics', { scope: { kind: 'all' }, topics: ['politics'] }],
      ['FR or DE', { scope: { kind: 'all' }, countries: ['FR', 'DE'] }],
      ['politics or sport, unread', { scope: { kind: 'unread' }, topics: ['politics', 'sport'] }],
      ['FR or DE, and politics', { scope: { kind: 'all' }, countries: ['FR', 'DE'], topics: ['politics'] }],
      ['today', { scope: { kind: 'today', since: new Date(new Date().setHours(0, 0, 0, 0)).toISOString() } }],
    ]
    const facetFigures: [string, number[]][] = []
    for (const [name, view] of facetViews) facetFigures.push([name, await facetQuery(page, view, 5)])
    await markFirstUnread(page, OPENS + 5)
    await waitForQuietIndexedDb(page, 2_000)
    // One click per rendered row from the top (distinct articles while there are rows), then j through the list.
    const opens: number[] = []
    const rendered = await page.locator('.article-row[data-id]').count()
    for (let i = 0; i < Math.min(OPENS, rendered); i++) opens.push(await openArticle(page, i))
    await markFirstUnread(page, OPENS + 5)
    await waitForQuietIndexedDb(page, 2_000)
    await openArticle(page, 0)
    const nexts: number[] = []
    for (let i = 0; i < OPENS; i++) nexts.push(await nextByKey(page))
    const scrolls: Awaited<ReturnType<typeof scrollFrames>>[] = []
    for (let i = 0; i < SCROLLS; i++) {
      await page.evaluate(() => void (document.querySelector<HTMLElement>('.article-scroller')!.scrollTop = 0))
      await page.waitForTimeout(500)
      scrolls.push(await scrollFrames(page))
    }

    console.log(`\nload average during the run: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores shared with other work)`)
    console.log(`Reader UI bench, ${ARTICLES.toLocaleString()} articles, ${FEEDS} feeds, Chromium headless 1280x800`)
    console.log(`fill (writeArticles, ${CHUNK} per transaction): ${(fillMs / 1000).toFixed(1)} s`)
    console.log('\nfilter change to first rows painted (target p95 100 ms):')
    for (const [k, xs] of Object.entries(samples)) console.log(`  ${k.padEnd(8)} ${fmt(xs)}`)
    console.log('\nfacet counts, all countries + topics + outlets, in-page query (target 150 ms):')
    for (const [k, xs] of facetFigures) console.log(`  ${k.padEnd(24)} ${fmt(xs)}`)
    console.log(`\nopen an article to painted (target 50 ms): ${fmt(opens)}`)
    console.log(`next article by j to painted (target 50 ms): ${fmt(nexts)}`)
    const fps = scrolls.map((x) => x.fps)
    console.log(`scroll at 30,000 px/s, ${SCROLLS} passes of 2 s: median ${pct(fps, 50).toFixed(1)} frames/s, slowest pass ${Math.min(...fps).toFixed(1)}, ` +
      `${scrolls.reduce((n, x) => n + x.longFrames, 0)} of ${scrolls.reduce((n, x) => n + x.frames, 0)} frames over 20 ms; passes in order: ${fps.map((f) => f.toFixed(1)).join(' ')}`)
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
