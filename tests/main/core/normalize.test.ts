import { describe, expect, it } from 'vitest'
import { normalizeFeedInfo, normalizeItem, normalizeLanguage, type NormalizeContext } from '../../../src/main/core/normalize'
import { parseFeed } from '../../../src/main/core/parse-feed'
import { parseFeedDate } from '../../../src/main/core/feed-date'
import { makeArticleId } from '../../../src/main/core/ids'
import { buildArticles } from '../../../src/main/core/refresh-feed'
import type { ParsedFeed, ParsedItem } from '../../../src/main/core/types'

const FEED_URL = 'https://example.org/feed.xml'
const NOW = new Date('2025-06-10T12:00:00.000Z')

const makeItem = (over: Partial<ParsedItem> = {}): ParsedItem => ({ categories: [], enclosures: [], mediaImages: [], ...over })
const makeFeed = (over: Partial<ParsedFeed> = {}): ParsedFeed => ({ format: 'rss', items: [], ...over })
const ctx = (over: Partial<NormalizeContext> = {}): NormalizeContext => ({ feedId: 'f1', feedUrl: FEED_URL, feed: makeFeed(), now: NOW, ...over })

describe('normalizeItem: ids', () => {
  it('gives a guid-less item the same id on two parses with different clocks', async () => {
    const xml = '<rss version="2.0"><channel><title>t</title><item><title>No guid, no link</title></item></channel></rss>'
    const first = await parseFeed(xml, FEED_URL)
    const second = await parseFeed(xml, FEED_URL)
    const a = normalizeItem(first.items[0]!, ctx({ feed: first, now: NOW }))
    const b = normalizeItem(second.items[0]!, ctx({ feed: second, now: new Date('2025-07-01T00:00:00Z') }))
    expect(a.id).toBe(b.id)
    expect(a.publishedAt).not.toBe(b.publishedAt) // first-seen time differs, the id does not
  })

  it('derives the id from the guid, else the canonical link, else title and raw date', () => {
    const byGuid = normalizeItem(makeItem({ guid: 'urn:1', link: 'https://example.org/a' }), ctx())
    expect(byGuid.id).toBe(makeArticleId('f1', 'guid:urn:1'))
    const byLink = normalizeItem(makeItem({ link: 'https://example.org/a?utm_source=rss#x' }), ctx())
    expect(byLink.id).toBe(makeArticleId('f1', 'url:https://example.org/a'))
    const byText = normalizeItem(makeItem({ title: 'T', published: 'Mon, 09 Jun 2025 10:00:00 GMT' }), ctx())
    expect(byText.id).toBe(makeArticleId('f1', 'text:T|Mon, 09 Jun 2025 10:00:00 GMT|'))
  })

  it('keeps the id when only tracking parameters of the link change', () => {
    const a = normalizeItem(makeItem({ link: 'https://example.org/a?utm_source=x' }), ctx())
    const b = normalizeItem(makeItem({ link: 'https://example.org/a?utm_source=y&fbclid=z' }), ctx())
    expect(a.id).toBe(b.id)
  })

  it('scopes ids to the feed and formats them as feedId:16 base64url characters', () => {
    const a = normalizeItem(makeItem({ guid: 'same' }), ctx({ feedId: 'one' }))
    const b = normalizeItem(makeItem({ guid: 'same' }), ctx({ feedId: 'two' }))
    expect(a.id).toMatch(/^one:[A-Za-z0-9_-]{16}$/)
    expect(a.id.split(':')[1]).toBe(b.id.split(':')[1])
    expect(a.id).not.toBe(b.id)
  })
})

const quiet = { info() {}, warn() {}, error() {} }
const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Ids</title><link>https://ids.example/</link>${items}</channel></rss>`
const articlesOf = async (xml: string, now = NOW) => buildArticles('ids', 'https://ids.example/feed.xml', await parseFeed(xml, 'https://ids.example/feed.xml'), now, quiet)

