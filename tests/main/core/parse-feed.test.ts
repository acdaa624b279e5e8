import { describe, expect, it } from 'vitest'
import { parseFeed } from '../../../src/main/core/parse-feed'
import { FeedError } from '../../../src/main/core/errors'

const URL = 'https://example.org/feed'

async function parseError(text: string): Promise<FeedError> {
  try {
    await parseFeed(text, URL)
  } catch (err) {
    if (err instanceof FeedError) return err
    throw err
  }
  throw new Error('expected parseFeed to throw')
}

const rss2 = (items: string, channel = '', attrs = '') => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" ${attrs}>
<channel><title>Example</title><link>https://example.org/</link>${channel}${items}</channel></rss>`

describe('parseFeed: RSS', () => {
  it('maps RSS 2.0 channel and item fields', async () => {
    const feed = await parseFeed(
      rss2(
        `<item>
          <title>One &amp; two</title><link>https://example.org/1</link>
          <guid isPermaLink="false">urn:1</guid>
          <description>&lt;p&gt;Short&lt;/p&gt;</description>
          <content:encoded><![CDATA[<p>Long <b>text</b></p>]]></content:encoded>
          <dc:creator>Ann</dc:creator><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate>
          <category domain="x">World</category><category>Europe</category>
          <enclosure url="https://example.org/a.mp3" type="audio/mpeg" length="1234"/>
        </item>`,
        `<description>About</description><language>fr-FR</language><ttl>45</ttl>
         <image><url>https://example.org/logo.png</url></image>
         <sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency>`,
      ),
      URL,
    )
    expect(feed).toMatchObject({
      format: 'rss', version: 'rss2.0', title: 'Example', siteUrl: 'https://example.org/', description: 'About',
      language: 'fr-FR', imageUrl: 'https://example.org/logo.png', ttlMinutes: 45, updatePeriodMinutes: 360,
    })
    expect(feed.items).toEqual([
      {
        guid: 'urn:1', guidIsPermaLink: false, link: 'https://example.org/1', title: 'One & two',
        contentHtml: '<p>Long <b>text</b></p>', summaryHtml: '<p>Short</p>', author: 'Ann',
        published: 'Tue, 10 Jun 2025 04:00:00 GMT', categories: ['World', 'Europe'],
        enclosures: [{ url: 'https://example.org/a.mp3', type: 'audio/mpeg', length: 1234 }], mediaImages: [],
      },
    ])
  })

  it('gives feed-level title and description as plain text and site and image URLs as absolute', async () => {
    const feed = await parseFeed(
      '<rss version="2.0"><channel><title>News &amp;amp; <![CDATA[<b>Views</b>]]></title><link>/home</link>' +
        '<description>&lt;p&gt;About us&lt;/p&gt;</description><image><url>img/logo.png</url></image></channel></rss>',
      URL,
    )
    expect(feed).toMatchObject({ title: 'News & Views', description: 'About us', siteUrl: 'https://example.org/home', imageUrl: 'https://example.org/img/logo.png' })
  })

  it('treats a guid without isPermaLink as a permalink', async () => {
    const [item] = (await parseFeed(rss2('<item><guid>https://example.org/p/1</guid></item>'), URL)).items
    expect(item).toMatchObject({ guid: 'https://example.org/p/1', guidIsPermaLink: true })
  })

  it('reads RSS 1.0 (RDF): items outside the channel, dc:date, rdf:about as identity', async () => {
    const feed = await parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
          xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://example.org/"><title>RDF feed</title><link>https://example.org/</link>
          <dc:language>de</dc:language></channel>
        <item rdf:about="https://example.org/a"><title>A</title><link>https://example.org/a</link>
          <dc:date>2024-03-01T10:00:00+01:00</dc:date><dc:creator>Bo</dc:creator><dc:subject>Politik</dc:subject></item>
      </rdf:RDF>`,
      URL,
    )
    expect(feed).toMatchObject({ format: 'rss', version: 'rss1.0', title: 'RDF feed', language: 'de' })
    expect(feed.items[0]).toMatchObject({
      guid: 'https://example.org/a', guidIsPermaLink: false, link: 'https://example.org/a', title: 'A',
      published: '2024-03-01T10:00:00+01:00', author: 'Bo', categories: ['Politik'],
    })
  })

  it('reads RSS 0.91 and an <rss> without a version attribute', async () => {
    const v091 = await parseFeed('<rss version="0.91"><channel><title>Old</title><item><title>x</title></item></channel></rss>', URL)
    expect(v091).toMatchObject({ version: 'rss0.91', title: 'Old' })
    expect(v091.items).toHaveLength(1)
    const bare = await parseFeed('<rss><channel><title>Bare</title><item><title>y</title></item></channel></rss>', URL)
    expect(bare).toMatchObject({ version: 'rss', title: 'Bare' })
    expect(bare.items[0]!.title).toBe('y')
  })

  it('returns an empty feed for an <rss> element without a channel', async () => {
    expect(await parseFeed('<rss version="2.0"></rss>', URL)).toEqual({ format: 'rss', version: 'rss2.0', items: [] })
  })

  it('collects media:content images, media:thumbnail and media:group images in order, skipping video', async () => {
    const [item] = (
      await parseFeed(
        rss2(`<item><title>m</title>
          <media:content url="https://img.example/1.jpg" medium="image"/>
          <media:content url="https://vid.example/v.mp4" type="video/mp4"><media:thumbnail url="https://img.example/v.jpg"/></media:content>
          <media:thumbnail url="https://img.example/t.jpg"/>
          <media:group><media:content url="https://img.example/g1.png" type="image/png"/><media:content url="https://img.example/g2.webp"/></media:group>
        </item>`),
        URL,
      )
    ).items
    expect(item!.mediaImages).toEqual([
      'https://img.example/1.jpg', 'https://img.example/v.jpg', 'https://img.example/t.jpg',
      'https://img.example/g1.png', 'https://img.example/g2.webp',
    ])
  })

  it('reads itunes:image on items and on the channel', async () => {
    const feed = await parseFeed(
      rss2('<item><title>ep</title><itunes:image href="https://cdn.example/ep.jpg"/><itunes:author>Cy</itunes:author></item>',
        '<itunes:image href="https://cdn.example/show.jpg"/>'),
      URL,
    )
    expect(feed.imageUrl).toBe('https://cdn.example/show.jpg')
    expect(feed.items[0]).toMatchObject({ itunesImage: 'https://cdn.example/ep.jpg', author: 'Cy' })
  })

  it('records xml:base of the feed and items, resolved against each other and the feed URL', async () => {
    const feed = await parseFeed(
      rss2('<item xml:base="posts/"><title>b</title><link>1.html</link></item><item><title>c</title></item>', '', 'xml:base="/blog/"'),
      URL,
    )
    expect(feed.baseUrl).toBe('https://example.org/blog/')
    expect(feed.items.map((i) => i.baseUrl)).toEqual(['https://example.org/blog/posts/', 'https://example.org/blog/'])
    expect(feed.items[0]!.link).toBe('1.html') // raw: normalize resolves it
  })

  it('repairs bare ampersands and unknown entities instead of rejecting the feed', async () => {
    const feed = await parseFeed(rss2('<item><title>Q&A &hellip; &NewLine;&bogus; done</title><link>https://x.example/?a=1&b=2</link></item>'), URL)
    expect(feed.items[0]).toMatchObject({ title: 'Q&A … \n&bogus; done', link: 'https://x.example/?a=1&b=2' })
  })

  it('expands entities declared in an internal DTD subset', async () => {
    const feed = await parseFeed(
      '<!DOCTYPE rss [<!ENTITY site "tag:example.org,">]><rss version="2.0"><channel><item><guid isPermaLink="false">&site;2024:1</guid></item></channel></rss>',
      URL,
    )
    expect(feed.items[0]!.guid).toBe('tag:example.org,2024:1')
  })

  it('stops expanding DTD entities after a million added characters', async () => {
    const big = 'x'.repeat(10_000)
    const refs = '&big;'.repeat(500) // 5 MB if fully expanded
    const feed = await parseFeed(`<!DOCTYPE rss [<!ENTITY big "${big}">]><rss version="2.0"><channel><title>${refs}</title></channel></rss>`, URL)
    expect(feed.title!.length).toBeLessThan(1_100_000)
    expect(feed.title!.startsWith(big)).toBe(true)
    expect(feed.title!.endsWith('&big;')).toBe(true) // left as literal text past the cap
  })

  it('ignores Atom self links that share the name of the RSS <link>', async () => {
    const feed = await parseFeed(
      rss2('<item><link rel="self" href="https://example.org/self" xmlns="http://www.w3.org/2005/Atom"/><link>https://example.org/post</link></item>',
        '<link rel="hub" href="https://hub.example/" xmlns="http://www.w3.org/2005/Atom"/>'),
      URL,
    )
    expect(feed.siteUrl).toBe('https://example.org/')
    expect(feed.items[0]!.link).toBe('https://example.org/post')
  })

  it('reports broken XML as a one-line parse error naming the URL, and keeps working afterwards', async () => {
    const err = await parseError('<rss version="2.0"><channel><title>x</channel></rss>')
    expect(err.code).toBe('parse')
    expect(err.message).toMatch(/^Could not parse feed https:\/\/example\.org\/feed: Unexpected close tag$/)
    expect((await parseFeed(rss2('<item><title>after</title></item>'), URL)).items[0]!.title).toBe('after')
  })
})

describe('parseFeed: Atom', () => {
  const atom = (entries: string, feedExtra = '') => `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
    <title type="text">Atom &lt;feed&gt;</title><subtitle type="html">&lt;i&gt;sub&lt;/i&gt;</subtitle>
    <link rel="self" href="https://example.org/atom.xml"/><link href="https://example.org/"/>${feedExtra}${entries}</feed>`

  it('maps Atom 1.0: rel=alternate preferred, text escaped, html kept, enclosures, author, categories', async () => {
    const feed = await parseFeed(
      atom(`<entry>
        <id>tag:example.org,2024:1</id><title type="text">a &lt; b</title>
        <link rel="related" href="https://other.example/"/><link rel="alternate" type="text/html" href="https://example.org/1"/>
        <link rel="enclosure" href="https://example.org/1.mp3" type="audio/mpeg" length="99"/>
        <published>2024-05-01T08:00:00Z</published><updated>2024-05-02T08:00:00Z</updated>
        <author><name>Dee</name><email>d@example.org</email></author>
        <category term="tech" label="Technology"/><category term="misc"/>
        <summary>plain &amp; simple</summary><content type="html">&lt;p&gt;Body&lt;/p&gt;</content>
      </entry>`),
      URL,
    )
    expect(feed).toMatchObject({
      format: 'atom', version: 'atom1.0', title: 'Atom <feed>', description: 'sub',
      siteUrl: 'https://example.org/', language: 'en',
    })
    expect(feed.items[0]).toEqual({
      guid: 'tag:example.org,2024:1', guidIsPermaLink: false, link: 'https://example.org/1', title: 'a &lt; b',
      contentHtml: '<p>Body</p>', summaryHtml: 'plain &amp; simple', author: 'Dee',
      published: '2024-05-01T08:00:00Z', updated: '2024-05-02T08:00:00Z', categories: ['Technology', 'misc'],
      enclosures: [{ url: 'https://example.org/1.mp3', type: 'audio/mpeg', length: 99 }], mediaImages: [],
    })
  })

  it('gives entries without an author the feed author, as Atom specifies', async () => {
    const feed = await parseFeed(atom('<entry><title>a</title></entry><entry><title>b</title><author><name>Own</name></author></entry>', '<author><name>Feed Author</name></author>'), URL)
    expect(feed.items.map((i) => i.author)).toEqual(['Feed Author', 'Own'])
  })

  it('keeps inline xhtml content in document order and drops the wrapping div', async () => {
    const feed = await parseFeed(
      atom(`<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Hi <b>there</b> you</div></title>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <em>two</em> three</p></div></content></entry>`),
      URL,
    )
    expect(feed.items[0]).toMatchObject({ title: 'Hi <b>there</b> you', contentHtml: '<p>One <em>two</em> three</p>' })
  })

  it('reads Atom 0.3: version, tagline, issued/modified, escaped and base64 modes', async () => {
    const feed = await parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old atom</title><tagline>tag</tagline>
        <link rel="alternate" type="text/html" href="https://example.org/"/>
        <entry><title mode="escaped" type="text/html">&lt;b&gt;Hi&lt;/b&gt;</title>
          <link rel="alternate" type="text/html" href="https://example.org/e"/><id>urn:e</id>
          <issued>2004-01-01T00:00:00Z</issued><modified>2004-01-02T00:00:00Z</modified>
          <content type="text/html" mode="base64">PHA+QmFzZTY0PC9wPg==</content></entry></feed>`,
      URL,
    )
    expect(feed).toMatchObject({ version: 'atom0.3', title: 'Old atom', description: 'tag', siteUrl: 'https://example.org/' })
    expect(feed.items[0]).toMatchObject({
      title: '<b>Hi</b>', link: 'https://example.org/e', guid: 'urn:e', published: '2004-01-01T00:00:00Z',
      updated: '2004-01-02T00:00:00Z', contentHtml: '<p>Base64</p>',
    })
  })

  it('applies xml:base on the feed, the entry, a link and a content element', async () => {
    const feed = await parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/blog/"><title>b</title>
        <entry xml:base="2024/"><title>t</title><link href="post.html"/>
          <content type="html" xml:base="media/">&lt;img src="a.png"&gt;</content></entry>
        <entry><title>u</title><link xml:base="https://cdn.example/x/" href="y.html"/></entry></feed>`,
      URL,
    )
    expect(feed.baseUrl).toBe('https://example.org/blog/')
    expect(feed.items[0]).toMatchObject({
      baseUrl: 'https://example.org/blog/2024/', link: 'post.html',
      contentHtml: '<img src="https://example.org/blog/2024/media/a.png">',
    })
    expect(feed.items[1]).toMatchObject({ baseUrl: 'https://example.org/blog/', link: 'https://cdn.example/x/y.html' })
  })

  it('reads media:group images in Atom entries (YouTube style)', async () => {
    const feed = await parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>yt</title>
        <entry><title>v</title><media:group><media:title>v</media:title>
          <media:content url="https://www.youtube.com/v/1" type="application/x-shockwave-flash"/>
          <media:thumbnail url="https://i.ytimg.com/vi/1/hqdefault.jpg" width="480" height="360"/></media:group></entry></feed>`,
      URL,
    )
    expect(feed.items[0]!.mediaImages).toEqual(['https://i.ytimg.com/vi/1/hqdefault.jpg'])
  })
})

