// Extraction speed per page of Readability's corpus, Meridian against Readability alone on the same DOM: the least
// wall time of 15 runs each, the two alternating. The least of many runs is what a page costs when nothing else
// interrupts it, so it holds on a shared machine; the process's CPU time after a forced GC (extract-compare.ts) came out
// several times the wall time under load (median 160 ms a page against 27 ms), as it counts every thread of the process.
// Run: npx tsx bench/extract-speed.ts [page names...]
import { performance } from 'node:perf_hooks'
import { pinDocumentUrls, resolveBaseUrl } from '../src/main/core/extract/base-url'
import { extractArticle } from '../src/main/core/extract/extract-article'
import { parseHtml } from '../src/main/core/extract/parse-html'
import { readDocument } from '../src/main/core/extract/read-document'
import { CORPUS_PAGE_URL, loadCorpus } from '../tests/main/core/extract/corpus'
const alone = (html: string, url: string) => { const d = parseHtml(html, url); const b = resolveBaseUrl(d, url); pinDocumentUrls(d, url, b); return readDocument(d, url, b, { clean: false }) }
const corpus = loadCorpus()
const names = process.argv.slice(2)
const pages = names.length ? corpus.filter((p) => names.includes(p.name)) : corpus
const rows: [string, number, number][] = []
for (const p of pages) {
  let a = Infinity, m = Infinity
  for (let r = 0; r < 15; r++) {
    let t = performance.now(); alone(p.sourceHtml, CORPUS_PAGE_URL); a = Math.min(a, performance.now() - t)
    t = performance.now(); extractArticle(p.sourceHtml, CORPUS_PAGE_URL); m = Math.min(m, performance.now() - t)
  }
  rows.push([p.name, a, m])
}
rows.sort((x, y) => y[2] / y[1] - x[2] / x[1])
for (const [n, a, m] of rows.slice(0, 12)) console.log(`${n} ${a.toFixed(1)} -> ${m.toFixed(1)} ms (${(m / a).toFixed(2)}x)`)
const r = rows.map(([, a, m]) => m / a).sort((x, y) => x - y)
console.log(`pages ${rows.length}: median ${r[Math.floor(r.length / 2)]!.toFixed(2)}x, max ${r[r.length - 1]!.toFixed(2)}x, over 2x ${r.filter((x) => x > 2).length}, over 1.5x ${r.filter((x) => x > 1.5).length}`)