describe('article ids across an update (issue 16, item 5)', () => {
  it('keeps the ids stored before the update for items with a guid, a link or a date, and for one-of-a-kind items', async () => {
    // Ids computed by the code before issue 16 (commit 223fd46): changing any of them duplicates every stored article.
    const xml = rss(`
      <item><title>By guid</title><guid isPermaLink="false">urn:ids:1</guid><link>https://ids.example/a</link></item>
      <item><title>By permalink guid</title><guid>https://ids.example/p?utm_source=rss</guid></item>
      <item><title>By link</title><link>https://ids.example/b?utm_medium=feed</link></item>
      <item><title>By title and date</title><pubDate>Mon, 09 Jun 2025 10:00:00 GMT</pubDate><description>x</description></item>
      <item><description>Untitled, undated: by its text</description></item>
      <item><title>Title only</title></item>`)
    expect((await articlesOf(xml)).map((a) => [a.title, a.id])).toEqual([
      ['By guid', 'ids:RpLIzJKPS74tCy9Z'],
      ['By permalink guid', 'ids:jPzdsFgpCoWX6DJj'],
      ['By link', 'ids:8LzmqPcxxiHL8l9N'],
      ['By title and date', 'ids:tRIeP5Y9eUWcXP0u'],
      ['Untitled, undated: by its text', 'ids:OrlYfulBR9F_-Pac'],
      ['Title only', 'ids:-UKIurM2agP_kOvB'],
    ])
  })

  it('keeps two items with the same title and no guid, link or date, each with its own id on every poll', async () => {
    const first = `<item><title>Weather update</title><description>Rain in the north.</description></item>`
    const second = `<item><title>Weather update</title><description>Sun in the south.</description></item>`
    const poll1 = await articlesOf(rss(first + second))
    expect(poll1.map((a) => a.summary)).toEqual(['Rain in the north.', 'Sun in the south.'])
    expect(new Set(poll1.map((a) => a.id)).size).toBe(2)
    // A later poll lists a new item on top with the same title: each earlier item keeps its id, the new one differs.
    const third = `<item><title>Weather update</title><description>Snow in the east.</description></item>`
    const poll2 = await articlesOf(rss(third + first + second), new Date('2025-06-11T12:00:00Z'))
    expect(poll2.map((a) => a.summary)).toEqual(['Snow in the east.', 'Rain in the north.', 'Sun in the south.'])
    expect(poll2.slice(1).map((a) => a.id)).toEqual(poll1.map((a) => a.id))
    expect(poll1.map((a) => a.id)).not.toContain(poll2[0]!.id)
  })

  it('keeps items that repeat title and date but differ in text, and exact repeats, stably', async () => {
    const dated = (text: string) => `<item><title>Briefing</title><pubDate>Mon, 09 Jun 2025 10:00:00 GMT</pubDate><description>${text}</description></item>`
    const bare = '<item><title>Correction</title></item>'
    const xml = rss(dated('One') + dated('Two') + bare + bare)
    const a = await articlesOf(xml)
    const b = await articlesOf(xml, new Date('2025-06-12T00:00:00Z'))
    expect(a.map((x) => x.title)).toEqual(['Briefing', 'Briefing', 'Correction', 'Correction'])
    expect(new Set(a.map((x) => x.id)).size).toBe(4)
    expect(b.map((x) => x.id)).toEqual(a.map((x) => x.id))
    expect(a[0]!.id).toBe(makeArticleId('ids', 'text:Briefing|Mon, 09 Jun 2025 10:00:00 GMT|')) // the first keeps today's id
  })

  it('still keeps only the first of items that repeat a guid', async () => {
    const xml = rss('<item><title>A</title><guid>g</guid></item><item><title>B</title><guid>g</guid></item>')
    expect((await articlesOf(xml)).map((a) => a.title)).toEqual(['A'])
  })
})

