// Feeds' text work in worker threads: the same result as on the calling thread, a crash or an abort fails only its
// own feed, and the pool goes on with fresh workers; a big body, or a lone feed while no worker runs, stays on the
// calling thread.
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { FeedError } from '../../../../src/main/core/errors'
import { feedText, type FeedTextJob } from '../../../../src/main/core/feed-text'
import { FeedTextPool } from '../../../../src/main/core/feed-text-pool'
import { generateFeed } from '../../../../bench/lib/feed-gen'

const REAL_WORKER = join(__dirname, '../../../../src/main/core/feed-text-worker.ts')
const SCRIPTED_WORKER = join(__dirname, 'scripted-worker.cjs')
const quiet = { info() {}, warn() {}, error() {} }
const pools: FeedTextPool[] = []
const pool = (opts: ConstructorParameters<typeof FeedTextPool>[0]) => {
  const p = new FeedTextPool(opts)
  pools.push(p)
  return p
}
afterEach(() => pools.splice(0).forEach((p) => p.close()))

const NOW = Date.UTC(2026, 10, 28, 13)
const job = (feedUrl: string, body: string): FeedTextJob => ({ feedId: 'f', feedUrl, bytes: new TextEncoder().encode(body), contentType: 'application/rss+xml; charset=utf-8', maxItems: 200, now: NOW })
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (err: unknown) => err as FeedError)

