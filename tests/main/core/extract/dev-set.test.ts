// The dev set (tests/fixtures/extract-dev, tuned on): extraction must beat Readability alone by a wide margin and
// keep every page's text nearly whole. Figures beside Readability alone: npx tsx bench/extract-bench.ts.
import { beforeAll, describe, expect, it } from 'vitest'
import { extractArticle } from '../../../../src/main/core/extract/extract-article'
import { pinDocumentUrls, resolveBaseUrl } from '../../../../src/main/core/extract/base-url'
import { parseHtml } from '../../../../src/main/core/extract/parse-html'
import { readDocument } from '../../../../src/main/core/extract/read-document'
import type { TokenScores } from './corpus'
import { loadDevSet, meanScores, scoreDevPage, type DevPage } from './dev-set'

/** Readability alone, on the same DOM: no cleaning, no lazy images, no second extractor. */
function readabilityAlone(page: DevPage) {
  const doc = parseHtml(page.html)
  const base = resolveBaseUrl(doc, page.url)
  pinDocumentUrls(doc, page.url, base)
  return readDocument(doc, page.url, base, { clean: false })
}

let pages: DevPage[] = []
let ours: TokenScores[] = []
let alone: TokenScores[] = []
beforeAll(() => {
  pages = loadDevSet()
  ours = pages.map((p) => scoreDevPage(extractArticle(p.html, p.url), p))
  alone = pages.map((p) => scoreDevPage(readabilityAlone(p), p))
}, 300_000)

describe('extraction on the dev set', () => {
  it('has at least 15 pages from several templates and languages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(15)
    expect(new Set(pages.map((p) => p.name.split('-')[1])).size).toBeGreaterThanOrEqual(8)
  })

  it('scores a mean token F1 of at least 0.97, and above Readability alone by at least 0.05', () => {
    const mine = meanScores(ours)
    expect(mine.f1).toBeGreaterThanOrEqual(0.97)
    expect(mine.precision).toBeGreaterThanOrEqual(0.98)
    expect(mine.f1 - meanScores(alone).f1).toBeGreaterThanOrEqual(0.05)
  })

  it('is never worse than Readability alone on a page, and reaches F1 0.9 on every page', () => {
    const worse = pages.filter((_, i) => ours[i]!.f1 < alone[i]!.f1 - 1e-9).map((p) => p.name)
    expect(worse).toEqual([])
    expect(pages.filter((_, i) => ours[i]!.f1 < 0.9).map((p) => p.name)).toEqual([])
  })

  it('keeps the byline as metadata while taking it out of the text', () => {
    for (const page of pages) {
      const article = extractArticle(page.html, page.url)
      expect(article.byline, page.name).toContain(page.byline)
    }
  })
})
