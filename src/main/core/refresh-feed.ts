// The per-feed pipeline: fetch → decode → parse → normalize → classify, turned into one FeedResult.
// Electron-free; nothing here throws past the boundary: every failure becomes a 'failed' result.
import type { FeedHttpState, FeedResult, Subscription } from '../../shared/model'
import { FeedError, toAppError } from './errors'
import { fetchFeed } from './fetch-feed'
import { feedText, type FeedText, type FeedTextJob } from './feed-text'
import { log, type Logger } from './log'
import { DEFAULT_MAX_ITEMS_PER_POLL } from './newest-items'
import { planNextPoll, type PollOutcome } from './schedule'
import type { StoryFeatures } from './stories/features'
import type { FetchOptions } from './types'

export { buildArticles, contentText } from './feed-text'

/** Runs a feed's text work somewhere else (a worker pool); rejects with the feed's FeedError. */
type FeedTextRunner = (job: FeedTextJob, signal?: AbortSignal) => Promise<FeedText>

export interface RefreshDeps {
  now?: () => number
  random?: () => number
  fetchOptions?: Omit<FetchOptions, 'validators' | 'signal'>
  logger?: Logger
  /** Items taken per poll when the subscription does not say (default DEFAULT_MAX_ITEMS_PER_POLL). */
  maxItemsPerPoll?: number
  /** Where parse, normalize and classify run; on the calling thread when absent. */
  runFeedText?: FeedTextRunner
}

/** A poll's result and, for an updated feed, its articles' story features (made with the text work). */
export interface RefreshOutcome {
  result: FeedResult
  features?: StoryFeatures[]
}

const defaultLogger = log.scope('refresh')

export async function refreshFeed(sub: Subscription, deps: RefreshDeps = {}, signal?: AbortSignal): Promise<FeedResult> {
  return (await refreshFeedWithFeatures(sub, deps, signal)).result
}

export async function refreshFeedWithFeatures(sub: Subscription, deps: RefreshDeps = {}, signal?: AbortSignal): Promise<RefreshOutcome> {
  const now = deps.now ?? Date.now
  const random = deps.random ?? Math.random
  const logger = deps.logger ?? defaultLogger
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
      return { result: { feedId: sub.id, kind: 'unchanged', http: httpState({ kind: 'success', maxAgeSeconds: res.maxAgeSeconds }, { url, validators: res.validators, bytes }) } }
    }
    const byteCount = res.bytes.byteLength
    const job: FeedTextJob = {
      feedId: sub.id, feedUrl: res.finalUrl, bytes: res.bytes, contentType: res.contentType,
      maxItems: sub.maxItemsPerPoll ?? deps.maxItemsPerPoll ?? DEFAULT_MAX_ITEMS_PER_POLL, now: now(),
    }
    // The fetch outcome lets go of the body: the text work owns it now (and may hand it to a worker).
    res.bytes = new Uint8Array(0)
    const text = deps.runFeedText ? await deps.runFeedText(job, signal) : await feedText(job, logger)
    const outcome: PollOutcome = {
      kind: 'success',
      ttlMinutes: text.ttlMinutes,
      updatePeriodMinutes: text.updatePeriodMinutes,
      maxAgeSeconds: res.maxAgeSeconds,
    }
    const result: FeedResult = {
      feedId: sub.id,
      kind: 'updated',
      feed: text.feed,
      articles: text.articles,
      http: httpState(outcome, { url, validators: res.validators, bytes: byteCount }),
    }
    return { result, features: text.features }
  } catch (err) {
    const error = toAppError(err)
    logger.warn(`${sub.url}: ${error.message}`)
    const outcome: PollOutcome = {
      kind: 'failure',
      retryAfterMs: err instanceof FeedError ? err.retryAfterMs : undefined,
      isGone: err instanceof FeedError && err.code === 'gone',
    }
    return { result: { feedId: sub.id, kind: 'failed', error, http: httpState(outcome, {}) } }
  }
}
