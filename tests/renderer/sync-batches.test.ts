import { describe, expect, it } from 'vitest'
import { startBatchQueue, type BatchLimits } from '../../src/renderer/src/sync-batches'
import type { FeedResult } from '../../src/shared/model'
import { makeArticle, makeHttp, updated } from './helpers/factories'

/** A result of `articles` articles for feed `feedId`. */
function result(feedId: string, articles: number): FeedResult {
  return updated(feedId, `https://${feedId}.example/rss`, Array.from({ length: articles }, (_, i) => makeArticle({ feedId, id: `${feedId}-${i}` })))
}

const limits: BatchLimits = { maxResults: 200, maxArticles: 1000, minArticles: 10, targetMs: 100 }

/** A clock that only the fake store moves: storing costs `msPerArticle` per article. */
function fakeStore(msPerArticle: number) {
  let clock = 0
  const batches: string[][] = []
  return {
    batches,
    now: () => clock,
    store: async (batch: FeedResult[]) => {
      batches.push(batch.map((r) => r.feedId))
      clock += msPerArticle * batch.reduce((a, r) => a + (r.kind === 'updated' ? r.articles.length : 0), 0)
      await Promise.resolve()
    },
  }
}

describe('startBatchQueue', () => {
  it('sizes batches from the measured storing time per article, in arrival order', async () => {
    const s = fakeStore(2) // 2 ms per article: 100 ms holds 50 articles
    const queue = startBatchQueue({ limits, store: s.store, followUp: async () => {}, now: s.now })
    const first = Array.from({ length: 30 }, (_, i) => `a${i}`)
    for (const id of first) queue.push(result(id, 10)) // nothing measured yet: up to maxArticles together
    await queue.idle()
    expect(s.batches).toEqual([first])
    // That batch took 600 ms for 300 articles: the next ones carry 50 articles (five results) each.
    const burst = Array.from({ length: 14 }, (_, i) => `b${i}`)
    for (const id of burst) queue.push(result(id, 10))
    await queue.idle()
    expect(s.batches.slice(1).map((b) => b.length)).toEqual([5, 5, 4])
    expect(s.batches.slice(1).flat()).toEqual(burst)
  })

  it('never cuts a batch below minArticles however slow storing is, nor above maxArticles however fast', async () => {
    const slow = fakeStore(50) // 100 ms would hold 2 articles
    const q1 = startBatchQueue({ limits, store: slow.store, followUp: async () => {}, now: slow.now })
    q1.push(result('first', 20))
    await q1.idle()
    for (let i = 0; i < 6; i++) q1.push(result(`s${i}`, 5))
    await q1.idle()
    expect(slow.batches.slice(1).map((b) => b.length)).toEqual([2, 2, 2]) // 10 articles each, the floor

    const fast = fakeStore(0.001)
    const q2 = startBatchQueue({ limits: { ...limits, maxArticles: 30 }, store: fast.store, followUp: async () => {}, now: fast.now })
    q2.push(result('first', 20))
    await q2.idle()
    for (let i = 0; i < 9; i++) q2.push(result(`f${i}`, 10))
    await q2.idle()
    expect(fast.batches.slice(1).map((b) => b.length)).toEqual([3, 3, 3]) // 30 articles each, the ceiling
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

  it('does not hold the next batch back for the follow-up of the one before, but idle() waits for both', async () => {
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    const stored: string[] = []
    const followed: string[] = []
    const queue = startBatchQueue({
      limits: { ...limits, maxResults: 1 },
      store: async (batch) => void stored.push(batch[0].feedId),
      followUp: async (batch) => {
        if (batch[0].feedId === 'one') await held
        followed.push(batch[0].feedId)
      },
    })
    queue.push(result('one', 1))
    queue.push(result('two', 1))
    let isIdle = false
    const idle = queue.idle().then(() => (isIdle = true))
    await new Promise((r) => setTimeout(r, 20))
    expect(stored).toEqual(['one', 'two'])
    expect(followed).toEqual([])
    expect(isIdle).toBe(false)
    release()
    await idle
    expect(followed).toEqual(['one', 'two']) // follow-ups keep the arrival order
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
    const s = fakeStore(1)
    const queue = startBatchQueue({ limits: { ...limits, maxArticles: 2 }, store: s.store, followUp: async () => {}, now: s.now })
    const failed: FeedResult = { feedId: 'x', kind: 'failed', error: { code: 'timeout', message: 'slow' }, http: makeHttp({ url: 'https://x.example/rss' }) }
    queue.push(result('one', 2))
    queue.push(failed)
    queue.push(result('two', 2))
    await queue.idle()
    expect(s.batches).toEqual([['one', 'x'], ['two']])
  })
})