describe('normalizeItem: url', () => {
  it('resolves against the item xml:base, then the feed xml:base, then the feed URL', () => {
    expect(normalizeItem(makeItem({ link: 'a.html', baseUrl: 'https://b.example/item/' }), ctx({ feed: makeFeed({ baseUrl: 'https://b.example/feed/' }) })).url)
      .toBe('https://b.example/item/a.html')
    expect(normalizeItem(makeItem({ link: 'a.html' }), ctx({ feed: makeFeed({ baseUrl: 'https://b.example/feed/' }) })).url)
      .toBe('https://b.example/feed/a.html')
    expect(normalizeItem(makeItem({ link: '/a.html' }), ctx()).url).toBe('https://example.org/a.html')
  })

  it('removes tracking parameters and the fragment, and lower-cases the host', () => {
    expect(normalizeItem(makeItem({ link: 'https://News.Example.org/p?id=1&utm_campaign=x&gclid=y#c' }), ctx()).url)
      .toBe('https://news.example.org/p?id=1')
  })

  it('drops a javascript: link', () => {
    const article = normalizeItem(makeItem({ link: 'javascript:alert(1)', title: 'x' }), ctx())
    expect(article).not.toHaveProperty('url')
  })

  it('uses a permalink guid as the url when there is no link, but never a non-URL guid', () => {
    expect(normalizeItem(makeItem({ guid: 'https://example.org/p/1', guidIsPermaLink: true }), ctx()).url).toBe('https://example.org/p/1')
    expect(normalizeItem(makeItem({ guid: '12345', guidIsPermaLink: true }), ctx())).not.toHaveProperty('url')
    expect(normalizeItem(makeItem({ guid: 'https://example.org/p/2', guidIsPermaLink: false }), ctx())).not.toHaveProperty('url')
  })
})

describe('normalizeItem: text', () => {
  it('makes the title plain text: entities decoded, tags stripped, whitespace collapsed', () => {
    expect(normalizeItem(makeItem({ title: '  <b>Caf&eacute;</b>\n &amp; bar ' }), ctx()).title).toBe('Café & bar')
  })

  it('derives a missing title from the summary, about 80 characters, on a word boundary', () => {
    const summary = `<p>${'Lorem ipsum dolor sit amet '.repeat(10)}</p>`
    const title = normalizeItem(makeItem({ summaryHtml: summary }), ctx()).title
    expect(title.length).toBeLessThanOrEqual(81)
    expect(title).toMatch(/^Lorem ipsum dolor sit amet .*\w…$/)
  })

  it('cuts the summary at about 300 characters and falls back to the content', () => {
    const article = normalizeItem(makeItem({ title: 't', contentHtml: `<p>${'word '.repeat(200)}</p>` }), ctx())
    expect(article.summary.length).toBeLessThanOrEqual(301)
    expect(article.summary.endsWith('word…')).toBe(true)
  })

  it('keeps content HTML, falls back to the summary HTML, and resolves relative URLs in it', () => {
    const withContent = normalizeItem(makeItem({ contentHtml: '<p><img src="/i.png"> <a href="x">x</a></p>', summaryHtml: 's' }), ctx())
    expect(withContent.contentHtml).toBe('<p><img src="https://example.org/i.png"> <a href="https://example.org/x">x</a></p>')
    expect(normalizeItem(makeItem({ summaryHtml: '<p>only summary</p>' }), ctx()).contentHtml).toBe('<p>only summary</p>')
  })

  it('repairs windows-1252 characters that arrived as C1 controls (&#146; in XML)', () => {
    expect(normalizeItem(makeItem({ title: 'don\u0092t', summaryHtml: '\u0093quoted\u0094' }), ctx())).toMatchObject({ title: 'don’t', summary: '“quoted”' })
  })

  it('keeps the name from RSS author e-mail forms', () => {
    expect(normalizeItem(makeItem({ author: 'jo@example.org (Jo Doe)' }), ctx()).author).toBe('Jo Doe')
    expect(normalizeItem(makeItem({ author: 'Jo Doe (jo@example.org)' }), ctx()).author).toBe('Jo Doe')
    expect(normalizeItem(makeItem({ author: 'Jo Doe <jo@example.org>' }), ctx()).author).toBe('Jo Doe')
  })

  it('trims and de-duplicates categories, case-insensitively', () => {
    expect(normalizeItem(makeItem({ categories: [' World ', 'world', 'Arts &amp; Culture', '', 'Europe'] }), ctx()).categories)
      .toEqual(['World', 'Arts & Culture', 'Europe'])
  })

  it('takes the item language, else the feed language, as a BCP 47 tag', () => {
    expect(normalizeItem(makeItem({ language: 'pt_br' }), ctx({ feed: makeFeed({ language: 'en' }) })).language).toBe('pt-BR')
    expect(normalizeItem(makeItem(), ctx({ feed: makeFeed({ language: 'EN-us' }) })).language).toBe('en-US')
    expect(normalizeLanguage('zh-hans-cn')).toBe('zh-Hans-CN')
    expect(normalizeLanguage('English')).toBeUndefined()
  })

  it('leaves classification empty for the pipeline to fill', () => {
    expect(normalizeItem(makeItem({ title: 'x' }), ctx())).toMatchObject({ countries: [], topics: [], classifierVersion: 0, feedId: 'f1' })
  })
})

