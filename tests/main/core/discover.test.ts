import iconv from 'iconv-lite'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { discoverFeeds, feedTitle, findFeedLinks } from '../../../src/main/core/discover'
import { FeedError } from '../../../src/main/core/errors'
import { closeConnections } from '../../../src/main/core/fetch-feed'
import { startFixtureServer, type FixtureRoute, type FixtureServer } from '../../helpers/fixture-server'

const rss = (title: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><item><title>Item</title></item></channel></rss>`
const atom = (title: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="html">${title}</title></feed>`
const jsonFeed = (title: string) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items: [] })
const html = (head: string, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`
const RSS_TYPE = { 'content-type': 'application/rss+xml' }
const HTML_TYPE = { 'content-type': 'text/html; charset=utf-8' }

let server: FixtureServer | undefined
async function serve(routes: Record<string, FixtureRoute>): Promise<FixtureServer> {
  server = await startFixtureServer(routes)
  return server
}
afterEach(async () => {
  await server?.close()
  server = undefined
})
afterAll(() => closeConnections())

describe('discoverFeeds: the URL is a feed', () => {
  it('returns an RSS URL itself with its channel title, sending an Accept that includes text/html', async () => {
    const s = await serve({ '/rss': { body: rss('Le Monde &amp; co'), headers: RSS_TYPE } })
    expect(await discoverFeeds(s.url('/rss'))).toEqual([{ url: s.url('/rss'), type: 'rss', title: 'Le Monde & co' }])
    expect(s.requests[0]!.headers.accept).toMatch(/^text\/html/)
  })

  it('returns an Atom feed with its html-typed title as plain text', async () => {
    const s = await serve({ '/atom': { body: atom('&lt;b&gt;Tech&lt;/b&gt; &amp;amp; Science'), headers: { 'content-type': 'application/atom+xml' } } })
    expect(await discoverFeeds(s.url('/atom'))).toEqual([{ url: s.url('/atom'), type: 'atom', title: 'Tech & Science' }])
  })

  it('returns a JSON Feed with its title, and keeps the requested URL after a temporary redirect', async () => {
    const s = await serve({
      '/go': { status: 302, headers: { location: '/feed.json' } },
      '/feed.json': { body: jsonFeed('JSON news'), headers: { 'content-type': 'application/feed+json' } },
    })
    expect(await discoverFeeds(s.url('/go'))).toEqual([{ url: s.url('/go'), type: 'json', title: 'JSON news' }])
  })

  it('reports the new URL after a permanent redirect to a feed', async () => {
    const s = await serve({ '/old': { status: 301, headers: { location: '/new' } }, '/new': { body: rss('Moved') } })
    expect(await discoverFeeds(s.url('/old'))).toEqual([{ url: s.url('/new'), type: 'rss', title: 'Moved' }])
  })
})

describe('discoverFeeds: advertised links', () => {
  it('lists rss, atom and json feed links in order, resolved against <base href>, without duplicates', async () => {
    const head = `
      <base href="/blog/">
      <link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/rss+xml" title="Posts &amp; News" href="feed.xml">
      <link rel="alternate" type="application/atom+xml" title="Atom" href="https://cdn.example.org/atom.xml">
      <link rel="Alternate" type="application/feed+json; charset=utf-8" href="/blog/feed.json">
      <link rel="alternate" type="application/rss+xml" title="Duplicate" href="/blog/feed.xml">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">`
    const s = await serve({ '/blog/post/1': { body: html(head), headers: HTML_TYPE } })
    expect(await discoverFeeds(s.url('/blog/post/1'))).toEqual([
      { url: s.url('/blog/feed.xml'), type: 'rss', title: 'Posts & News' },
      { url: 'https://cdn.example.org/atom.xml', type: 'atom', title: 'Atom' },
      { url: s.url('/blog/feed.json'), type: 'json' },
    ])
    expect(s.requests.map((r) => r.path)).toEqual(['/blog/post/1']) // typed links are trusted, not fetched
  })

  it('resolves relative links against the final URL after a redirect', async () => {
    const s = await serve({
      '/': { status: 302, headers: { location: '/en/home' } },
      '/en/home': { body: html('<link rel="alternate" type="application/rss+xml" href="rss.xml">'), headers: HTML_TYPE },
    })
    expect(await discoverFeeds(s.url('/'))).toEqual([{ url: s.url('/en/rss.xml'), type: 'rss' }])
  })

  it('verifies application/json and untyped rel="feed" links by fetching them', async () => {
    const head = `
      <link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/2">
      <link rel="alternate" type="application/json" title="JSON" href="/feed.json">
      <link rel="feed" href="/untyped">
      <link rel="feed" href="/not-a-feed">`
    const s = await serve({
      '/': { body: html(head), headers: HTML_TYPE },
      '/wp-json/wp/v2/pages/2': { body: '{"id":2,"title":{"rendered":"About"}}', headers: { 'content-type': 'application/json' } },
      '/feed.json': { body: jsonFeed('Site JSON'), headers: { 'content-type': 'application/json' } },
      '/untyped': { body: rss('Untyped'), headers: { 'content-type': 'text/xml' } },
      '/not-a-feed': { body: html(''), headers: HTML_TYPE },
    })
    expect(await discoverFeeds(s.url('/'))).toEqual([
      { url: s.url('/feed.json'), type: 'json', title: 'Site JSON' },
      { url: s.url('/untyped'), type: 'rss', title: 'Untyped' },
    ])
  })

  it('lists at most 50 advertised feeds and probes at most 10 untyped links of a page advertising thousands', async () => {
    const typed = Array.from({ length: 2000 }, (_, i) => `<link rel="alternate" type="application/rss+xml" href="/t${i}.xml">`).join('')
    const untyped = Array.from({ length: 2000 }, (_, i) => `<link rel="alternate" type="application/json" href="/u${i}.json">`).join('')
    const s = await serve({ '/': { body: html(typed + untyped), headers: HTML_TYPE } })
    const found = await discoverFeeds(s.url('/'), { timeoutMs: 2000 })
    expect(found.map((f) => f.url)).toEqual(Array.from({ length: 50 }, (_, i) => s.url(`/t${i}.xml`)))
    expect(s.requests.map((r) => r.path).sort()).toEqual(['/', ...Array.from({ length: 10 }, (_, i) => `/u${i}.json`)].sort())
  })

  it('decodes a legacy-charset page before reading link titles', async () => {
    const page = html('<meta charset="windows-1251"><link rel="alternate" type="application/rss+xml" title="\u041d\u043e\u0432\u043e\u0441\u0442\u0438" href="/rss">')
      .replace('<meta charset="utf-8">', '')
    const s = await serve({ '/': { body: iconv.encode(page, 'windows-1251'), headers: { 'content-type': 'text/html' } } })
    expect(await discoverFeeds(s.url('/'))).toEqual([{ url: s.url('/rss'), type: 'rss', title: '\u041d\u043e\u0432\u043e\u0441\u0442\u0438' }])
  })
})

