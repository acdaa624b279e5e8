// Downloads one article page and extracts it. Politeness (per-host limit, backoff) is the caller's job:
// it wraps this call in the poller's host limiter like any feed fetch.
import { decodeFeed } from '../decode'
import { FeedError } from '../errors'
import { fetchFeed } from '../fetch-feed'
import { sniffDocument } from '../sniff'
import type { FetchOptions } from '../types'
import { MAX_PAGE_CHARS, extractArticle } from './extract-article'
import type { ExtractedArticle } from './types'

export const PAGE_ACCEPT = 'text/html,application/xhtml+xml'

/** FetchOptions minus what a page download fixes itself (Accept) or never sends (validators). */
export type FullTextOptions = Omit<FetchOptions, 'accept' | 'validators'>

export interface FullTextPage {
  /** URL after redirects: relative links were resolved against it. */
  finalUrl: string
  article: ExtractedArticle
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i
const BINARY_TYPES = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|octet-stream)\b/i

/** Page HTML -> article: extractArticle in this thread, or an ExtractPool's worker. */
export type Extractor = (html: string, pageUrl: string) => ExtractedArticle | Promise<ExtractedArticle>

/** Throws FeedError: fetchFeed's codes, 'not-a-feed' for a response that is not an HTML page, 'too-large'. */
export async function fetchFullText(url: string, opts: FullTextOptions = {}, extract: Extractor = extractArticle): Promise<FullTextPage> {
  const outcome = await fetchFeed(url, { maxBytes: MAX_PAGE_CHARS, ...opts, accept: PAGE_ACCEPT })
  if (outcome.kind !== 'fetched') {
    // Only possible from a broken server: no validators were sent.
    throw new FeedError('http', `Could not download ${url}: unexpected 304 Not Modified to an unconditional request`, { status: 304 })
  }
  const contentType = outcome.contentType?.trim()
  if (contentType && BINARY_TYPES.test(contentType)) {
    throw new FeedError('not-a-feed', `Could not extract ${outcome.finalUrl}: it is ${contentType.split(';')[0]}, not a web page`)
  }
  const { text } = decodeFeed(outcome.bytes, contentType)
  // Servers label pages text/plain or nothing at all often enough; trust the markup then, not the header.
  if (!(contentType && HTML_TYPES.test(contentType)) && sniffDocument(text) !== 'html') {
    throw new FeedError('not-a-feed', `Could not extract ${outcome.finalUrl}: the response (${contentType ?? 'no Content-Type'}) is not an HTML page`)
  }
  return { finalUrl: outcome.finalUrl, article: await extract(text, outcome.finalUrl) }
}