describe('normalizeItem: dates', () => {
  it('parses the published date to ISO', () => {
    const a = normalizeItem(makeItem({ published: 'Mon, 09 Jun 2025 10:00:00 +0200' }), ctx())
    expect(a.publishedAt).toBe('2025-06-09T08:00:00.000Z')
    expect(a).not.toHaveProperty('isDateMissing')
  })

  it('falls back to the updated date', () => {
    expect(normalizeItem(makeItem({ updated: '2025-06-01T00:00:00Z' }), ctx()).publishedAt).toBe('2025-06-01T00:00:00.000Z')
  })

  it('uses now and flags the date as missing when there is none or it cannot be read', () => {
    expect(normalizeItem(makeItem(), ctx())).toMatchObject({ publishedAt: NOW.toISOString(), isDateMissing: true })
    expect(normalizeItem(makeItem({ published: 'sometime last week' }), ctx())).toMatchObject({ publishedAt: NOW.toISOString(), isDateMissing: true })
  })

  it('clamps a date more than a day in the future to now, but keeps one within the day', () => {
    expect(normalizeItem(makeItem({ published: '2025-06-20T00:00:00Z' }), ctx()).publishedAt).toBe(NOW.toISOString())
    expect(normalizeItem(makeItem({ published: '2025-06-11T06:00:00Z' }), ctx()).publishedAt).toBe('2025-06-11T06:00:00.000Z')
  })
})

describe('normalizeItem: image and enclosures', () => {
  const html = '<p><img src="https://t.example/pixel.gif" width="1" height="1"><img src="/body.jpg"></p>'

  it('prefers media images, then an image enclosure, then the iTunes image, then the first real <img>', () => {
    const full = makeItem({
      mediaImages: ['https://m.example/1.jpg'], enclosures: [{ url: 'https://e.example/e.png', type: 'image/png' }],
      itunesImage: 'https://i.example/it.jpg', contentHtml: html,
    })
    expect(normalizeItem(full, ctx()).imageUrl).toBe('https://m.example/1.jpg')
    expect(normalizeItem({ ...full, mediaImages: [] }, ctx()).imageUrl).toBe('https://e.example/e.png')
    expect(normalizeItem({ ...full, mediaImages: [], enclosures: [] }, ctx()).imageUrl).toBe('https://i.example/it.jpg')
    expect(normalizeItem({ ...full, mediaImages: [], enclosures: [], itunesImage: undefined }, ctx()).imageUrl).toBe('https://example.org/body.jpg')
  })

  it('skips images that are not http(s)', () => {
    expect(normalizeItem(makeItem({ mediaImages: ['data:image/png;base64,AA'], contentHtml: '<img src="x.jpg">' }), ctx()).imageUrl)
      .toBe('https://example.org/x.jpg')
  })

  it('resolves enclosures and drops unusable or repeated ones', () => {
    const article = normalizeItem(
      makeItem({ enclosures: [{ url: 'a.mp3', type: 'audio/mpeg', length: 3 }, { url: 'https://example.org/a.mp3' }, { url: 'ftp://x/y' }] }),
      ctx(),
    )
    expect(article.enclosures).toEqual([{ url: 'https://example.org/a.mp3', type: 'audio/mpeg', length: 3 }])
  })
})

