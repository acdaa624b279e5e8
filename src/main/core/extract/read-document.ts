// Runs Readability over an already-built DOM document and turns its answer into an ExtractedArticle.
// DOM-agnostic on purpose: the benchmark feeds it both linkedom and jsdom documents.
import { Readability, isProbablyReaderable } from '@mozilla/readability'
import { log } from '../log'
import { cleanContent } from './clean-content'
import { markPageHeadlines, unmarkHeadlines } from './lead-headline'
import { tidyText } from './text-measures'
import { findDeclaredImage, findFirstLargeImage } from './lead-image'
import { resolveContentUrls } from './resolve-urls'
import type { ExtractedArticle } from './types'
import { countWords } from './word-count'

const logger = log.scope('extract')

/**
 * Reads one page. The document is consumed: Readability rewrites it in place.
 * baseUrl is the page URL after <base href>; Readability itself reads doc.baseURI for links and images.
 */
export interface ReadOptions {
  /** Run the cleaning pass over Readability's choice (default true; false gives Readability alone, for the bench). */
  clean?: boolean
}

export function readDocument(doc: Document, pageUrl: string, baseUrl: string, opts: ReadOptions = {}): ExtractedArticle {
  // Both calls below must see the untouched page: parse() strips scripts, styles and hidden nodes.
  const readerable = isReaderable(doc, pageUrl)
  const declaredImage = findDeclaredImage(doc, baseUrl)
  const lang = nonEmpty(doc.documentElement?.getAttribute('lang'))
  const pageTitle = nonEmpty(doc.title)
  if (opts.clean !== false) markPageHeadlines(doc)

  let parsed: ReturnType<Readability<Element>['parse']> = null
  try {
    // The serializer hands back the content element itself, so the lead image can be looked up without reparsing.
    parsed = new Readability<Element>(doc, { serializer: (node) => node as Element }).parse()
  } catch (err) {
    // A Readability bug on one odd page must not cost the reader the feed's own content: report "not readable".
    logger.warn(`Readability failed on ${pageUrl}: ${err instanceof Error ? err.message : String(err)}`)
  }

  const content = parsed?.content ?? undefined
  if (content && opts.clean !== false) cleanContent(content, { byline: nonEmpty(parsed?.byline), pageUrl, title: pageTitle })
  if (content && opts.clean !== false) unmarkHeadlines(content)
  if (content) resolveContentUrls(content, baseUrl, pageUrl)
  const textContent = nonEmpty(tidyText(content?.textContent ?? ''))
  return dropUndefined({
    readerable,
    title: nonEmpty(parsed?.title) ?? pageTitle,
    byline: nonEmpty(parsed?.byline),
    siteName: nonEmpty(parsed?.siteName),
    publishedTime: nonEmpty(parsed?.publishedTime),
    leadImageUrl: declaredImage ?? (content ? findFirstLargeImage(content, baseUrl) : undefined),
    lang: nonEmpty(parsed?.lang) ?? lang,
    dir: nonEmpty(parsed?.dir),
    contentHtml: content ? nonEmpty(content.innerHTML) : undefined,
    textContent,
    wordCount: textContent ? countWords(textContent) : 0,
    excerpt: nonEmpty(parsed?.excerpt),
  })
}

function isReaderable(doc: Document, pageUrl: string): boolean {
  try {
    return isProbablyReaderable(doc)
  } catch (err) {
    logger.warn(`isProbablyReaderable failed on ${pageUrl}: ${err instanceof Error ? err.message : String(err)}`)
    return false
  }
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value
}

/** Keeps the result free of `key: undefined`, so it serializes and compares like the documented shape. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
