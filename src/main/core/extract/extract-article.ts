// Page HTML -> ExtractedArticle with Readability on linkedom (chosen by measurement: see bench/extract-bench.ts).
import { FeedError } from '../errors'
import { pinDocumentUrls, resolveBaseUrl } from './base-url'
import { assertElementBudget } from './element-budget'
import { densityCandidate, isThin, jsonLdCandidate, pickArticle, previewPage, wouldReplace } from './fallback'
import { revealLazyImages } from './lazy-images'
import { parseHtml } from './parse-html'
import { readDocument } from './read-document'
import type { ExtractedArticle } from './types'

/**
 * Larger pages are refused: real articles are far below this (the biggest of Readability's 130 test pages
 * is 1.6 MB), and the DOM of a bigger page costs hundreds of MB and seconds of main-process time.
 */
export const MAX_PAGE_CHARS = 5_000_000

/**
 * Never throws on broken HTML; throws FeedError 'too-large' over the size or element cap and 'bad-url' for an
 * unusable pageUrl.
 */
export function extractArticle(html: string, pageUrl: string): ExtractedArticle {
  if (!URL.canParse(pageUrl)) throw new FeedError('bad-url', `Could not extract ${pageUrl}: not an absolute URL`)
  if (html.length > MAX_PAGE_CHARS) {
    const size = (html.length / 1_000_000).toFixed(1)
    throw new FeedError('too-large', `Could not extract ${pageUrl}: the page has ${size} M characters, over the ${MAX_PAGE_CHARS / 1_000_000} M cap`)
  }
  assertElementBudget(html, pageUrl)
  const doc = parseHtml(html, pageUrl)
  const baseUrl = resolveBaseUrl(doc, pageUrl)
  pinDocumentUrls(doc, pageUrl, baseUrl)
  revealLazyImages(doc, baseUrl)
  const preview = previewPage(doc)
  const article = readDocument(doc, pageUrl, baseUrl)
  if (!isThin(article)) return article
  const candidates = preview.declaredBody ? [jsonLdCandidate(preview.declaredBody)] : []
  if (wouldReplace(article, preview.paragraphWords)) {
    // Readability rewrote the first DOM in place: the densest block is looked for in a fresh one.
    const fresh = parseHtml(html, pageUrl)
    pinDocumentUrls(fresh, pageUrl, baseUrl)
    revealLazyImages(fresh, baseUrl)
    const dense = densityCandidate(fresh, pageUrl, baseUrl, article.byline)
    if (dense) candidates.push(dense)
  }
  return pickArticle(article, candidates.sort((a, b) => b.wordCount - a.wordCount)[0])
}
