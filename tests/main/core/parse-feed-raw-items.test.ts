// RawItemParser skips rss-parser's own mapping of items (parse-feed.ts): the raw:* fields it keeps, and the feed
// level, must be what rss-parser itself gives with the same options, for any mix of item elements — and Atom feeds
// rss-parser's mapping threw on (a bare <link>, an unreadable date) keep every entry.
import fc from 'fast-check'
import Parser from 'rss-parser'
import { describe, expect, it } from 'vitest'
import { PARSER_OPTIONS, RawItemParser } from '../../../src/main/core/parse-feed'

type Raw = Record<string, unknown>

const ELEMENTS = [
  '<title>One &amp; two</title>', '<title><b>bold</b> title</title>', '<link>https://example.org/1</link>',
  '<guid isPermaLink="false">urn:1</guid>', '<guid>urn:2</guid>', '<description>&lt;p&gt;Short&lt;/p&gt;</description>',
  '<description><![CDATA[<p>Read <a href="/x">more</a></p>]]></description>', '<description><p>raw <i>markup</i></p></description>',
  '<content:encoded><![CDATA[<div><p>Body</p><br/><p>two</p></div>]]></content:encoded>', '<category>World</category>',
  '<category domain="x">Europe</category>', '<enclosure url="https://e.org/a.mp3" type="audio/mpeg" length="1"/>',
  '<enclosure/>', '<media:content url="https://e.org/i.jpg" medium="image"/>', '<media:thumbnail url="https://e.org/t.jpg"/>',
  '<media:group><media:content url="https://e.org/g.jpg"/></media:group>', '<dc:creator>Ann</dc:creator>', '<author>b@e.org</author>',
  '<pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>', '<pubDate>garbage</pubDate>', '<dc:date>2024-01-02T00:00:00Z</dc:date>',
  '<itunes:image href="https://e.org/p.jpg"/>', '<itunes:summary>Sum</itunes:summary>', '<dc:language>fr</dc:language>',
  '<comments>https://e.org/c</comments>', '<summary>s</summary>', '<unknown>u</unknown>', '<title/>',
]
const ITEM_ATTRS = ['', ' rdf:about="https://e.org/r"', ' xml:base="https://e.org/base/"', ' _="underscore"', ' xml:lang="de" _="u"']

const item = fc.record({
  attrs: fc.constantFrom(...ITEM_ATTRS),
  children: fc.array(fc.constantFrom(...ELEMENTS), { maxLength: 12 }),
}).map(({ attrs, children }) => `<item${attrs}>${children.join('')}</item>`)

const feed = fc.record({
  items: fc.array(item, { maxLength: 5 }),
  version: fc.constantFrom(' version="2.0"', '', ' version="0.91"'),
  itunes: fc.boolean(),
}).map(({ items, version, itunes }) => `<?xml version="1.0"?>
<rss${version} xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:media="http://search.yahoo.com/mrss/"${itunes ? ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"' : ''}>
<channel><title>Example</title><link>https://example.org/</link>${items.join('')}</channel></rss>`)

const ATOM_ELEMENTS = [
  '<id>urn:1</id>', '<title>One</title>', '<title type="html">&lt;b&gt;x&lt;/b&gt;</title>', '<link href="https://e.org/1"/>',
  '<link rel="alternate" href="https://e.org/a"/>', '<link rel="self" href="https://e.org/s"/>', '<link>https://e.org/bare</link>',
  '<link/>', '<published>2024-01-01T00:00:00Z</published>', '<published>garbage</published>', '<published/>',
  '<published type="x">2024</published>', '<updated>2024-01-02T00:00:00Z</updated>', '<updated>not a date</updated>',
  '<content type="html">&lt;p&gt;Body&lt;/p&gt;</content>', '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div></content>',
  '<content/>', '<summary>Sum</summary>', '<summary type="html"><![CDATA[<p>s</p>]]></summary>', '<author><name>Ann</name></author>',
  '<author/>', '<category term="World"/>', '<media:thumbnail url="https://e.org/t.jpg"/>', '<dc:creator>Bo</dc:creator>',
]
const ENTRY_ATTRS = ['', ' xml:base="https://e.org/base/"', ' _="underscore"', ' xml:lang="fr"']

