import { describe, expect, it } from 'vitest'
import { parseJsonFeed } from '../../../src/main/core/json-feed'
import { FeedError } from '../../../src/main/core/errors'
import { parseFeed } from '../../../src/main/core/parse-feed'
import { sniffDocument } from '../../../src/main/core/sniff'

const URL = 'https://example.org/feed.json'

describe('parseJsonFeed', () => {
  it('reads JSON Feed 1.0: author object, content_text as escaped paragraphs, attachments', () => {
    const feed = parseJsonFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        title: 'Tom & Jerry',
        home_page_url: 'https://example.org/',
        description: 'A <cartoon> feed',
        icon: 'https://example.org/icon.png',
        items: [
          {
            id: 7,
            url: 'https://example.org/7',
            title: 'Cats < dogs',
            content_text: 'Line one\nline two\n\nSecond <para>',
            date_published: '2024-01-02T03:04:05Z',
            author: { name: 'Ann' },
            tags: ['pets', ' ', 'tv'],
            attachments: [{ url: 'https://example.org/7.mp3', mime_type: 'audio/mpeg', size_in_bytes: 42 }, { title: 'no url' }],
          },
        ],
      }),
      URL,
    )
    expect(feed).toEqual({
      format: 'json', version: 'json1.0', title: 'Tom & Jerry', siteUrl: 'https://example.org/',
      description: 'A <cartoon> feed', imageUrl: 'https://example.org/icon.png',
      items: [
        {
          guid: '7', link: 'https://example.org/7', title: 'Cats &lt; dogs',
          contentHtml: '<p>Line one<br>line two</p><p>Second &lt;para&gt;</p>', author: 'Ann',
          published: '2024-01-02T03:04:05Z', categories: ['pets', 'tv'],
          enclosures: [{ url: 'https://example.org/7.mp3', type: 'audio/mpeg', length: 42 }], mediaImages: [],
        },
      ],
    })
  })

  it('reads JSON Feed 1.1: authors array, language, summary, images, external_url', () => {
    const feed = parseJsonFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Links',
        language: 'en-GB',
        items: [
          {
            id: 'a',
            external_url: 'https://elsewhere.example/story',
            content_html: '<p>Look</p>',
            content_text: 'Look',
            summary: 'A link & more',
            image: 'https://example.org/i.jpg',
            banner_image: 'https://example.org/b.jpg',
            date_modified: '2024-02-01T00:00:00Z',
            authors: [{ name: 'Ann' }, { name: 'Bo' }, { url: 'https://x.example' }],
            language: 'fr',
          },
        ],
      }),
      URL,
    )
    expect(feed).toMatchObject({ version: 'json1.1', language: 'en-GB' })
    expect(feed.items[0]).toEqual({
      guid: 'a', link: 'https://elsewhere.example/story', contentHtml: '<p>Look</p>', summaryHtml: 'A link &amp; more',
      author: 'Ann, Bo', updated: '2024-02-01T00:00:00Z', categories: [], enclosures: [],
      mediaImages: ['https://example.org/i.jpg', 'https://example.org/b.jpg'], language: 'fr',
    })
  })

  it('throws a one-line parse error for broken JSON', () => {
    let caught: unknown
    try {
      parseJsonFeed('{"version": "https://jsonfeed.org/version/1", "items": [', URL)
    } catch (err) {
      caught = err
    }
    expect(caught).toBeInstanceOf(FeedError)
    expect((caught as FeedError).code).toBe('parse')
    expect((caught as FeedError).message).toMatch(/^Could not parse JSON Feed https:\/\/example\.org\/feed\.json: [^\n]+$/)
  })

  it('rejects a top level that is not an object, and tolerates a missing items array', () => {
    expect(() => parseJsonFeed('[1, 2]', URL)).toThrow('Could not parse JSON Feed https://example.org/feed.json: the top level is not an object')
    expect(parseJsonFeed('{"version":"https://jsonfeed.org/version/1","title":"t"}', URL).items).toEqual([])
  })
})

describe('JSON documents recognised from their parsed value', () => {
  it('reads a JSON Feed whose slashes are escaped, as PHP json_encode writes them', async () => {
    const text = '{"version":"https:\\/\\/jsonfeed.org\\/version\\/1","title":"Escaped","home_page_url":"https:\\/\\/example.org\\/","items":[{"id":"1","url":"https:\\/\\/example.org\\/a","title":"A"}]}'
    expect(sniffDocument(text)).toBe('json')
    const feed = await parseFeed(text, URL)
    expect(feed).toMatchObject({ format: 'json', version: 'json1.0', title: 'Escaped', siteUrl: 'https://example.org/' })
    expect(feed.items[0]).toMatchObject({ guid: '1', link: 'https://example.org/a', title: 'A' })
  })

  it('reads RSS serialised as JSON, single item or a list, attributes in any common spelling', async () => {
    const doc = {
      rss: {
        version: '2.0',
        channel: {
          title: 'Blog',
          link: 'https://blog.example/',
          item: [
            { title: 'One', link: 'https://blog.example/1', guid: { '#text': 'g1', '@isPermaLink': 'false' }, pubDate: 'Tue, 03 Jun 2025 09:39:21 GMT', category: ['a', 'b'], enclosure: { '@url': 'https://blog.example/x.mp3', '@type': 'audio/mpeg', '@length': '12' } },
            { title: 'Two', description: '<p>two</p>', guid: 'https://blog.example/2' },
          ],
        },
      },
    }
    const text = JSON.stringify(doc)
    expect(sniffDocument(text)).toBe('json')
    const feed = await parseFeed(text, URL)
    expect(feed).toMatchObject({ format: 'rss', version: 'rss2.0', title: 'Blog', siteUrl: 'https://blog.example/' })
    expect(feed.items).toHaveLength(2)
    expect(feed.items[0]).toMatchObject({ guid: 'g1', guidIsPermaLink: false, link: 'https://blog.example/1', published: 'Tue, 03 Jun 2025 09:39:21 GMT', categories: ['a', 'b'], enclosures: [{ url: 'https://blog.example/x.mp3', type: 'audio/mpeg', length: 12 }] })
    expect(feed.items[1]).toMatchObject({ title: 'Two', summaryHtml: '<p>two</p>', guid: 'https://blog.example/2' })
    const single = JSON.stringify({ rss: { channel: { title: 'S', item: { title: 'Only' } } } })
    expect((await parseFeed(single, URL)).items.map((i) => i.title)).toEqual(['Only'])
  })

  it('still calls other JSON, and broken JSON, not a feed', () => {
    expect(sniffDocument('{"version":"1.0","data":[]}')).toBe('unknown')
    expect(sniffDocument('{"version":"https://jsonfeed.org/version/1", ')).toBe('unknown')
    expect(sniffDocument('{"rss":"2.0"}')).toBe('unknown')
  })
})

describe('a JSON Feed larger than the sniffing window', () => {
  it('is parsed, not refused as "without a version" (the head alone is cut-off JSON)', async () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ id: `i${i}`, title: `Item ${i}`, content_html: `<p>${'x'.repeat(3000)}</p>` }))
    const text = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Big', items })
    expect(text.length).toBeGreaterThan(100_000)
    expect((await parseFeed(text, 'https://big.example/feed.json')).items).toHaveLength(40)
  })
})
