import { describe, expect, it } from 'vitest'
import { startBatchQueue, type BatchLimits } from '../../src/renderer/src/sync-batches'
import type { FeedResult } from '../../src/shared/model'
import { makeArticle, makeHttp, updated } from './helpers/factories'

/** A result of `articles` articles for feed `feedId`. */
function result(feedId: string, articles: number): FeedResult {
  return updated(feedId, `https://${feedId}.example/rss`, Array.from({ length: articles }, (_, i) => makeArticle({ feedId, id: `${feedId}-${i}` })))
}

const limits: BatchLimits = { maxResults: 200, maxArticles: 1000 }

describe('startBatchQueue', () => {
  it('stores a burst in arrival order, in batches of at most maxResults results and maxArticles articles', async () => {
    const batches: string[][] = []
    const queue = startBatchQueue({ limits: { maxResults: 3, maxArticles: 25 }, store: async (b) => void batches.push(b.map((r) => r.feedId)), followUp: async () => {} })
    const sizes = [10, 10, 10, 1, 1, 1, 1, 30, 5]
    sizes.forEach((n, i) => queue.push(result(`f${i}`, n)))
    await queue.idle()
    // 10 + 10 (a third would pass 25) | 10 + 1 + 1 (three results) | 1 + 1 | 30 alone (never split) | 5
    expect(batches).toEqual([['f0', 'f1'], ['f2', 'f3', 'f4'], ['f5', 'f6'], ['f7'], ['f8']])
  })

  it('lets waiting tasks (input, the list re-read) run between two batches', async () => {
    const order: string[] = []
    const queue = startBatchQueue({
      limits: { ...limits, maxResults: 1 },
      store: async (batch) => {
        order.push(`store ${batch[0].feedId}`)
        if (batch[0].feedId === 'one') setTimeout(() => order.push('input'), 0)
        await Promise.resolve()
      },
      followUp: async () => {},
    })
    queue.push(result('one', 1))
    queue.push(result('two', 1))
    await queue.idle()
    expect(order).toEqual(['store one', 'input', 'store two'])
  })

  it('follows a batch up before it stores the next one', async () => {
    const order: string[] = []
    const queue = startBatchQueue({
      limits: { ...limits, maxResults: 1 },
      store: async (batch) => void order.push(`store ${batch[0].feedId}`),
      followUp: async (batch) => {
        await new Promise((r) => setTimeout(r, 20))
        order.push(`follow ${batch[0].feedId}`)
      },
    })
    queue.push(result('one', 1))
    queue.push(result('two', 1))
    await queue.idle()
    expect(order).toEqual(['store one', 'follow one', 'store two', 'follow two'])
  })

  it('keeps storing after a store or follow-up that rejects', async () => {
    const stored: string[] = []
    const queue = startBatchQueue({
      limits: { ...limits, maxResults: 1 },
      store: async (batch) => {
        if (batch[0].feedId === 'bad') throw new Error('broken')
        stored.push(batch[0].feedId)
      },
      followUp: async () => {
        throw new Error('also broken')
      },
    })
    for (const id of ['a', 'bad', 'b']) queue.push(result(id, 1))
    await queue.idle()
    expect(stored).toEqual(['a', 'b'])
    expect(queue.isDraining).toBe(false)
  })

  it('counts a failed result as no articles', async () => {
    const batches: string[][] = []
    const queue = startBatchQueue({ limits: { ...limits, maxArticles: 2 }, store: async (b) => void batches.push(b.map((r) => r.feedId)), followUp: async () => {} })
    const failed: FeedResult = { feedId: 'x', kind: 'failed', error: { code: 'timeout', message: 'slow' }, http: makeHttp({ url: 'https://x.example/rss' }) }
    queue.push(result('one', 2))
    queue.push(failed)
    queue.push(result('two', 2))
    await queue.idle()
    expect(batches).toEqual([['one', 'x'], ['two']])
  })

  it('gathers results that arrive a feed at a time into one batch, up to minArticles', async () => {
    const batches: string[][] = []
    const queue = startBatchQueue({ limits: { ...limits, minArticles: 150, gatherMs: 2000 }, store: async (b) => void batches.push(b.map((r) => r.feedId)), followUp: async () => {} })
    const started = performance.now()
    // Feeds answer 30 ms apart: without gathering, the first is stored alone and the rest trickle in behind it.
    for (let i = 0; i < 5; i++) {
      queue.push(result(`f${i}`, 50))
      await new Promise((r) => setTimeout(r, 30))
    }
    await queue.idle()
    // 150 articles (three results) make a batch at once; the last two wait for more, then go when their time is up.
    expect(batches).toEqual([['f0', 'f1', 'f2'], ['f3', 'f4']])
    expect(performance.now() - started).toBeGreaterThanOrEqual(2000)
  })

  it('stores a lone result once it has waited gatherMs', async () => {
    const storedAt: number[] = []
    const queue = startBatchQueue({ limits: { ...limits, minArticles: 500, gatherMs: 100 }, store: async () => void storedAt.push(performance.now()), followUp: async () => {} })
    const pushed = performance.now()
    queue.push(result('alone', 3))
    await queue.idle()
    expect(storedAt).toHaveLength(1)
    expect(storedAt[0] - pushed).toBeGreaterThanOrEqual(95)
    expect(storedAt[0] - pushed).toBeLessThan(1000)
  })

  it('without gatherMs, stores the first result at once', async () => {
    const batches: string[][] = []
    const queue = startBatchQueue({ limits, store: async (b) => void batches.push(b.map((r) => r.feedId)), followUp: async () => {} })
    queue.push(result('first', 1))
    await new Promise((r) => setTimeout(r, 0))
    queue.push(result('second', 1))
    await queue.idle()
    expect(batches).toEqual([['first'], ['second']])
  })
})

