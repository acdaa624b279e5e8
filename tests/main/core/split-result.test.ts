import { describe, expect, it } from 'vitest'
import { splitLargeResult } from '../../../src/main/core/split-result'
import type { FeedResult, IncomingArticle } from '../../../src/shared/model'

const http = { url: 'https://x.example/rss', validators: { etag: '"v2"', contentHash: 'abc' }, fetchedAt: 1, nextPollAt: 2, failureCount: 0, isDead: false, intervalMinutes: 30, bytes: 10 }
const article = (n: number): IncomingArticle => ({ id: `a${n}`, feedId: 'f', title: `A ${n}`, summary: '', publishedAt: '2026-12-01T00:00:00.000Z', enclosures: [], categories: [], countries: [], topics: [], classifierVersion: 1 })
const updated = (n: number): FeedResult => ({ feedId: 'f', kind: 'updated', feed: { title: 'F' }, articles: Array.from({ length: n }, (_, i) => article(i)), http })

describe('splitLargeResult', () => {
  it('leaves small results and non-updates whole', () => {
    const small = updated(1000)
    expect(splitLargeResult(small)).toEqual([small])
    const failed: FeedResult = { feedId: 'f', kind: 'failed', error: { code: 'network', message: 'x' }, http }
    expect(splitLargeResult(failed)).toEqual([failed])
  })

  it('cuts a large one into parts of at most 1,000, every article once and in order, validators on the last only', () => {
    const parts = splitLargeResult(updated(2500))
    expect(parts.map((p) => (p.kind === 'updated' ? p.articles.length : 0))).toEqual([1000, 1000, 500])
    expect(parts.flatMap((p) => (p.kind === 'updated' ? p.articles.map((a) => a.id) : []))).toEqual(Array.from({ length: 2500 }, (_, i) => `a${i}`))
    expect(parts.map((p) => p.http.validators)).toEqual([undefined, undefined, http.validators])
    expect(parts.every((p) => p.http.nextPollAt === 2 && p.feedId === 'f')).toBe(true)
  })
})
