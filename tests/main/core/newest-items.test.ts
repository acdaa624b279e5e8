// Issue 16 item 9: a poll takes at most maxItems items, the newest, and cuts the rest before the XML parse.
import { describe, expect, it } from 'vitest'
import { cutToNewestItems, newestItems } from '../../../src/main/core/newest-items'
import { parseFeed } from '../../../src/main/core/parse-feed'

const URL_ = 'https://bound.example/feed.xml'
/** A small deterministic PRNG (LCG), so each case is the same on every run. */
const createRng = (seed: number) => () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32)
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000)

/** n items with shuffled dates (some undated), as RSS or Atom, and the oracle's answer for the newest `max`. */
function makeFeed(kind: 'rss' | 'atom', n: number, seed: number) {
  const rng = createRng(seed)
  const items = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, day: rng() < 0.15 ? undefined : Math.floor(rng() * 1000) }))
  const body = items
    .map((it) =>
      kind === 'rss'
        ? `<item><title>T ${it.id}</title><guid>${it.id}</guid>${it.day === undefined ? '' : `<pubDate>${day(it.day).toUTCString()}</pubDate>`}<description>&lt;p&gt;x&lt;/p&gt;</description></item>`
        : `<entry><title>T ${it.id}</title><id>${it.id}</id>${it.day === undefined ? '' : `<updated>${day(it.day).toISOString()}</updated>`}<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content></entry>`,
    )
    .join('\n')
  const xml =
    kind === 'rss'
      ? `<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>${body}</channel></rss>`
      : `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>B</title>${body}</feed>`
  // Naive oracle: dated items by date (newest first, ties in document order), then undated in document order.
  const oracle = (max: number) =>
    [...items.entries()]
      .sort(([ia, a], [ib, b]) => (b.day ?? -1) - (a.day ?? -1) || ia - ib)
      .slice(0, max)
      .map(([, it]) => it.id)
      .sort()
  return { xml, oracle }
}

const ids = (feed: { items: { guid?: string }[] }) => feed.items.map((i) => i.guid!).sort()

describe('parseFeed with maxItems', () => {
  it.each(['rss', 'atom'] as const)('keeps the newest items of a shuffled %s feed, as a naive sort does', async (kind) => {
    for (const [seed, n, max] of [[1, 40, 10], [2, 200, 37], [3, 15, 15], [4, 8, 20]] as const) {
      const { xml, oracle } = makeFeed(kind, n, seed)
      const feed = await parseFeed(xml, URL_, { maxItems: max })
      expect(ids(feed)).toEqual(oracle(max))
      expect(ids(await parseFeed(xml, URL_))).toHaveLength(n) // no bound: everything
    }
  })

  it('cuts the document itself, so the XML parser never sees the older items', () => {
    const { xml } = makeFeed('rss', 1000, 5)
    const cut = cutToNewestItems(xml, 'rss', 50)
    expect(cut.match(/<item>/g)).toHaveLength(50)
    expect(cut.length).toBeLessThan(xml.length / 10)
    expect(cutToNewestItems(xml, 'rss', 1000)).toBe(xml)
  })

  it('falls back to the whole document when CDATA holding a closing item tag misleads the cut', async () => {
    const item = (i: number, extra = '') => `<item><title>T${i}</title><guid>g${i}</guid><pubDate>${day(i).toUTCString()}</pubDate>${extra}</item>`
    const xml = `<rss version="2.0"><channel><title>C</title>${item(1, '<description><![CDATA[code: </item> <item>]]></description>')}${item(2)}${item(3)}</channel></rss>`
    const feed = await parseFeed(xml, URL_, { maxItems: 2 })
    expect(ids(feed)).toEqual(['g2', 'g3'])
  })

  it('bounds JSON Feed items the same way', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ id: `j${i}`, content_text: 'x', date_published: day((i * 7) % 30).toISOString() }))
    const feed = await parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items }), URL_, { maxItems: 5 })
    const expected = [...items].sort((a, b) => b.date_published.localeCompare(a.date_published)).slice(0, 5).map((i) => i.id).sort()
    expect(ids(feed)).toEqual(expected)
  })

  it('newestItems keeps document order among the kept items', () => {
    const items = [3, 1, 4, 2].map((d) => ({ guid: `d${d}`, published: day(d).toISOString(), categories: [], enclosures: [], mediaImages: [] }))
    expect(newestItems(items, 2).map((i) => i.guid)).toEqual(['d3', 'd4'])
  })
})
