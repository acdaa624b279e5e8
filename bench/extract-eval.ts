// Frozen-set evaluation of full-text extraction: Meridian's extractor (as the app calls it) beside Mozilla Readability
// alone on linkedom, on tests/fixtures/extract-frozen, in one run. Prints aggregates only: overall, per language,
// per kind. Never per-page results: the set is for reporting, not for tuning.
// Run: npx tsx bench/extract-eval.ts [--json out.json]
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { extractArticle } from '../src/main/core/extract'
import { imageRecall, imageSources, scoreText } from './lib/extract-score'
import { quantile } from './lib/stats'
import { loadFrozenSet, type FrozenPage } from '../tests/bench/frozen-set'

interface Extraction { text: string; html: string }
interface Method { name: string; run(html: string, url: string): Extraction | Promise<Extraction> }

const METHODS: Method[] = [
  {
    name: 'meridian',
    async run(html, url) {
      const article = await extractArticle(html, url)
      return { text: article.textContent ?? '', html: article.contentHtml ?? '' }
    },
  },
  {
    name: 'readability',
    run(html) {
      const { document } = parseHTML(html)
      const parsed = new Readability(document as unknown as Document).parse()
      return { text: parsed?.textContent ?? '', html: parsed?.content ?? '' }
    },
  },
]

interface Outcome { page: FrozenPage; method: string; crashed: boolean; p: number; r: number; f1: number; img?: number; ms?: number }

async function runOne(method: Method, page: FrozenPage): Promise<Outcome> {
  const started = performance.now()
  let got: Extraction
  try {
    got = await method.run(page.html, page.expected.url)
  } catch {
    const img = page.expected.images.length ? 0 : undefined
    return { page, method: method.name, crashed: true, p: 0, r: 0, f1: 0, img }
  }
  const ms = performance.now() - started
  const s = scoreText(got.text, page.expected.text)
  const img = imageRecall(page.expected.images, imageSources(got.html, page.expected.url))
  return { page, method: method.name, crashed: false, p: s.precision, r: s.recall, f1: s.f1, img, ms }
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN)
const f = (x: number, digits = 3) => (Number.isNaN(x) ? '—' : x.toFixed(digits))

interface Summary { pages: number; crashes: number; precision: number; recall: number; f1: number; f1Median: number; below90: number; imagePages: number; imageRecall: number; medianMs: number; maxMs: number }

function summarize(rows: Outcome[]): Summary {
  const imgs = rows.flatMap((o) => (o.img === undefined ? [] : [o.img]))
  const ms = rows.flatMap((o) => (o.ms === undefined ? [] : [o.ms]))
  return {
    pages: rows.length, crashes: rows.filter((o) => o.crashed).length,
    precision: mean(rows.map((o) => o.p)), recall: mean(rows.map((o) => o.r)), f1: mean(rows.map((o) => o.f1)),
    f1Median: quantile(rows.map((o) => o.f1), 0.5), below90: rows.filter((o) => o.f1 < 0.9).length,
    imagePages: imgs.length, imageRecall: mean(imgs), medianMs: quantile(ms, 0.5), maxMs: ms.length ? Math.max(...ms) : NaN,
  }
}

function printTable(title: string, header: string[], rows: string[][]): void {
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)))
  process.stdout.write(`\n${title}\n`)
  for (const r of all) process.stdout.write(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ') + '\n')
}

function groupBy(outcomes: Outcome[], keys: (o: Outcome) => string[]): Map<string, Outcome[]> {
  const groups = new Map<string, Outcome[]>()
  for (const o of outcomes) for (const k of keys(o)) groups.set(k, [...(groups.get(k) ?? []), o])
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)))
}

/** One row per group: page count, then F1 and image recall per method. */
function groupRows(groups: Map<string, Outcome[]>): { rows: string[][]; json: Record<string, Record<string, Summary>> } {
  const rows: string[][] = []
  const json: Record<string, Record<string, Summary>> = {}
  for (const [key, list] of groups) {
    const per = Object.fromEntries(METHODS.map((m) => [m.name, summarize(list.filter((o) => o.method === m.name))]))
    json[key] = per
    rows.push([key, String(per[METHODS[0]!.name]!.pages), ...METHODS.flatMap((m) => [f(per[m.name]!.f1), f(per[m.name]!.imageRecall, 2)])])
  }
  return { rows, json }
}

function commit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

async function main(): Promise<void> {
  const jsonAt = process.argv.indexOf('--json')
  const pages = loadFrozenSet()
  for (const page of pages.slice(0, 8)) for (const m of METHODS) await runOne(m, page) // warm the JIT, not scored
  const outcomes: Outcome[] = []
  for (const page of pages) for (const m of METHODS) outcomes.push(await runOne(m, page))

  const overall = Object.fromEntries(METHODS.map((m) => [m.name, summarize(outcomes.filter((o) => o.method === m.name))]))
  const load = loadavg().map((x) => x.toFixed(2)).join(' ')
  process.stdout.write(`Frozen extraction set: ${pages.length} pages · commit ${commit()} · ${new Date().toISOString()} · load avg ${load}\n`)
  const metric = (label: string, cell: (s: Summary) => string) => [label, ...METHODS.map((m) => cell(overall[m.name]!))]
  printTable('Overall (means over pages; crashes score 0)', ['', ...METHODS.map((m) => m.name)], [
    metric('pages', (s) => String(s.pages)), metric('crashes', (s) => String(s.crashes)),
    metric('token precision', (s) => f(s.precision, 4)), metric('token recall', (s) => f(s.recall, 4)), metric('token F1', (s) => f(s.f1, 4)),
    metric('F1 median', (s) => f(s.f1Median, 4)), metric('pages F1 < 0.9', (s) => String(s.below90)),
    metric('image recall', (s) => `${f(s.imageRecall, 3)} (${s.imagePages} pages)`),
    metric('median ms/page', (s) => f(s.medianMs, 1)), metric('max ms/page', (s) => f(s.maxMs, 1)),
  ])
  const head = (first: string) => [first, 'pages', ...METHODS.flatMap((m) => [`${m.name} F1`, `${m.name} img`])]
  const byLang = groupRows(groupBy(outcomes, (o) => [o.page.expected.lang]))
  printTable('Per language (mean token F1, mean image recall)', head('lang'), byLang.rows)
  const byKind = groupRows(groupBy(outcomes, (o) => o.page.expected.kind))
  printTable('Per kind (a page counts under each of its kinds)', head('kind'), byKind.rows)

  if (jsonAt > 0 && process.argv[jsonAt + 1]) {
    const out = { date: new Date().toISOString(), commit: commit(), loadavg: loadavg(), pages: pages.length, overall, byLang: byLang.json, byKind: byKind.json }
    writeFileSync(process.argv[jsonAt + 1]!, JSON.stringify(out, null, 2) + '\n')
  }
}

void main()