describe('normalizeFeedInfo', () => {
  it('gives tidy metadata with absolute URLs, and the host when there is no title', () => {
    const feed = makeFeed({ title: ' News &\n views ', siteUrl: '/', description: ' About ', language: 'de_de', imageUrl: 'logo.png' })
    expect(normalizeFeedInfo(feed, FEED_URL)).toEqual({
      title: 'News & views', siteUrl: 'https://example.org/', description: 'About', language: 'de-DE', imageUrl: 'https://example.org/logo.png',
    })
    expect(normalizeFeedInfo(makeFeed(), FEED_URL)).toEqual({ title: 'example.org' })
  })
})

describe('parseFeedDate', () => {
  it.each([
    ['RFC 822 with GMT', 'Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['RFC 822 with a numeric zone', 'Tue, 10 Jun 2003 04:00:00 -0500', '2003-06-10T09:00:00.000Z'],
    ['RFC 822 with a US zone name', 'Tue, 10 Jun 2003 04:00:00 PDT', '2003-06-10T11:00:00.000Z'],
    ['RFC 822 with a European zone name', 'Tue, 10 Jun 2003 04:00:00 CEST', '2003-06-10T02:00:00.000Z'],
    ['RFC 822 with a military zone', 'Tue, 10 Jun 2003 04:00:00 Z', '2003-06-10T04:00:00.000Z'],
    ['RFC 822 without day name or seconds', '10 Jun 2003 04:00 +0000', '2003-06-10T04:00:00.000Z'],
    ['RFC 822 with a two-digit year', 'Tue, 10 Jun 03 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['RFC 822 without a zone, read as UTC', 'Tue, 10 Jun 2003 04:00:00', '2003-06-10T04:00:00.000Z'],
    ['RFC 822 with a zone like +05:30', 'Tue, 10 Jun 2003 04:00:00 +05:30', '2003-06-09T22:30:00.000Z'],
    ['RFC 850', 'Tuesday, 10-Jun-03 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['asctime', 'Tue Jun 10 04:00:00 2003', '2003-06-10T04:00:00.000Z'],
    ['German month and day names', 'Di, 10 Okt 2023 04:00:00 +0200', '2023-10-10T02:00:00.000Z'],
    ['ISO 8601 with Z', '2003-12-31T10:14:55Z', '2003-12-31T10:14:55.000Z'],
    ['ISO 8601 with an offset and fraction', '2003-12-31T10:14:55.25-08:00', '2003-12-31T18:14:55.250Z'],
    ['ISO 8601 without a zone, read as UTC', '2003-12-31T10:14:55', '2003-12-31T10:14:55.000Z'],
    ['ISO 8601 with a space separator', '2003-12-31 10:14:55 +0100', '2003-12-31T09:14:55.000Z'],
    ['ISO 8601 basic format', '20031231T101455Z', '2003-12-31T10:14:55.000Z'],
    ['W3CDTF date only', '2003-12-31', '2003-12-31T00:00:00.000Z'],
    ['W3CDTF year and month', '2003-12', '2003-12-01T00:00:00.000Z'],
    ['a long form with an explicit zone', 'June 10, 2003 4:00 PM GMT', '2003-06-10T16:00:00.000Z'],
  ])('reads %s', (_why, raw, iso) => {
    expect(parseFeedDate(raw)?.toISOString()).toBe(iso)
  })

  it.each([['nonsense'], [''], ['31 Feb 2003 00:00:00 GMT'], ['2003-13-01'], ['Tue, 10 Jun 2003 04:00:00 XYZ'], ['June 10, 2003']])(
    'rejects %j',
    (raw) => {
      expect(parseFeedDate(raw)).toBeUndefined()
    },
  )
})
