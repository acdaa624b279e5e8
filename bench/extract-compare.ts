// Parts of bench/extract-bench.ts: Meridian's extraction beside Readability alone, and the hostile page.
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { pinDocumentUrls, resolveBaseUrl } from '../src/main/core/extract/base-url'
import { extractArticle } from '../src/main/core/extract/extract-article'
import { ExtractPool } from '../src/main/core/extract/extract-pool'
import { parseHtml } from '../src/main/core/extract/parse-html'
import { readDocument } from '../src/main/core/extract/read-document'
import type { ExtractedArticle } from '../src/main/core/extract/types'
import { CORPUS_PAGE_URL, scorePage, type CorpusPage } from '../tests/main/core/extract/corpus'
import { loadDevSet, meanScores, scoreDevPage } from '../tests/main/core/extract/dev-set'
import { nestedDivPage } from '../tests/main/core/extract/hostile-pages'

type Extract = (html: string, url: string) => ExtractedArticle

/** Readability on linkedom with nothing of ours after it: the baseline every figure is set beside. */
const readabilityAlone: Extract = (html, url) => {
  const doc = parseHtml(html, url)
  const base = resolveBaseUrl(doc, url)
  pinDocumentUrls(doc, url, base)
  return readDocument(doc, url, base, { clean: false })
}
const EXTRACTORS: [string, Extract][] = [['Readability alone', readabilityAlone], ['Meridian', extractArticle]]

const fmt = (n: number) => n.toFixed(4)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

// A full collection before every timed run, so no run pays for the garbage of the one before it (linkedom pages
// leave tens of MB): without it a page's time says more about its neighbour than about itself.
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

/** CPU milliseconds (user + system) of this process: on a machine shared with other jobs, wall time measures them. */
function cpuMs(run: () => void): number {
  collectGarbage()
  const started = process.cpuUsage()
  run()
  const used = process.cpuUsage(started)
  return (used.user + used.system) / 1000
}

/** Runs both extractors on every page, alternating, keeping each one's least CPU time of `rounds` runs. */
function timeBoth(items: { html: string; url: string }[], rounds: number) {
  const ms = EXTRACTORS.map(() => items.map(() => Infinity))
  const articles: (ExtractedArticle | undefined)[][] = EXTRACTORS.map(() => [])
  const crashes = EXTRACTORS.map(() => 0)
  for (let round = 0; round < rounds; round++) {
    items.forEach((item, i) => {
      EXTRACTORS.forEach(([, extract], e) => {
        const spent = cpuMs(() => {
          try {
            articles[e]![i] = extract(item.html, item.url)
          } catch {
            if (round === 0) crashes[e]!++
          }
        })
        ms[e]![i] = Math.min(ms[e]![i]!, spent)
      })
    })
  }
  return { ms, articles, crashes }
}

export function printComparison(corpus: CorpusPage[]): void {
  const dev = loadDevSet()
  const devRun = timeBoth(dev, 1)
  console.log(`Dev set (${dev.length} pages, tests/fixtures/extract-dev), token scores of the stored body, mean per page`)
  console.log('extractor          precision  recall  F1      crashes')
  EXTRACTORS.forEach(([name], e) => {
    const s = meanScores(dev.map((page, i) => scoreDevPage(devRun.articles[e]![i] ?? { readerable: false, wordCount: 0 }, page)))
    console.log(`${name.padEnd(19)}${fmt(s.precision).padStart(9)}  ${fmt(s.recall).padStart(6)}  ${fmt(s.f1)}  ${devRun.crashes[e]}`)
  })
  console.log()
  const rounds = process.argv.includes('--quick') ? 3 : 5
  const run = timeBoth(corpus.map((p) => ({ html: p.sourceHtml, url: CORPUS_PAGE_URL })), rounds)
  const [aloneMs, oursMs] = run.ms as [number[], number[]]
  const ratios = oursMs.map((ms, i) => ms / aloneMs[i]!)
  console.log(`Readability corpus (${corpus.length} pages), least CPU time of ${rounds} runs per page (full GC before each), both extractors alternating`)
  console.log('extractor          F1 mean  median ms  max ms  crashes')
  EXTRACTORS.forEach(([name], e) => {
    const f1 = corpus.map((page, i) => scorePage(run.articles[e]![i] ?? { readerable: false, wordCount: 0 }, page).f1)
    const ms = run.ms[e]!
    console.log(`${name.padEnd(19)}${fmt(f1.reduce((a, b) => a + b, 0) / f1.length)}  ${median(ms).toFixed(1).padStart(9)}  ${Math.max(...ms).toFixed(1).padStart(6)}  ${run.crashes[e]}`)
  })
  printRatios(corpus, aloneMs, oursMs, ratios)
}

function printRatios(corpus: CorpusPage[], aloneMs: number[], oursMs: number[], ratios: number[]): void {
  const sorted = [...ratios].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(2)
  console.log(`Meridian / Readability alone per page: median ${at(0.5)}x, p90 ${at(0.9)}x, p99 ${at(0.99)}x, max ${at(1)}x; over 1.5x: ${ratios.filter((r) => r > 1.5).length}, over 2x: ${ratios.filter((r) => r > 2).length}`)
  const slowest = ratios.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 5)
  console.log(`Slowest pages: ${slowest.map(([r, i]) => `${corpus[i]!.name} ${aloneMs[i]!.toFixed(1)} -> ${oursMs[i]!.toFixed(1)} ms (${r.toFixed(2)}x)`).join('; ')}`)
  console.log(`Pages slower than 2x the median of Readability alone (${(2 * median(aloneMs)).toFixed(1)} ms), alone / Meridian: ${aloneMs.filter((ms) => ms > 2 * median(aloneMs)).length} / ${oursMs.filter((ms) => ms > 2 * median(aloneMs)).length}`)
}

/** The audit's page through the worker, as the app runs it, plus a deep page just within the caps. */
export async function printHostile(): Promise<void> {
  const pool = new ExtractPool({ workerPath: join(__dirname, '../src/main/core/extract/extract-worker.ts') })
  await pool.extract('<p>warm</p>', 'https://bench.example/warm') // the worker's start-up is not the page's cost
  console.log('Hostile pages through the extraction worker (process peak RSS sampled every 5 ms)')
  for (const [label, blocks] of [['4,000 blocks of 99-deep divs (audit)', 4000], ['78 blocks of 99-deep divs (just within the caps)', 78]] as const) {
    const html = nestedDivPage(blocks, 99)
    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
    const started = performance.now()
    const outcome = await pool.extract(html, 'https://bench.example/deep').then((a) => `read, ${a.wordCount} words`, (err: Error) => err.message.replace(/^Could not extract \S+: /, ''))
    const ms = performance.now() - started
    clearInterval(sampler)
    console.log(`${label}: ${(html.length / 1e6).toFixed(1)} MB, ${ms.toFixed(0)} ms, peak RSS ${(peak / 1e6).toFixed(0)} MB; ${outcome}`)
  }
  pool.close()
}