describe('discoverFeeds: common paths', () => {
  it('probes common paths on the site origin when the page advertises nothing, keeping feeds only', async () => {
    const s = await serve({
      '/section/page': { body: html('<title>No links</title>'), headers: HTML_TYPE },
      '/rss': { status: 301, headers: { location: '/feed.xml' } },
      '/rss.xml': { body: html(''), headers: HTML_TYPE },
      '/atom.xml': { body: atom('Site Atom'), headers: { 'content-type': 'application/atom+xml' } },
      '/index.xml': { status: 500 },
      '/feed.json': { body: jsonFeed('Site JSON') },
      '/feed.xml': { body: rss('Site RSS'), headers: RSS_TYPE },
    })
    expect(await discoverFeeds(s.url('/section/page'))).toEqual([
      { url: s.url('/feed.xml'), type: 'rss', title: 'Site RSS' }, // found via /rss's 301; /feed.xml itself is the same feed
      { url: s.url('/atom.xml'), type: 'atom', title: 'Site Atom' },
      { url: s.url('/feed.json'), type: 'json', title: 'Site JSON' },
    ])
    const probed = s.requests.slice(1).map((r) => r.path).sort()
    expect(probed).toEqual(['/atom.xml', '/feed', '/feed.json', '/feed.xml', '/feed.xml', '/index.xml', '/rss', '/rss.xml'].sort())
  })

  it('counts identical bodies at two paths once', async () => {
    const s = await serve({ '/': { body: html('') }, '/feed': { body: rss('Same') }, '/rss': { body: rss('Same') } })
    expect(await discoverFeeds(s.url('/'))).toEqual([{ url: s.url('/feed'), type: 'rss', title: 'Same' }])
  })

  it('returns an empty list when nothing is found', async () => {
    const s = await serve({ '/': { body: html('<link rel="alternate" type="application/json" href="/api">') }, '/api': { body: '[]' } })
    expect(await discoverFeeds(s.url('/'))).toEqual([])
  })
})

describe('discoverFeeds: errors', () => {
  it('propagates a failure to fetch the page itself as FeedError', async () => {
    const s = await serve({})
    const err = await discoverFeeds(s.url('/missing')).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FeedError)
    expect(err).toMatchObject({ code: 'http', status: 404 })
    await expect(discoverFeeds('file:///etc/passwd')).rejects.toMatchObject({ code: 'bad-url' })
  })

  it('stops probing when the caller aborts', async () => {
    const s = await serve({ '/': { body: html('') }, '/feed': { hang: true }, '/rss': { hang: true }, '/rss.xml': { hang: true } })
    const controller = new AbortController()
    const pending = discoverFeeds(s.url('/'), { signal: controller.signal })
    setTimeout(() => controller.abort(), 200)
    await expect(pending).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('aborted by the caller') })
  })
})

describe('findFeedLinks and feedTitle', () => {
  it('accepts feed: pseudo-scheme links and ignores links without href', () => {
    const page = html(`<link rel="alternate" type="application/rss+xml" href="feed://example.org/rss">
      <link rel="alternate" type="application/atom+xml" href="feed:https://example.org/atom">
      <link rel="alternate" type="application/rss+xml">`)
    expect(findFeedLinks(page, 'https://example.org/')).toEqual([
      { url: 'http://example.org/rss', type: 'rss' },
      { url: 'https://example.org/atom', type: 'atom' },
    ])
  })

  it('reads titles from CDATA, prefixed elements and JSON, and gives up quietly on broken input', () => {
    expect(feedTitle('<rss><channel><title><![CDATA[ A <i>b</i> ]]></title></channel></rss>', 'rss')).toBe('A b')
    expect(feedTitle('<rdf:RDF><rss:title>RDF</rss:title></rdf:RDF>', 'rss')).toBe('RDF')
    expect(feedTitle('<rss><channel></channel></rss>', 'rss')).toBeUndefined()
    expect(feedTitle('{"title": 5}', 'json')).toBeUndefined()
    expect(feedTitle('{broken', 'json')).toBeUndefined()
  })
})
