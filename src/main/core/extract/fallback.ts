// The second extractor, asked only when Readability's result is thin: no content, fewer than three paragraphs, or
// under 150 words. Its candidates are the article text declared in JSON-LD and the densest block of paragraphs
// (text-density.ts), which needs the page parsed again (Readability consumed the first DOM), so it is tried only
// when the page's paragraphs hold enough words to win. The rule for which result is kept is in pickArticle;
// README.md in this folder states it with the measurements behind it.
import { cleanContent } from './clean-content'
import { findJsonLdBody, textToParagraphHtml } from './json-ld-body'
import { findFirstLargeImage } from './lead-image'
import { resolveContentUrls } from './resolve-urls'
import { findDensestBlock } from './text-density'
import { isHidden, tidyText } from './text-measures'
import type { ExtractedArticle } from './types'
import { approxWords, countWords } from './word-count'

const THIN_WORDS = 150
const THIN_PARAGRAPHS = 3
const MIN_GAIN_WORDS = 40

const BLOCK_CHILDREN = new Set(['DIV', 'P', 'SECTION', 'UL', 'OL', 'TABLE', 'ARTICLE'])

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

/** What the second extractor reads before Readability consumes the page: cheap, and enough to know whether to try. */
export interface PagePreview {
  /** JSON-LD articleBody, if declared (Readability removes scripts). */
  declaredBody?: string
  /** Words in the page's <p>s and leaf <div>s: an upper bound of what the text-density candidate can find. */
  paragraphWords: number
}

export function previewPage(doc: Document): PagePreview {
  return { declaredBody: findJsonLdBody(doc), paragraphWords: doc.body ? paragraphWordsIn(doc.body) : 0 }
}

/**
 * One walk over the page: words of each <p> and each <div> without block children (div-soup pages write paragraphs
 * so; text-density.ts counts those too), not descending into them, and skipping hidden subtrees, which neither
 * Readability nor the text-density candidate reads. Words are estimated (approxWords): this is only the gate.
 */
function paragraphWordsIn(root: Element): number {
  let words = 0
  const pending: Element[] = [root]
  while (pending.length > 0) {
    const element = pending.pop()!
    if (isHidden(element)) continue
    const isParagraph = element.tagName === 'P' || (element.tagName === 'DIV' && !Array.from(element.children).some((child) => BLOCK_CHILDREN.has(child.tagName)))
    if (isParagraph) words += approxWords(element.textContent ?? '')
    else pending.push(...Array.from(element.children))
  }
  return words
}

export function jsonLdCandidate(declaredBody: string): Candidate {
  const textContent = tidyText(declaredBody)
  return { source: 'json-ld', contentHtml: textToParagraphHtml(declaredBody), textContent, wordCount: countWords(textContent) }
}

/** The densest block of a fresh DOM of the page (consumed), cleaned like Readability's choice. */
export function densityCandidate(doc: Document, pageUrl: string, baseUrl: string, byline: string | undefined): Candidate | undefined {
  const block = findDensestBlock(doc)
  if (!block) return undefined
  for (const junk of Array.from(block.querySelectorAll('script, style, noscript, template, iframe, object, embed'))) junk.remove()
  cleanContent(block, { byline, pageUrl })
  resolveContentUrls(block, baseUrl, pageUrl)
  const textContent = tidyText(block.textContent ?? '')
  return { source: 'text-density', contentHtml: block.innerHTML, textContent, wordCount: countWords(textContent), leadImageUrl: findFirstLargeImage(block, baseUrl) }
}

/** Whether a candidate of this many words would replace the article (see pickArticle). */
export function wouldReplace(article: ExtractedArticle, words: number): boolean {
  return words >= 2 * article.wordCount && words >= article.wordCount + MIN_GAIN_WORDS
}

/**
 * The candidate replaces Readability's text only when it has much more of it: at least twice the words and 40
 * more (a teaser against the whole story, or nothing against something). Otherwise Readability's answer stands.
 */
export function pickArticle(article: ExtractedArticle, candidate: Candidate | undefined): ExtractedArticle {
  if (!candidate || !wouldReplace(article, candidate.wordCount)) return article
  return {
    ...article,
    contentHtml: candidate.contentHtml,
    textContent: candidate.textContent,
    wordCount: candidate.wordCount,
    ...(article.leadImageUrl === undefined && candidate.leadImageUrl !== undefined && { leadImageUrl: candidate.leadImageUrl }),
  }
}
