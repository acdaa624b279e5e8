// The second extractor, asked only when Readability's result is thin: no content, fewer than three paragraphs, or
// under 150 words. It reads the page again (Readability consumed the first DOM) and tries the article text
// declared in JSON-LD and the densest block of paragraphs (text-density.ts). The rule for which result is kept
// is in pickArticle; README.md in this folder states it with the measurements behind it.
import { cleanContent } from './clean-content'
import { findJsonLdBody, textToParagraphHtml } from './json-ld-body'
import { findFirstLargeImage } from './lead-image'
import { resolveContentUrls } from './resolve-urls'
import { findDensestBlock } from './text-density'
import { tidyText } from './text-measures'
import type { ExtractedArticle } from './types'
import { countWords } from './word-count'

export const THIN_WORDS = 150
const THIN_PARAGRAPHS = 3
const MIN_GAIN_WORDS = 40

export interface Candidate {
  source: 'json-ld' | 'text-density'
  contentHtml: string
  textContent: string
  wordCount: number
  leadImageUrl?: string
}

/** Whether Readability's answer is thin enough to ask the second extractor. */
export function isThin(article: ExtractedArticle): boolean {
  if (!article.contentHtml) return true
  const paragraphs = article.contentHtml.match(/<p[\s>]/gi)?.length ?? 0
  return paragraphs < THIN_PARAGRAPHS || article.wordCount < THIN_WORDS
}

/** The best candidate of the second extractor on a fresh DOM of the page (consumed), or undefined. */
export function readFallback(doc: Document, pageUrl: string, baseUrl: string, byline: string | undefined): Candidate | undefined {
  const candidates: Candidate[] = []
  const declared = findJsonLdBody(doc)
  if (declared) {
    const textContent = tidyText(declared)
    candidates.push({ source: 'json-ld', contentHtml: textToParagraphHtml(declared), textContent, wordCount: countWords(textContent) })
  }
  const block = findDensestBlock(doc)
  if (block) {
    for (const junk of Array.from(block.querySelectorAll('script, style, noscript, template, iframe, object, embed'))) junk.remove()
    cleanContent(block, { byline, pageUrl })
    resolveContentUrls(block, baseUrl, pageUrl)
    const textContent = tidyText(block.textContent ?? '')
    candidates.push({ source: 'text-density', contentHtml: block.innerHTML, textContent, wordCount: countWords(textContent), leadImageUrl: findFirstLargeImage(block, baseUrl) })
  }
  return candidates.sort((a, b) => b.wordCount - a.wordCount)[0]
}

/**
 * The candidate replaces Readability's text only when it has much more of it: at least twice the words and 40
 * more (a teaser against the whole story, or nothing against something). Otherwise Readability's answer stands.
 */
export function pickArticle(article: ExtractedArticle, candidate: Candidate | undefined): ExtractedArticle {
  if (!candidate || candidate.wordCount < 2 * article.wordCount || candidate.wordCount < article.wordCount + MIN_GAIN_WORDS) return article
  return {
    ...article,
    contentHtml: candidate.contentHtml,
    textContent: candidate.textContent,
    wordCount: candidate.wordCount,
    ...(article.leadImageUrl === undefined && candidate.leadImageUrl !== undefined && { leadImageUrl: candidate.leadImageUrl }),
  }
}