const entries = fc.array(
  fc.record({ attrs: fc.constantFrom(...ENTRY_ATTRS), children: fc.array(fc.constantFrom(...ATOM_ELEMENTS), { maxLength: 10 }) }),
  { maxLength: 5 },
)
type Entry = { attrs: string; children: string[] }

const atomFeed = (list: Entry[], child: (children: string[]) => string[] = (c) => c) => `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<title>Example</title><link href="https://example.org/"/>${list.map((e) => `<entry${e.attrs}>${child(e.children).join('')}</entry>`).join('')}</feed>`

/** rss-parser's own Atom mapping throws on these elements (a bare or empty <link>, an unreadable date). */
const LINK_OR_DATE = /^<(link|published|updated)[\s/>]/
const withoutLinksOrDates = (children: string[]) => [...children.filter((c) => !LINK_OR_DATE.test(c)), '<pad/>']
const dropLinksAndDates = (view: { feed: unknown; items: Raw[] }) => ({
  feed: view.feed,
  items: view.items.map((i) => Object.fromEntries(Object.entries(i).filter(([k]) => !/^raw:(link|published|updated)$/.test(k)))),
})

/** What parse-feed.ts reads of a result: the feed's raw fields and items, and each item's raw fields. */
function rawView(output: Raw & { items: Raw[] }): unknown {
  const rawOnly = (o: Raw) => Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith('raw:')).sort(([a], [b]) => (a < b ? -1 : 1)))
  return { feed: rawOnly(output), items: (output.items ?? []).map(rawOnly) }
}

async function outcome(parser: Parser<Raw, Raw>, xml: string): Promise<unknown> {
  try {
    return rawView((await parser.parseString(xml)) as Raw & { items: Raw[] })
  } catch (err) {
    return { error: String(err) }
  }
}

describe('RawItemParser', () => {
  it('keeps the raw fields rss-parser itself gives, for any mix of RSS item elements', async () => {
    await fc.assert(
      fc.asyncProperty(feed, async (xml) => {
        expect(await outcome(new RawItemParser(PARSER_OPTIONS), xml)).toEqual(await outcome(new Parser(PARSER_OPTIONS), xml))
      }),
      { numRuns: 300 },
    )
  })

  it('keeps the raw fields rss-parser itself gives, for any mix of Atom entry elements it can map', async () => {
    await fc.assert(
      fc.asyncProperty(entries, async (list) => {
        const xml = atomFeed(list)
        const plain = (await outcome(new Parser(PARSER_OPTIONS), xml)) as { items?: Raw[] }
        fc.pre(plain.items?.length === list.length) // rss-parser lost the feed: the next property covers it
        expect(await outcome(new RawItemParser(PARSER_OPTIONS), xml)).toEqual(plain)
      }),
      { numRuns: 300 },
    )
  })

  it('keeps every Atom entry, with its links and dates as written, where rss-parser itself loses the feed', async () => {
    await fc.assert(
      fc.asyncProperty(entries, async (list) => {
        const ours = (await outcome(new RawItemParser(PARSER_OPTIONS), atomFeed(list))) as { feed: unknown; items: Raw[] }
        expect(ours.items).toHaveLength(list.length)
        // The other fields: what rss-parser gives for the same feed once the elements it trips on are taken out.
        const plainClean = await outcome(new Parser(PARSER_OPTIONS), atomFeed(list, withoutLinksOrDates))
        expect(dropLinksAndDates(ours)).toEqual(plainClean)
        list.forEach((e, i) => {
          for (const name of ['link', 'published', 'updated']) {
            const written = e.children.filter((c) => new RegExp(`^<${name}[\\s/>]`).test(c)).length
            expect((ours.items[i][`raw:${name}`] as unknown[] | undefined)?.length ?? 0).toBe(written)
          }
        })
      }),
      { numRuns: 300 },
    )
  })

  it('skips the snippets rss-parser would make of the content', async () => {
    const xml = `<rss version="2.0"><channel><title>t</title><item><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>`
    const [leanItem] = (await new RawItemParser(PARSER_OPTIONS).parseString(xml)).items as Raw[]
    const [fullItem] = (await new Parser(PARSER_OPTIONS).parseString(xml)).items as Raw[]
    expect(fullItem.contentSnippet).toBe('x')
    expect(leanItem.contentSnippet).toBeUndefined()
    expect(leanItem['raw:description']).toEqual(['<p>x</p>'])
  })
})
