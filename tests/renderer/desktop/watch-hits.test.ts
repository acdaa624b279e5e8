import { describe, expect, it } from 'vitest'
import { watchHitsOf } from '../../../src/renderer/src/desktop/watch-hits'
import type { FeedResult, IncomingArticle, TopicId } from '../../../src/shared/model'

const article = (id: string, countries: string[], topics: TopicId[], mentions: string[] = []): IncomingArticle => ({
  id, feedId: 'f', title: `Title ${id}`, summary: '', publishedAt: '2026-12-06T10:00:00.000Z', enclosures: [], categories: [], countries, mentions, topics, classifierVersion: 3,
})
const result = (articles: IncomingArticle[]): FeedResult => ({ feedId: 'f', kind: 'updated', feed: { title: 'F' }, articles, http: { url: 'https://x/rss', fetchedAt: 0, nextPollAt: 0, failureCount: 0, isDead: false, intervalMinutes: 30, bytes: 0 } })
const labels = { country: (c: string) => `name of ${c}`, topic: (t: TopicId) => `label of ${t}` }

describe('watchHitsOf', () => {
  it('reports added articles about a watched country or on a watched topic, once per watch', () => {
    const r = result([article('a', ['SD', 'TD'], ['politics']), article('b', ['NO'], ['health']), article('c', ['FR'], ['sport'])])
    expect(watchHitsOf(r, ['a', 'b', 'c'], { countries: ['SD', 'TD'], topics: ['health'] }, labels)).toEqual([
      { watchKey: 'country:SD', label: 'name of SD', articleId: 'a', title: 'Title a' },
      { watchKey: 'country:TD', label: 'name of TD', articleId: 'a', title: 'Title a' },
      { watchKey: 'topic:health', label: 'label of health', articleId: 'b', title: 'Title b' },
    ])
  })

  it('ignores articles that were already stored, countries only mentioned, and results without articles', () => {
    const r = result([article('old', ['SD'], []), article('new', ['FR'], [], ['SD'])])
    expect(watchHitsOf(r, ['new'], { countries: ['SD'], topics: [] }, labels)).toEqual([])
    expect(watchHitsOf({ feedId: 'f', kind: 'unchanged', http: r.http }, ['x'], { countries: ['SD'], topics: [] }, labels)).toEqual([])
    expect(watchHitsOf(r, ['old'], { countries: [], topics: [] }, labels)).toEqual([])
  })

  it('reports every added article of a watched feed, under the feed, whatever it is about', () => {
    const r = result([article('a', ['SD'], ['politics']), article('b', [], []), article('old', [], [])])
    expect(watchHitsOf(r, ['a', 'b'], { countries: ['SD'], topics: [], feeds: ['f'] }, labels)).toEqual([
      { watchKey: 'feed:f', label: 'F', articleId: 'a', title: 'Title a' },
      { watchKey: 'country:SD', label: 'name of SD', articleId: 'a', title: 'Title a' },
      { watchKey: 'feed:f', label: 'F', articleId: 'b', title: 'Title b' },
    ])
    expect(watchHitsOf(r, ['a', 'b'], { countries: [], topics: [], feeds: ['other'] }, labels)).toEqual([])
  })
})
