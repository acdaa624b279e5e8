// FeedResults as the main process would send them for generated feeds, built by the real pipeline minus HTTP
// (decode, parse, normalize, classify). While the classifier is a placeholder that tags nothing, the tags the
// generator wrote are filled in instead, so storage and query benches see a realistic tag spread.
import type { FeedResult } from '../../src/shared/model'
import { CLASSIFIER_VERSION } from '../../src/main/core/classify'
import { decodeFeed } from '../../src/main/core/decode'
import { parseFeed } from '../../src/main/core/parse-feed'
import { buildArticles } from '../../src/main/core/refresh-feed'
import type { TopicId } from '../../src/shared/model'
import { CORPUS_EPOCH, generateFeed } from './feed-gen'

export const benchFeedId = (f: number) => `bench-feed-${f}`
export const benchFeedUrl = (f: number) => `http://127.0.0.1:9/feeds/${f}.xml` // port 9: never answers
/** Far enough that the browser-mode poller never polls the bench's feeds while it runs. */
export const FAR_FUTURE = Date.UTC(2099, 0, 1)

const quietLogger = { info: () => {}, warn: () => {}, error: () => {} }

export interface FeedResultsInfo {
  /** 'classifier' or 'generator' (classifier placeholder: CLASSIFIER_VERSION 0). */
  tagsFrom: 'classifier' | 'generator'
}

export const tagsFrom: FeedResultsInfo['tagsFrom'] = (CLASSIFIER_VERSION as number) === 0 ? 'generator' : 'classifier'

export async function buildFeedResult(f: number, items: number): Promise<FeedResult> {
  const gen = generateFeed(f, items)
  const url = benchFeedUrl(f)
  const bytes = Buffer.from(gen.xml)
  const { text } = decodeFeed(bytes, 'application/rss+xml; charset=utf-8')
  const parsed = await parseFeed(text, url)
  let articles = buildArticles(benchFeedId(f), url, parsed, new Date(CORPUS_EPOCH), quietLogger)
  if (tagsFrom === 'generator') {
    const truth = new Map(gen.items.map((i) => [i.guid, i]))
    articles = articles.map((a) => {
      const t = a.guid ? truth.get(a.guid) : undefined
      return t ? { ...a, countries: t.countries, topics: t.topics as TopicId[] } : a
    })
  }
  return {
    feedId: benchFeedId(f),
    kind: 'updated',
    feed: { title: parsed.title ?? `Feed ${f}` },
    articles,
    http: { url, validators: { etag: `"${f}"` }, fetchedAt: CORPUS_EPOCH, nextPollAt: FAR_FUTURE, failureCount: 0, isDead: false, intervalMinutes: 30, bytes: bytes.length },
  }
}
