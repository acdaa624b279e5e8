import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { FeedError } from '../../../../src/main/core/errors'
import { ExtractPool } from '../../../../src/main/core/extract/extract-pool'
import { MAX_PAGE_CHARS, extractArticle } from '../../../../src/main/core/extract/extract-article'
import { CORPUS_PAGE_URL, loadCorpus } from './corpus'

const REAL_WORKER = join(__dirname, '../../../../src/main/core/extract/extract-worker.ts')
const SCRIPTED_WORKER = join(__dirname, 'fixtures/scripted-worker.cjs')
const pools: ExtractPool[] = []
const pool = (opts: ConstructorParameters<typeof ExtractPool>[0]) => {
  const p = new ExtractPool(opts)
  pools.push(p)
  return p
}
afterEach(() => pools.splice(0).forEach((p) => p.close()))

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (err: unknown) => err as FeedError)

// The real worker compiles its TypeScript through tsx on start: seconds on a loaded machine.
describe('extraction in a worker thread', { timeout: 60_000 }, () => {
  it('gives the same article as extracting on the calling thread, from another thread', async () => {
    const pages = loadCorpus().slice(0, 3)
    const p = pool({ workerPath: REAL_WORKER })
    for (const page of pages) {
      expect(await p.extract(page.sourceHtml, CORPUS_PAGE_URL)).toEqual(extractArticle(page.sourceHtml, CORPUS_PAGE_URL))
    }
    expect(p.threadId).toBeGreaterThan(0)
    expect(p.threadId).not.toBe(threadId)
  })

  it("keeps extractArticle's error codes across the thread", async () => {
    const p = pool({ workerPath: REAL_WORKER })
    const tooLarge = await failure(p.extract('x'.repeat(MAX_PAGE_CHARS + 1), 'https://news.example/a'))
    expect(tooLarge).toBeInstanceOf(FeedError)
    expect(tooLarge?.code).toBe('too-large')
    expect((await failure(p.extract('<p>hi</p>', 'not a url')))?.code).toBe('bad-url')
  })

  it('abandons a page that runs too long and goes on with a fresh worker', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, timeoutMs: 3000 })
    expect((await p.extract('warm-up', 'https://news.example/0')).title).toBe('warm-up')
    const [hung, next] = await Promise.all([failure(p.extract('hang', 'https://news.example/1')), p.extract('after', 'https://news.example/2')])
    expect(hung?.code).toBe('timeout')
    expect(hung?.message).toContain('https://news.example/1')
    expect(next.title).toBe('after')
  })

  it('reports a worker that dies as that page\'s error and recovers', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER })
    const crashed = await failure(p.extract('crash', 'https://news.example/1'))
    expect(crashed?.code).toBe('internal')
    expect(crashed?.message).toMatch(/https:\/\/news\.example\/1: the extraction worker exited with code 3/)
    expect((await p.extract('fine', 'https://news.example/2')).title).toBe('fine')
  })

  it('fails queued pages when closed, and refuses new ones', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER })
    const queued = [failure(p.extract('hang', 'https://news.example/1')), failure(p.extract('b', 'https://news.example/2'))]
    p.close()
    for (const err of await Promise.all(queued)) expect(err?.code).toBe('internal')
    expect((await failure(p.extract('c', 'https://news.example/3')))?.code).toBe('internal')
  })
})
