// Hands a poll result with many articles to the renderer in parts. One result of 100,000 articles (a feed whose
// per-poll cap was lifted) took the renderer's heap to 526 MB: one message to parse and one transaction to store.
// Every part but the last leaves the stored cache validators as they were, so a crash between parts makes the next
// poll fetch the whole feed again rather than answer 304 with parts missing.
import type { FeedResult } from '../../shared/model'

const MAX_ARTICLES_PER_PART = 1000

export function splitLargeResult(result: FeedResult, max = MAX_ARTICLES_PER_PART): FeedResult[] {
  if (result.kind !== 'updated' || result.articles.length <= max) return [result]
  const { validators: _kept, ...httpWithoutValidators } = result.http
  const parts: FeedResult[] = []
  for (let i = 0; i < result.articles.length; i += max) {
    const isLast = i + max >= result.articles.length
    parts.push({ ...result, articles: result.articles.slice(i, i + max), http: isLast ? result.http : httpWithoutValidators })
  }
  return parts
}
