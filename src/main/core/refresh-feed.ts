// The per-feed pipeline: fetch → decode → parse → normalize → classify, turned into one FeedResult.
// Electron-free; nothing here throws past the boundary: every failure becomes a 'failed' result.
import type { FeedHttpState, FeedResult, IncomingArticle, Subscription } from '../../shared/model'
import { CLASSIFIER_VERSION, classifyArticle } from './classify'
import { decodeFeed } from './decode'
import { FeedError, toAppError } from './errors'
import { fetchFeed } from './fetch-feed'
import { needsFullText } from './extract/needs-full-text'
import { htmlToText } from './html-text'
import { log, type Logger } from './log'
import { makeArticleId } from './ids'
import { isTextDerivedId, normalizeFeedInfo, normalizeItem } from './normalize'
import { DEFAULT_MAX_ITEMS_PER_POLL } from './newest-items'
import { parseFeed } from './parse-feed'
import { planNextPoll, type PollOutcome } from './schedule'
import type { FetchOptions, ParsedFeed } from './types'

export interface RefreshDeps {
  now?: () => number
  random?: () => number
  fetchOptions?: Omit<FetchOptions, 'validators' | 'signal'>
  logger?: Logger
  /** Items taken per poll when the subscription does not say (default DEFAULT_MAX_ITEMS_PER_POLL). */
  maxItemsPerPoll?: number
}

const defaultLogger = log.scope('refresh')

export async function refreshFeed(sub: Subscription, deps: RefreshDeps = {}, signal?: AbortSignal): Promise<FeedResult> {
  const now = deps.now ?? Date.now
  const random = deps.random ?? Math.random
  const httpState = (outcome: PollOutcome, extra: Partial<FeedHttpState>): FeedHttpState => ({
    url: sub.url,
    validators: sub.validators,
    bytes: 0,
    ...extra,
    fetchedAt: now(),
    ...planNextPoll(sub, outcome, now(), random),
  })
  try {
    const res = await fetchFeed(sub.url, { ...deps.fetchOptions, validators: sub.validators, signal })
    const url = res.permanentUrl ?? sub.url
    // Servers that ignore If-None-Match still send 200; the content hash is what saves the parse.
    if (res.kind === 'not-modified' || res.validators.contentHash === sub.validators?.contentHash) {
      const bytes = res.kind === 'fetched' ? res.bytes.byteLength : 0
      return { feedId: sub.id, kind: 'unchanged', http: httpState({ kind: 'success', maxAgeSeconds: res.maxAgeSeconds }, { url, validators: res.validators, bytes }) }
    }
    const byteCount = res.bytes.byteLength
    const text = decodeBody(res)
    const parsed = await parseFeed(text, res.finalUrl, { maxItems: sub.maxItemsPerPoll ?? deps.maxItemsPerPoll ?? DEFAULT_MAX_ITEMS_PER_POLL })
    const articles = buildArticles(sub.id, res.finalUrl, parsed, new Date(now()), deps.logger ?? defaultLogger)
    const outcome: PollOutcome = {
      kind: 'success',
      ttlMinutes: parsed.ttlMinutes,
      updatePeriodMinutes: parsed.updatePeriodMinutes,
      maxAgeSeconds: res.maxAgeSeconds,
    }
    return {
      feedId: sub.id,
      kind: 'updated',
      feed: normalizeFeedInfo(parsed, res.finalUrl),
      articles,
      http: httpState(outcome, { url, validators: res.validators, bytes: byteCount }),
    }
  } catch (err) {
    const error = toAppError(err)
    ;(deps.logger ?? defaultLogger).warn(`${sub.url}: ${error.message}`)
    const outcome: PollOutcome = {
      kind: 'failure',
      retryAfterMs: err instanceof FeedError ? err.retryAfterMs : undefined,
      isGone: err instanceof FeedError && err.code === 'gone',
    }
    return { feedId: sub.id, kind: 'failed', error, http: httpState(outcome, {}) }
  }
}

/**
 * The feed's text; the body bytes are let go here. Parsing a big feed outlasts several young-generation GCs, and
 * bytes still referenced from the fetch outcome would be promoted with it and held until the next full GC.
 */
function decodeBody(res: { bytes: Uint8Array; contentType?: string }): string {
  const { text } = decodeFeed(res.bytes, res.contentType)
  res.bytes = new Uint8Array(0)
  return text
}

/** Normalizes and classifies every item; a broken item is logged and skipped, never fatal to the feed. */
export function buildArticles(feedId: string, feedUrl: string, feed: ParsedFeed, now: Date, logger: Logger): IncomingArticle[] {
  const byId = new Map<string, IncomingArticle>()
  const repeats = new Map<string, number>()
  for (const item of feed.items) {
    try {
      const article = normalizeItem(item, { feedId, feedUrl, feed, now })
      if (byId.has(article.id)) {
        if (!isTextDerivedId(article)) continue // feeds that repeat a guid or link: the first occurrence wins
        // Same title, date and text, no guid or link: a distinct item all the same (issue 16). Its rank among
        // the repeats keeps its id stable when new items are added above them.
        const n = (repeats.get(article.id) ?? 1) + 1
        repeats.set(article.id, n)
        article.id = makeArticleId(feedId, `${article.id}#${n}`)
        if (byId.has(article.id)) continue
      }
      const text = contentText(article.contentHtml)
      const tags = classifyArticle({ title: article.title, summary: article.summary, content: text.classifierBody, categories: article.categories, lang: article.language })
      // A feed that carries the whole article (not a teaser) was tagged from full text; the reader is told which.
      // The content's text is made once here, for both the classifier and the teaser rule.
      const source = needsFullText(article, 'auto', text.full) ? 'teaser' : 'full-text'
      byId.set(article.id, {
        ...article, countries: tags.countries, mentions: tags.mentions, topics: tags.topics,
        tagEvidence: { ...tags.evidence, source }, classifierVersion: CLASSIFIER_VERSION,
      })
    } catch (err) {
      logger.warn(`skipped an item of ${feedUrl}: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
  return [...byId.values()]
}

/** The classifier weighs title and lead most; the start of the body as plain text is enough and keeps markup
 *  out of its scan (bench/: classification of raw HTML was a third of refresh CPU). */
const CLASSIFIER_BODY_CHARS = 3000

const CLASSIFIER_HTML_CHARS = CLASSIFIER_BODY_CHARS * 3

/**
 * The content as plain text, whole (for the teaser rule) and as the classifier reads it: the text of its first
 * CLASSIFIER_HTML_CHARS of HTML, cut to CLASSIFIER_BODY_CHARS. Most content is shorter than that cut, and then both
 * come from one conversion.
 */
export function contentText(contentHtml: string | undefined): { full: string; classifierBody?: string } {
  if (!contentHtml) return { full: '' }
  const full = htmlToText(contentHtml)
  const head = contentHtml.length <= CLASSIFIER_HTML_CHARS ? full : htmlToText(contentHtml.slice(0, CLASSIFIER_HTML_CHARS))
  return { full, classifierBody: head.slice(0, CLASSIFIER_BODY_CHARS) }
}
