// What the list's one-row-per-story lookup costs in Chromium's IndexedDB when 20,000 or 100,000 keys are loaded:
// the old way (storiesOf over every loaded id, on every change of the list: a read mark, a page more, an ingest)
// against StoryLookup (db/stories.ts), which reads only ids it has not seen, and recent ones after an ingest.
// One page holds a database with the storyMembers table alone, a quarter of the articles in stories of 2-4.
//   npx tsx bench/story-rows-bench.ts [sizes=20000,100000] [runs=5]
import { build } from 'esbuild'
import { chromium } from 'playwright-core'

const sizes = (process.argv[2] ?? '20000,100000').split(',').map(Number)
const runs = Number(process.argv[3] ?? 5)
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Runs in the page: fills the table, then times each way of answering for the whole list. */
const PAGE_SCRIPT = `
import Dexie from 'dexie'
import { storiesOf, StoryLookup } from './src/renderer/src/db/stories'
import { idOfSortKey } from './src/renderer/src/db/vocab/tags'

const DAY = 86_400_000
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
async function time(fn) { const t = performance.now(); await fn(); return performance.now() - t }

window.runBench = async (n, runs) => {
  await Dexie.delete('story-rows-bench')
  const db = new Dexie('story-rows-bench')
  db.version(1).stores({ storyMembers: 'id, s' })
  const now = Date.now()
  // Newest first, one article every 5 minutes (100,000 reach back a year); a quarter of them in stories.
  const keys = Array.from({ length: n }, (_, i) => new Date(now - i * 300_000).toISOString() + '|a' + i)
  const rows = []
  for (let i = 0; i + 3 < n; i += 12) for (let k = 0; k < 3; k++) rows.push({ id: 'a' + (i + k), s: 'a' + i })
  await db.storyMembers.bulkPut(rows)
  const ids = keys.map(idOfSortKey)
  const full = [], unchanged = [], page = [], ingest = []
  for (let r = 0; r < runs; r++) {
    full.push(await time(() => storiesOf(db, ids)))
    const lookup = new StoryLookup(db)
    await lookup.storiesOfKeys(keys, 1, now)
    unchanged.push(await time(() => lookup.storiesOfKeys(keys, 1, now)))
    const more = [...keys, ...Array.from({ length: 200 }, (_, i) => new Date(now - (n + i) * 300_000).toISOString() + '|b' + i)]
    page.push(await time(() => lookup.storiesOfKeys(more, 1, now)))
    ingest.push(await time(() => lookup.storiesOfKeys(more, 2, now)))
  }
  db.close()
  return { n, rows: rows.length, full: median(full), unchanged: median(unchanged), page: median(page), ingest: median(ingest),
    recentDays: 7, recentIds: keys.filter((k) => k >= new Date(now - 7 * DAY).toISOString()).length }
}
`

async function main(): Promise<void> {
  const bundle = await build({ stdin: { contents: PAGE_SCRIPT, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, write: false, format: 'iife' })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  try {
    const page = await browser.newPage()
    // IndexedDB needs a real origin: the page is served from a routed one.
    await page.route('http://bench.local/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>${bundle.outputFiles[0].text.replace(/<\/script/g, '<\\/script')}</script>` }))
    await page.goto('http://bench.local/')
    console.log('| loaded keys | member rows | storiesOf, every change | lookup, unchanged list | lookup, +200 keys | lookup, after an ingest (recent ids) |')
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const n of sizes) {
      const r = await page.evaluate(([size, times]) => (window as unknown as { runBench(n: number, r: number): Promise<Record<string, number>> }).runBench(size, times), [n, runs] as const)
      const ms = (x: number) => `${x.toFixed(1)} ms`
      console.log(`| ${r.n} | ${r.rows} | ${ms(r.full)} | ${ms(r.unchanged)} | ${ms(r.page)} | ${ms(r.ingest)} (${r.recentIds}) |`)
    }
  } finally {
    await browser.close()
  }
}

void main()
