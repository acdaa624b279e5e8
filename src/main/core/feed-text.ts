// A fetched feed's text work, the engine's CPU-heavy part: decode → parse → normalize → classify, plus each article's
// story features. Pure and self-contained (no network, no shared state), so it runs the same on the main thread
// and in a feed-text worker (feed-text-pool.ts).
import type { FeedInfo, IncomingArticle } from '../../shared/model'
import { CLASSIFIER_VERSION, classifyArticle } from './classify'
import { decodeFeed } from './decode'
import { needsFullText } from './extract/needs-full-text'
import { htmlToText } from './html-text'
import { makeArticleId } from './ids'
import type { Logger } from './log'
import { isTextDerivedId, normalizeFeedInfo, normalizeItem } from './normalize'
import { parseFeed } from './parse-feed'
import { storyFeatures, type StoryFeatures } from './stories/features'
import { storySeedOf } from './stories/story-index'
import type { ParsedFeed } from './types'

/** One fetched feed body and what its text work needs to know. */
export interface FeedTextJob {
  feedId: string
  /** The URL the body came from (after redirects): item links resolve against it. */
  feedUrl: string
  bytes: Uint8Array
  contentType?: string
  maxItems: number
  /** Epoch ms: the publication time of undated items. */
  now: number
}

export interface FeedText {
  feed: FeedInfo
  articles: IncomingArticle[]
  /** storyFeatures of each article, in order: computed beside the text work so the story index only compares. */
  features: StoryFeatures[]
  ttlMinutes?: number
  updatePeriodMinutes?: number
}

/** Throws FeedError ('not-a-feed', 'parse', ...) for a body that is no feed; a broken item is only skipped. */
export async function feedText(job: FeedTextJob, logger: Logger): Promise<FeedText> {
  const { text } = decodeFeed(job.bytes, job.contentType)
  // The body is let go here: bytes still referenced while a big feed parses would be promoted with it.
  job.bytes = new Uint8Array(0)
  const parsed = await parseFeed(text, job.feedUrl, { maxItems: job.maxItems })
  const articles = buildArticles(job.feedId, job.feedUrl, parsed, new Date(job.now), logger)
  return {
    feed: normalizeFeedInfo(parsed, job.feedUrl),
    articles,
    features: articles.map((a) => storyFeatures(storySeedOf(a))),
    ttlMinutes: parsed.ttlMinutes,
    updatePeriodMinutes: parsed.updatePeriodMinutes,
  }
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
      // Filled in place, not spread into a copy: the same fields in the same order, one object fewer an item.
      article.countries = tags.countries
      article.mentions = tags.mentions
      article.topics = tags.topics
      article.tagEvidence = { ...tags.evidence, source }
      article.classifierVersion = CLASSIFIER_VERSION
      byId.set(article.id, article)
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