describe('parseFeed: documents that are not feeds', () => {
  it('rejects an HTML page with a hint to use discovery', async () => {
    const err = await parseError('<!DOCTYPE html><html><head><title>Home</title></head><body>hi</body></html>')
    expect(err.code).toBe('not-a-feed')
    expect(err.message).toBe('not a feed: this is a web page; try discovery')
  })

  it('names the root element of an unknown XML document', async () => {
    const err = await parseError('<?xml version="1.0"?><opml version="2.0"><body/></opml>')
    expect(err.code).toBe('not-a-feed')
    expect(err.message).toBe('not a feed: the document is neither RSS, Atom nor JSON Feed (root element <opml>)')
  })

  it('says when the document is empty', async () => {
    const err = await parseError('  \n ')
    expect(err).toMatchObject({ code: 'not-a-feed', message: 'not a feed: empty document' })
  })

  it('hands JSON Feed documents to the JSON Feed reader', async () => {
    const feed = await parseFeed('{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_text":"x"}]}', URL)
    expect(feed).toMatchObject({ format: 'json', version: 'json1.1', title: 'J' })
    expect(feed.items).toHaveLength(1)
  })
})

describe('parseFeed: a large document', () => {
  // Its speed is the refresh bench's business (npm run bench -- refresh): a timed assertion here failed on a
  // loaded machine (2.97 s against a 2 s bound) while the parser was fine.
  it('parses a 1.2 MB RSS document with 2,000 items, every one of them', async () => {
    const item = (i: number) =>
      `<item><title>Item ${i}</title><link>https://example.org/${i}</link><guid>https://example.org/${i}</guid>` +
      `<description>${'&lt;p&gt;Some text here.&lt;/p&gt; '.repeat(12)}</description><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate></item>`
    const xml = rss2(Array.from({ length: 2000 }, (_, i) => item(i)).join(''))
    expect(xml.length).toBeGreaterThan(1_000_000)
    const feed = await parseFeed(xml, URL)
    expect(feed.items).toHaveLength(2000)
    expect(feed.items[1999].link).toBe('https://example.org/1999')
  })
})
