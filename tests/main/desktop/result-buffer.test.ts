import { describe, expect, it } from 'vitest'
import { ResultBuffer, type BufferStore } from '../../../src/main/desktop/result-buffer'
import type { FeedHttpState, FeedResult, IncomingArticle } from '../../../src/shared/model'

/** A file in memory that can be read back by a "restarted" buffer. */
function memoryStore(): BufferStore & { text: string } {
  const s = {
    text: '',
    append(line: string) { s.text += `${line}\n` },
    readAll: () => s.text,
    clear() { s.text = '' },
    replace(text: string) { s.text = text },
  }
  return s
}

const http = (fetchedAt: number): FeedHttpState => ({ url: 'https://x/rss', fetchedAt, nextPollAt: fetchedAt + 1, failureCount: 0, isDead: false, intervalMinutes: 30, bytes: 10 })
const article = (id: string, day: number, title = id): IncomingArticle => ({
  id, feedId: 'f', title, summary: '', publishedAt: new Date(Date.UTC(2026, 11, day)).toISOString(), enclosures: [], categories: [], countries: [], topics: [], classifierVersion: 1,
})
const updated = (feedId: string, articles: IncomingArticle[], at = 1): FeedResult => ({ feedId, kind: 'updated', feed: { title: feedId }, articles, http: http(at) })
const ids = (results: FeedResult[]) => results.flatMap((r) => (r.kind === 'updated' ? r.articles.map((a) => a.id) : [])).sort()

describe('ResultBuffer', () => {
  it('survives a restart: what was added before a quit is there after it', () => {
    const store = memoryStore()
    const first = new ResultBuffer(store)
    first.add(updated('a', [article('a1', 1), article('a2', 2)]))
    first.add({ feedId: 'b', kind: 'failed', error: { code: 'timeout', message: 'slow' }, http: http(2) })
    const second = new ResultBuffer(store)
    expect(second.size).toBe(2)
    expect(ids(second.peek())).toEqual(['a1', 'a2'])
  })

  it('merges polls of one feed: every article once, the newest copy and HTTP state', () => {
    const buffer = new ResultBuffer(memoryStore())
    buffer.add(updated('a', [article('a1', 1, 'old'), article('a2', 2)], 1))
    buffer.add(updated('a', [article('a1', 1, 'new'), article('a3', 3)], 2))
    buffer.add({ feedId: 'a', kind: 'unchanged', http: http(3) })
    const [merged] = buffer.peek()
    expect(merged?.kind).toBe('updated')
    expect(ids(buffer.peek())).toEqual(['a1', 'a2', 'a3'])
    expect(merged?.kind === 'updated' && merged.articles.find((a) => a.id === 'a1')?.title).toBe('new')
    expect(merged?.http.fetchedAt).toBe(3)
  })

  it('keeps results that arrive while a drain is being stored, and replays an unacknowledged drain', () => {
    const store = memoryStore()
    const buffer = new ResultBuffer(store)
    buffer.add(updated('a', [article('a1', 1)]))
    expect(ids(buffer.drain())).toEqual(['a1'])
    buffer.add(updated('b', [article('b1', 1)]))
    expect(ids(new ResultBuffer(store).peek())).toEqual(['a1', 'b1']) // a crash now replays both
    buffer.acknowledge()
    expect(ids(buffer.peek())).toEqual(['b1'])
    expect(ids(new ResultBuffer(store).peek())).toEqual(['b1'])
    expect(ids(buffer.drain())).toEqual(['b1'])
    buffer.acknowledge()
    expect(store.text).toBe('')
  })

  it('drops the oldest articles beyond its limit, and says so', () => {
    const warnings: string[] = []
    const buffer = new ResultBuffer(memoryStore(), { maxArticles: 3, compactBytes: 1e9 }, (m) => warnings.push(m))
    buffer.add(updated('a', [article('a1', 1), article('a5', 5)]))
    buffer.add(updated('b', [article('b2', 2), article('b4', 4)]))
    expect(ids(buffer.peek())).toEqual(['a5', 'b2', 'b4'])
    expect(warnings).toEqual(['result buffer: over 3 articles, dropped the 1 oldest'])
  })

  it('compacts its file to one line per feed when busy feeds keep changing', () => {
    // Each poll lists the feed's ten newest articles, one of them new: the file would hold 200 copies.
    const poll = (n: number) => updated('a', Array.from({ length: 10 }, (_, i) => article(`a${n + i}`, 1 + ((n + i) % 28))), n)
    const compacted = memoryStore()
    const plain = memoryStore()
    const buffer = new ResultBuffer(compacted, { maxArticles: 1000, compactBytes: 6000 })
    const uncompacted = new ResultBuffer(plain, { maxArticles: 1000, compactBytes: Number.POSITIVE_INFINITY })
    for (let n = 0; n < 20; n++) {
      buffer.add(poll(n))
      uncompacted.add(poll(n))
    }
    expect(plain.text.length).toBeGreaterThan(30_000)
    expect(compacted.text.length).toBeLessThan(6000 + 5000)
    expect(ids(new ResultBuffer(compacted).peek())).toEqual(ids(new ResultBuffer(plain).peek()))
    expect(ids(new ResultBuffer(compacted).peek())).toHaveLength(29)
  })

  it('skips a line a crash cut short', () => {
    const store = memoryStore()
    new ResultBuffer(store).add(updated('a', [article('a1', 1)]))
    store.text += '{"feedId":"b","kind":"upd'
    const warnings: string[] = []
    expect(ids(new ResultBuffer(store, undefined, (m) => warnings.push(m)).peek())).toEqual(['a1'])
    expect(warnings).toHaveLength(1)
  })

  it('keeps what is added after a crash cut a line short (the next line must not join the torn one)', () => {
    const store = memoryStore()
    new ResultBuffer(store).add(updated('a', [article('a1', 1)]))
    store.text += '{"feedId":"b","kind":"upd'
    new ResultBuffer(store).add(updated('c', [article('c1', 2)]))
    expect(ids(new ResultBuffer(store).peek())).toEqual(['a1', 'c1'])
  })
})
