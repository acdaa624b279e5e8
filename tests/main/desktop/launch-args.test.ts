import { describe, expect, it } from 'vitest'
import { feedLinkToUrl, parseLaunchArgs, selfUrlOfFeed, sniffOpenedFile } from '../../../src/main/desktop/launch-args'

describe('feed links', () => {
  it.each([
    ['feed://example.org/rss.xml', 'http://example.org/rss.xml'],
    ['feeds://example.org/rss.xml', 'https://example.org/rss.xml'],
    ['feed:https://example.org/atom', 'https://example.org/atom'],
    ['feed://https://example.org/atom', 'https://example.org/atom'],
    ['FEED:http://example.org/a?b=c', 'http://example.org/a?b=c'],
  ])('%s → %s', (link, url) => {
    expect(feedLinkToUrl(link)).toBe(url)
  })

  it.each(['feed:javascript:alert(1)', 'feed:file:///etc/passwd', 'feed:', 'feed://', 'https://example.org/rss', 'feedx://a.b/c'])('refuses %s', (link) => {
    expect(feedLinkToUrl(link)).toBeUndefined()
  })
})

describe('parseLaunchArgs', () => {
  it('finds feed links and files, skipping the executable and switches', () => {
    const argv = ['/opt/Meridian/meridian', '--no-sandbox', 'feed://news.example/rss', '/home/a/subs.OPML', 'C:\\Users\\a\\feed.xml', 'notes.txt']
    expect(parseLaunchArgs(argv)).toEqual([
      { kind: 'add-feed', url: 'http://news.example/rss' },
      { kind: 'open-file', path: '/home/a/subs.OPML', type: 'opml' },
      { kind: 'open-file', path: 'C:\\Users\\a\\feed.xml', type: 'feed' },
    ])
  })
  it('finds nothing in a plain start', () => {
    expect(parseLaunchArgs(['/usr/bin/meridian'])).toEqual([])
  })
})

describe('opened files', () => {
  it('tells an OPML list from a feed by its root element', () => {
    expect(sniffOpenedFile('<?xml version="1.0"?>\n<!-- export -->\n<opml version="2.0"><body/></opml>')).toBe('opml')
    expect(sniffOpenedFile('\uFEFF<?xml version="1.0"?><rss version="2.0"><channel/></rss>'.slice(1))).toBe('feed')
    expect(sniffOpenedFile('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe('feed')
    expect(sniffOpenedFile('<html><body>hi</body></html>')).toBe('unknown')
  })
  it("reads a feed file's own address from its self link", () => {
    const rss = '<rss><channel><atom:link href="https://news.example/rss" rel="self" type="application/rss+xml"/></channel></rss>'
    expect(selfUrlOfFeed(rss)).toBe('https://news.example/rss')
    expect(selfUrlOfFeed('<feed><link rel="self" href="file:///x"/></feed>')).toBeUndefined()
  })
})