// The real worker compiles its TypeScript through tsx on start: seconds on a loaded machine.
describe('feed text in worker threads', { timeout: 90_000 }, () => {
  it.each([['copied', undefined], ['moved', 1]])('gives what the calling thread gives, bodies %s: feed, tagged articles and story features', async (_how, moveMinBytes) => {
    const p = pool({ workerPath: REAL_WORKER, size: 2, moveMinBytes })
    const feeds = [0, 1, 2].map((f) => generateFeed(f, 20).xml)
    const inWorkers = await Promise.all(feeds.map((xml, f) => p.run(job(`http://127.0.0.1/feeds/${f}.xml`, xml))))
    for (const [f, xml] of feeds.entries()) {
      const here = await feedText(job(`http://127.0.0.1/feeds/${f}.xml`, xml), quiet)
      expect(here.articles).toHaveLength(20)
      expect(here.articles.some((a) => a.countries.length > 0)).toBe(true)
      expect(inWorkers[f]).toEqual(here)
    }
    expect(p.threadIds.length).toBeGreaterThan(0)
    expect(p.threadIds).not.toContain(threadId)
  })

  it('reads a 20 MB feed within the default heap caps, its body moved, when made to use its worker', async () => {
    const p = pool({ workerPath: REAL_WORKER, size: 1, callingMinBytes: Infinity })
    const item = (i: number) => `<item><title>Story ${i} about the markets in Brazil</title><guid>https://big.example/s/${i}</guid><description>Teaser ${i}: officials met to discuss the budget.</description></item>\n`
    const items = Array.from({ length: 125_000 }, (_, i) => item(i)).join('')
    const big = job('https://big.example/feed.xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link>\n${items}</channel></rss>`)
    expect(big.bytes.byteLength).toBeGreaterThan(20 * 1024 * 1024)
    const text = await p.run(big)
    expect(text.articles).toHaveLength(200) // the job's maxItems
    expect(text.articles[0]!.title).toBe('Story 0 about the markets in Brazil')
    expect(text.articles.some((a) => a.countries.includes('BR'))).toBe(true)
    expect(big.bytes.byteLength).toBe(0)
  })

  it('reads a big body on the calling thread, idle workers stopped first; a smaller one in a worker', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 1, callingMinBytes: 2000 })
    p.warm()
    expect(p.threadIds).toHaveLength(1)
    const xml = generateFeed(3, 20).xml
    expect(xml.length).toBeGreaterThan(2000)
    const big = await p.run(job('http://127.0.0.1/feeds/big.xml', xml))
    // The scripted worker would answer with the body as the title and no articles.
    expect(big).toEqual(await feedText(job('http://127.0.0.1/feeds/big.xml', xml), quiet))
    expect(big.articles).toHaveLength(20)
    expect(p.threadIds).toEqual([])
    expect((await p.run(job('https://news.example/small', 'small'))).feed.title).toBe('small')
    expect(p.threadIds).toHaveLength(1)
  })

  it('reads a 20 MB feed on the calling thread by default, starting no worker', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 1 })
    const item = (i: number) => `<item><title>Story ${i} about the markets in Brazil</title><guid>https://big.example/s/${i}</guid></item>\n`
    const big = job('https://big.example/feed.xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${Array.from({ length: 260_000 }, (_, i) => item(i)).join('')}</channel></rss>`)
    expect(big.bytes.byteLength).toBeGreaterThan(20 * 1024 * 1024)
    const text = await p.run(big)
    expect(text.articles).toHaveLength(200)
    expect(text.articles[0]!.countries).toContain('BR')
    expect(p.threadIds).toEqual([])
  })

  it('reads a lone feed on the calling thread while no worker runs, and starts one when others wait', async () => {
    let othersWaiting = false
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 1, hasOthersWaiting: () => othersWaiting })
    const xml = generateFeed(4, 5).xml
    expect((await p.run(job('http://127.0.0.1/feeds/lone.xml', xml))).articles).toHaveLength(5)
    expect(p.threadIds).toEqual([])
    othersWaiting = true
    expect((await p.run(job('http://127.0.0.1/feeds/first.xml', 'first'))).feed.title).toBe('first')
    expect(p.threadIds).toHaveLength(1)
    // Once a worker runs, the round's last feed goes to it too.
    othersWaiting = false
    expect((await p.run(job('http://127.0.0.1/feeds/last.xml', 'last'))).feed.title).toBe('last')
  })

  it("keeps the parser's error code across the thread", async () => {
    const p = pool({ workerPath: REAL_WORKER, size: 1 })
    const notAFeed = await failure(p.run(job('https://news.example/page', '<!doctype html><html><body><p>A page</p></body></html>')))
    expect(notAFeed).toBeInstanceOf(FeedError)
    expect(notAFeed?.code).toBe('not-a-feed')
  })

  it('runs feeds side by side, one per worker, up to its size', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 2 })
    const texts = await Promise.all(['a', 'b', 'c', 'd'].map((t) => p.run(job(`https://news.example/${t}`, t))))
    expect(texts.map((t) => t.feed.title)).toEqual(['a', 'b', 'c', 'd'])
    expect(new Set(texts.map((t) => t.feed.description)).size).toBe(2)
  })

  it('fails only the feed whose worker crashed, and restarts the worker', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 1 })
    const [crashed, next] = await Promise.all([failure(p.run(job('https://news.example/crash', 'x'))), p.run(job('https://news.example/after', 'after'))])
    expect(crashed?.code).toBe('internal')
    expect(crashed?.message).toBe('Could not read https://news.example/crash: the feed worker exited with code 3')
    expect(next.feed.title).toBe('after')
  })

  it('fails a feed past its heap cap as too large, and goes on', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 1, resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 } })
    const tooLarge = await failure(p.run(job('https://news.example/oom', 'x')))
    expect(tooLarge?.code).toBe('too-large')
    expect(tooLarge?.message).toContain('https://news.example/oom')
    expect((await p.run(job('https://news.example/fine', 'fine'))).feed.title).toBe('fine')
  })

  it('hands a feed posted behind a crashing one to a fresh worker, body and all', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 1 })
    const jobs = [job('https://news.example/crash', 'x'), job('https://news.example/second', 'second'), job('https://news.example/third', 'third')]
    const [crashed, second, third] = await Promise.all(jobs.map((j) => failure(p.run(j).then((t) => { throw new Error(t.feed.title) }))))
    expect(crashed?.code).toBe('internal')
    expect([second?.message, third?.message]).toEqual(['second', 'third'])
  })

  it('moves a big body to an idle worker only, so a big feed behind a crashing one still reaches a fresh worker whole', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 1, moveMinBytes: 8 })
    const jobs = [job('https://news.example/crash', 'x'), job('https://news.example/big', 'big body'), job('https://news.example/small', 'small')]
    const [crashed, big, small] = await Promise.all(jobs.map((j) => failure(p.run(j).then((t) => { throw new Error(t.feed.title) }))))
    expect(crashed?.code).toBe('internal')
    expect([big?.message, small?.message]).toEqual(['big body', 'small'])
    expect(jobs[1]!.bytes.byteLength).toBe(0) // moved: this thread no longer holds it
    expect(new TextDecoder().decode(jobs[2]!.bytes)).toBe('small') // copied: posted behind the big one
  })

  it('fails a moved feed whose worker died while reading it, and goes on', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 1, moveMinBytes: 8 })
    const [crashed, next] = await Promise.all([failure(p.run(job('https://news.example/crash', 'a big body'))), p.run(job('https://news.example/next', 'next big body'))])
    expect(crashed?.message).toBe('Could not read https://news.example/crash: the feed worker exited with code 3')
    expect(next.feed.title).toBe('next big body')
  })

  it('stops a feed whose poll was aborted mid-parse, and a queued one, with the abort reason', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 1 })
    const running = new AbortController()
    const queued = new AbortController()
    const hung = failure(p.run(job('https://news.example/hang', 'x'), running.signal))
    const waiting = failure(p.run(job('https://news.example/q', 'q'), queued.signal))
    const after = p.run(job('https://news.example/after', 'after'))
    queued.abort(new FeedError('timeout', 'queued feed cancelled'))
    await new Promise((r) => setTimeout(r, 200))
    running.abort(new FeedError('timeout', 'watchdog fired'))
    expect((await hung)?.message).toBe('watchdog fired')
    expect((await waiting)?.message).toBe('queued feed cancelled')
    expect((await after).feed.title).toBe('after')
  })

  it('fails running and queued feeds when closed, and refuses new ones', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 1 })
    const pending = [failure(p.run(job('https://news.example/hang', 'x'))), failure(p.run(job('https://news.example/b', 'b')))]
    p.close()
    for (const err of await Promise.all(pending)) expect(err?.message).toBe('the feed workers were stopped')
    expect((await failure(p.run(job('https://news.example/c', 'c'))))?.code).toBe('internal')
  })

  it('starts every worker ahead of work when warmed, and lets them go when idle', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 2, idleMs: 300 })
    expect(p.threadIds).toEqual([])
    p.warm()
    expect(p.threadIds).toHaveLength(2)
    expect((await p.run(job('https://news.example/w', 'w'))).feed.title).toBe('w')
    await new Promise((r) => setTimeout(r, 1000))
    expect(p.threadIds).toEqual([])
  })

  it('leaves one core to the main thread by default, and always has a worker', () => {
    const p = pool({ workerPath: SCRIPTED_WORKER })
    p.warm()
    expect(p.threadIds).toHaveLength(Math.max(1, availableParallelism() - 1))
    const one = pool({ workerPath: SCRIPTED_WORKER, size: 0 })
    one.warm()
    expect(one.threadIds).toHaveLength(1)
  })

  it('reads a body that is a view on a larger buffer, and leaves that buffer whole', async () => {
    const p = pool({ workerPath: SCRIPTED_WORKER, size: 1 })
    const shared = new TextEncoder().encode('before|body|after')
    const view = shared.subarray(7, 11)
    expect((await p.run({ ...job('https://news.example/v', ''), bytes: view })).feed.title).toBe('body')
    expect(new TextDecoder().decode(shared)).toBe('before|body|after')
  })
})
