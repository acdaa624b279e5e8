// Extraction quality and cost. Run: npx tsx bench/extract-bench.ts [--quick]. Prints tables; writes nothing.
// 1. linkedom vs jsdom as the DOM under our extraction on Readability's corpus (F1 vs expected.html, metadata, ms).
// 2. Meridian's extraction (cleaning, second extractor, lazy images) beside Readability alone, same run, same DOM:
//    on the dev set (token P/R/F1, tests/fixtures/extract-dev) and on the corpus (F1, ms per page, slowdown).
// 3. The audit's hostile page (4,000 blocks of 99-deep divs) through the extraction worker: time and peak RSS.
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import { extractArticle } from '../src/main/core/extract/extract-article'
import { readDocument } from '../src/main/core/extract/read-document'
import type { ExtractedArticle } from '../src/main/core/extract/types'
import { printComparison, printHostile } from './extract-compare'
import { CORPUS_PAGE_URL, METADATA_FIELDS, loadCorpus, scorePage, type CorpusPage, type MetadataField } from '../tests/main/core/extract/corpus'

type Extractor = (html: string, url: string) => ExtractedArticle

/** The slice of jsdom's API used here; the project has no @types/jsdom, and jsdom is only a devDependency. */
interface JsdomApi {
  JSDOM: new (html: string, options: { url: string; virtualConsole: object }) => { window: { document: Document; close(): void } }
  VirtualConsole: new () => object
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as JsdomApi

const extractors: Record<string, Extractor> = {
  linkedom: extractArticle,
  jsdom(html, url) {
    // A silent console: jsdom reports every CSS it cannot parse, which is noise here.
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() })
    try {
      return readDocument(dom.window.document, url, dom.window.document.baseURI)
    } finally {
      dom.window.close()
    }
  },
}

interface Row {
  dom: string
  crashes: number
  f1s: number[]
  ms: number[]
  matches: Record<MetadataField, [number, number]>
  allMetadataPages: number
}

function measure(dom: string, extract: Extractor, pages: CorpusPage[]): Row {
  for (const page of pages.slice(0, 10)) extract(page.sourceHtml, CORPUS_PAGE_URL) // warm the JIT
  const row: Row = { dom, crashes: 0, f1s: [], ms: [], matches: emptyMatches(), allMetadataPages: 0 }
  for (const page of pages) {
    const started = performance.now()
    let article: ExtractedArticle
    try {
      article = extract(page.sourceHtml, CORPUS_PAGE_URL)
    } catch {
      row.crashes++
      row.f1s.push(0)
      continue
    }
    row.ms.push(performance.now() - started)
    const score = scorePage(article, page)
    row.f1s.push(score.f1)
    const verdicts = Object.entries(score.metadata) as [MetadataField, boolean][]
    for (const [field, isMatch] of verdicts) {
      row.matches[field][0] += isMatch ? 1 : 0
      row.matches[field][1] += 1
    }
    if (verdicts.every(([, isMatch]) => isMatch)) row.allMetadataPages++
  }
  return row
}

function emptyMatches(): Record<MetadataField, [number, number]> {
  return Object.fromEntries(METADATA_FIELDS.map((f) => [f, [0, 0]])) as Record<MetadataField, [number, number]>
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!

function printTable(rows: Row[], pageCount: number): void {
  const lines: string[][] = [['', ...rows.map((r) => r.dom)]]
  const add = (label: string, cell: (r: Row) => string) => lines.push([label, ...rows.map(cell)])
  add('pages', () => String(pageCount))
  add('crashes', (r) => String(r.crashes))
  add('F1 mean', (r) => mean(r.f1s).toFixed(4))
  add('F1 median', (r) => quantile(r.f1s, 0.5).toFixed(4))
  add('F1 min', (r) => Math.min(...r.f1s).toFixed(4))
  add('pages F1 < 0.9', (r) => String(r.f1s.filter((f) => f < 0.9).length))
  for (const field of METADATA_FIELDS) add(`${field} match`, (r) => `${r.matches[field][0]}/${r.matches[field][1]}`)
  add('all metadata match', (r) => `${r.allMetadataPages}/${pageCount}`)
  add('median ms/page', (r) => quantile(r.ms, 0.5).toFixed(1))
  add('p90 ms/page', (r) => quantile(r.ms, 0.9).toFixed(1))
  add('max ms/page', (r) => Math.max(...r.ms).toFixed(1))
  add('total s', (r) => (r.ms.reduce((a, b) => a + b, 0) / 1000).toFixed(2))
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)))
  for (const line of lines) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
}

async function main(): Promise<void> {
  // The hostile page first, while this process holds nothing else: its peak RSS is the figure reported.
  await printHostile()
  console.log()
  const pages = loadCorpus()
  printTable(Object.entries(extractors).map(([dom, extract]) => measure(dom, extract, pages)), pages.length)
  console.log()
  printComparison(pages)
}

void main()
