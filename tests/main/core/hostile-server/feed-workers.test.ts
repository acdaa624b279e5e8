// Hostile feeds read in the app's feed-text workers (news-service with feedTextWorkerPath, as ipc.ts and the browser
// mode run it): each gets what the calling thread gives it, its own bounded error or its bounded parse, while good
// feeds beside it are read; a worker that dies fails only the feed it was reading; a feed refreshed alone starts none.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeConnections } from '../../../../src/main/core/fetch-feed'
import { createNewsService } from '../../../../src/main/core/news-service'
import type { FeedResult, Subscription } from '../../../../src/shared/model'
import { startFixtureServer, type FixtureServer } from '../../../helpers/fixture-server'
import { addGoodFeeds, errorOf, goodFeedsMissed, pollOnce } from './harness'

const REAL_WORKER = join(__dirname, '../../../../src/main/core/feed-text-worker.ts')
const SCRIPTED_WORKER = join(__dirname, '../feed-text/scripted-worker.cjs')

let server: FixtureServer
let good: Subscription[]
beforeAll(async () => {
  server = await startFixtureServer()
  good = addGoodFeeds(server)
})
afterAll(async () => {
  closeConnections()
  await server.close()
})

const rss = (doctype: string, items: string) =>
  `<?xml version="1.0"?>${doctype}<rss version="2.0"><channel><title>Hostile</title>${items}<item><title>Plain</title><guid>plain</guid></item></channel></rss>`
const laughs = rss(`<!DOCTYPE rss [<!ENTITY lol0 "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('')}]>`, '<item><title>&lol9;</title><guid>laughs</guid></item>')
const deep = rss('', `<item><title>Deep</title><guid>deep</guid><description>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</description></item>`)
const page = '<!doctype html><html><head><title>Not a feed</title></head><body><p>Hello</p></body></html>'

/** A result without its times: two polls of one feed differ only in when they happened. */
const timeless = (r: FeedResult | undefined) => r && { ...r, http: { ...r.http, fetchedAt: 0, nextPollAt: 0 } }

describe('hostile feeds in feed-text workers', { timeout: 120_000 }, () => {
  it('gives each hostile feed what the calling thread gives it, while the good feeds are read', async () => {
    const hostile = { laughs, deep, page }
    for (const [name, body] of Object.entries(hostile)) server.route(`/${name}.xml`, { headers: { 'content-type': 'application/rss+xml' }, body })
    const subs = [...good, ...Object.keys(hostile).map((name) => ({ id: name, url: server.url(`/${name}.xml`) }))]
    // One clock for both: undated items are dated when read.
    const deps = { fetchOptions: { timeoutMs: 5000 }, now: () => Date.UTC(2026, 11, 7, 10) }
    const here = await pollOnce(subs, deps)
    const inWorkers = await pollOnce(subs, deps, { feedTextWorkerPath: REAL_WORKER })
    expect(goodFeedsMissed(inWorkers, good)).toEqual([])
    expect(errorOf(inWorkers, 'deep')).toMatchObject({ code: 'parse', message: expect.stringContaining('nested more than 1000 levels deep') })
    expect(errorOf(inWorkers, 'page')?.code).toBe('not-a-feed')
    const laughed = inWorkers.results.get('laughs')
    expect(laughed?.kind === 'updated' && laughed.articles.map((a) => a.title)).toEqual(['&lol9;', 'Plain'])
    for (const sub of subs) expect(timeless(inWorkers.results.get(sub.id))).toEqual(timeless(here.results.get(sub.id)))
  })

  it('reads a feed refreshed alone on the calling thread, starting no worker', async () => {
    // The scripted worker would answer with the body as the title and no articles.
    const alone = await pollOnce([good[0]], {}, { feedTextWorkerPath: SCRIPTED_WORKER })
    expect(goodFeedsMissed(alone, [good[0]!])).toEqual([])
    const results: FeedResult[] = []
    const service = createNewsService({
      emitFeedResult: (r) => void results.push(r), emitProgress: () => {}, emitArticleContent: () => {}, openExternal: async () => {},
      refreshDeps: { logger: { info() {}, warn() {}, error() {} } }, feedTextWorkerPath: SCRIPTED_WORKER,
    })
    try {
      // Many feeds scheduled (not due), one refreshed now.
      await service.setSubscriptions(good.map((s) => ({ ...s, nextPollAt: Date.now() + 3_600_000 })))
      await service.refreshNow([good[1]!.id])
    } finally {
      service.stop()
    }
    expect(results.map((r) => r.kind === 'updated' && r.articles.length)).toEqual([3])
  })

  it('starts the workers when a schedule brings feeds due now, before their bodies arrive', async () => {
    const slow = ['a', 'b', 'c'].map((name) => {
      server.route(`/slow-${name}.xml`, { headers: { 'content-type': 'application/rss+xml' }, body: name, delayMs: 2000 })
      return { id: `slow-${name}`, url: server.url(`/slow-${name}.xml`) }
    })
    const results: FeedResult[] = []
    const service = createNewsService({
      emitFeedResult: (r) => void results.push(r), emitProgress: () => {}, emitArticleContent: () => {}, openExternal: async () => {},
      refreshDeps: { logger: { info() {}, warn() {}, error() {} } }, feedTextWorkerPath: SCRIPTED_WORKER,
    })
    const scheduledAt = Date.now()
    try {
      await service.setSubscriptions(slow)
      for (const t = Date.now(); results.length < 3 && Date.now() - t < 30_000; ) await new Promise((r) => setTimeout(r, 50))
    } finally {
      service.stop()
    }
    expect(results.map((r) => r.kind === 'updated' && r.feed.title).sort()).toEqual(['a', 'b', 'c'])
    // The scripted worker says when it started: before the first body came back (2 s after the schedule).
    const startedAt = Math.min(...results.map((r) => (r.kind === 'updated' ? Number(r.feed.description?.split('@')[1]) : Infinity)))
    expect(startedAt - scheduledAt).toBeLessThan(2000)
  })

  it('fails only the feed whose worker crashed; the others are read by fresh workers', async () => {
    server.route('/crash', { headers: { 'content-type': 'application/rss+xml' }, body: 'x' })
    const crashing = { id: 'crashing', url: server.url('/crash') }
    const run = await pollOnce([crashing, ...good], {}, { feedTextWorkerPath: SCRIPTED_WORKER })
    expect(errorOf(run, 'crashing')).toEqual({ code: 'internal', message: `Could not read ${crashing.url}: the feed worker exited with code 3` })
    // The scripted worker answers a good feed with its body as the title (and no articles).
    for (const sub of good) {
      const r = run.results.get(sub.id)
      expect(r?.kind === 'updated' && r.feed.title).toContain('<rss')
    }
  })
})
