// Per-page scores on the extraction dev set (tests/fixtures/extract-dev, the set rules are tuned on): token
// precision / recall / F1 of Meridian's stored body beside Readability alone on the same DOM, in one run.
// Run: npx tsx bench/extract-dev.ts [name-filter]
import { pinDocumentUrls, resolveBaseUrl } from '../src/main/core/extract/base-url'
import { extractArticle } from '../src/main/core/extract/extract-article'
import { parseHtml } from '../src/main/core/extract/parse-html'
import { readDocument } from '../src/main/core/extract/read-document'
import { loadDevSet, meanScores, scoreDevPage, type DevPage } from '../tests/main/core/extract/dev-set'

function readabilityAlone(page: DevPage) {
  const doc = parseHtml(page.html)
  const base = resolveBaseUrl(doc, page.url)
  pinDocumentUrls(doc, page.url, base)
  return readDocument(doc, page.url, base, { clean: false })
}

const filter = process.argv[2] ?? ''
const pages = loadDevSet().filter((p) => p.name.includes(filter))
const fmt = (n: number) => n.toFixed(3)
const ours = pages.map((p) => scoreDevPage(extractArticle(p.html, p.url), p))
const alone = pages.map((p) => scoreDevPage(readabilityAlone(p), p))
console.log('page'.padEnd(34), 'readability P/R/F1'.padEnd(20), 'meridian P/R/F1')
for (const [i, page] of pages.entries()) {
  const [a, o] = [alone[i]!, ours[i]!]
  console.log(page.name.padEnd(34), `${fmt(a.precision)}/${fmt(a.recall)}/${fmt(a.f1)}`.padEnd(20), `${fmt(o.precision)}/${fmt(o.recall)}/${fmt(o.f1)}`)
}
const [ma, mo] = [meanScores(alone), meanScores(ours)]
console.log('mean'.padEnd(34), `${fmt(ma.precision)}/${fmt(ma.recall)}/${fmt(ma.f1)}`.padEnd(20), `${fmt(mo.precision)}/${fmt(mo.recall)}/${fmt(mo.f1)}`)
