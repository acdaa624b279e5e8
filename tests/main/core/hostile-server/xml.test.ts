// Hostile XML served by a feed: entity expansion (billion laughs), external entities (XXE), deep nesting and
// oversized DTDs. Nothing outside the document is read; each fails or parses alone, bounded, beside good feeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeConnections } from '../../../../src/main/core/fetch-feed'
import type { FeedResult, Subscription } from '../../../../src/shared/model'
import { startFixtureServer, type FixtureServer } from '../../../helpers/fixture-server'
import { addGoodFeeds, errorOf, goodFeedsMissed, pollOnce, type PollRun } from './harness'

let server: FixtureServer
let canary: FixtureServer
let good: Subscription[]
beforeAll(async () => {
  server = await startFixtureServer()
  canary = await startFixtureServer({ '/canary': { body: 'CANARY-FETCHED' } })
  good = addGoodFeeds(server)
})
afterAll(async () => {
  closeConnections()
  await Promise.all([server.close(), canary.close()])
})

const rss = (doctype: string, items: string) =>
  `<?xml version="1.0"?>${doctype}<rss version="2.0"><channel><title>Hostile</title>${items}<item><title>Plain</title><guid>plain</guid></item></channel></rss>`

async function pollHostile(body: string): Promise<PollRun> {
  server.route('/hostile.xml', { headers: { 'content-type': 'application/rss+xml' }, body })
  const run = await pollOnce([...good, { id: 'hostile', url: server.url('/hostile.xml') }], { fetchOptions: { timeoutMs: 5000 } })
  expect(goodFeedsMissed(run, good)).toEqual([])
  expect(run.ms).toBeLessThan(8000)
  expect(run.rssGrowthMb).toBeLessThan(300)
  return run
}

const titles = (r: FeedResult | undefined) => (r?.kind === 'updated' ? r.articles.map((a) => a.title) : [])
const allText = (r: FeedResult | undefined) => JSON.stringify(r)

describe('entities', () => {
  it('does not expand a billion laughs: the nested entities stay as written', async () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('')
    const run = await pollHostile(rss(`<!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]>`, '<item><title>&lol9;</title><guid>laughs</guid></item>'))
    const result = run.results.get('hostile')
    expect(result?.kind).toBe('updated')
    expect(titles(result)).toEqual(['&lol9;', 'Plain'])
    expect(allText(result).length).toBeLessThan(20_000)
  })

  it('never reads a local file named by an external entity (XXE)', async () => {
    const run = await pollHostile(rss('<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', '<item><title>a &xxe; b</title><guid>xxe</guid></item>'))
    const result = run.results.get('hostile')
    expect(allText(result)).not.toMatch(/root:|daemon:/)
    expect(titles(result)).toEqual(['a &xxe; b', 'Plain'])
  })

  it('never fetches a URL named by an external entity or an external DTD (XXE to loopback)', async () => {
    const doctype = `<!DOCTYPE rss SYSTEM "${canary.url('/canary')}" [<!ENTITY ext SYSTEM "${canary.url('/canary')}"><!ENTITY % pe SYSTEM "${canary.url('/canary')}"> %pe;]>`
    const run = await pollHostile(rss(doctype, '<item><title>x &ext; y</title><guid>xxe2</guid></item>'))
    await new Promise((r) => setTimeout(r, 200))
    expect(canary.requests).toEqual([])
    expect(allText(run.results.get('hostile'))).not.toContain('CANARY-FETCHED')
  })
})

describe('structure', () => {
  it('reports a document nested 100,000 deep as too deeply nested', async () => {
    const run = await pollHostile(rss('', `<item><title>Deep</title><guid>deep</guid><description>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</description></item>`))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'parse', message: expect.stringContaining('nested more than 1000 levels deep') })
  })

  it('parses a feed behind a 200 KB internal DTD, using its entities', async () => {
    const entities = Array.from({ length: 3000 }, (_, i) => `<!ENTITY e${i} "value number ${i}">`).join('\n')
    const run = await pollHostile(rss(`<!DOCTYPE rss [\n${entities}\n]>`, '<item><title>&e1; and &e2999;</title><guid>dtd</guid></item>'))
    expect(titles(run.results.get('hostile'))).toEqual(['value number 1 and value number 2999', 'Plain'])
  })

  it('takes the 500 newest of a feed listing 100,000 items', async () => {
    const item = (i: number) => `<item><title>Item ${i}</title><guid>n-${i}</guid><pubDate>${new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % 100_000) * 60_000).toUTCString()}</pubDate></item>`
    const run = await pollHostile(rss('', Array.from({ length: 100_000 }, (_, i) => item(i)).join('')))
    const result = run.results.get('hostile')
    expect(result?.kind).toBe('updated')
    const times = result?.kind === 'updated' ? result.articles.filter((a) => a.guid !== 'plain').map((a) => Date.parse(a.publishedAt)) : []
    expect(times).toHaveLength(500)
    expect(Math.min(...times)).toBe(Date.UTC(2026, 0, 1) + (100_000 - 500) * 60_000) // exactly the newest 500
  })

  it('reports an internal DTD over 1 MB as such', async () => {
    const entities = `<!ENTITY pad "${'p'.repeat(1000)}">\n`.repeat(1100)
    const run = await pollHostile(rss(`<!DOCTYPE rss [\n${entities}]>`, '<item><title>x</title><guid>big</guid></item>'))
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'parse', message: expect.stringContaining('internal DTD is larger than 1 MB') })
  })
})
