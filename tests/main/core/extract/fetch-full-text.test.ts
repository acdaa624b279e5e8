// fetchFullText against a loopback server: download, redirects, charset, refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FeedError } from '../../../../src/main/core/errors'
import { fetchFullText } from '../../../../src/main/core/extract/fetch-full-text'
import { closeConnections } from '../../../../src/main/core/fetch-feed'
import { startFixtureServer, type FixtureServer } from '../../../helpers/fixture-server'
import { articlePage } from './pages'

const HTML = { 'content-type': 'text/html; charset=utf-8' }

async function fetchError(url: string, opts?: Parameters<typeof fetchFullText>[1]): Promise<FeedError> {
  const err = await fetchFullText(url, opts).then(
    () => new Error('expected a FeedError, got a page'),
    (e: unknown) => e,
  )
  if (!(err instanceof FeedError)) throw err
  return err
}

let server: FixtureServer
beforeAll(async () => {
  server = await startFixtureServer({
    '/old-link': { status: 301, headers: { location: '/articles/2026/story.html' } },
    '/articles/2026/story.html': {
      headers: HTML,
      body: articlePage({ lead: '<p><img src="pics/boats.jpg" width="800" height="450"> <a href="../">All articles</a></p>' }),
    },
  })
})
afterAll(async () => {
  closeConnections()
  await server.close()
})

describe('fetchFullText', () => {
  it('follows redirects, asks for HTML, and resolves relative URLs against the final URL', async () => {
    const { finalUrl, article } = await fetchFullText(server.url('/old-link'))
    expect(finalUrl).toBe(server.url('/articles/2026/story.html'))
    expect(server.requests.at(-1)!.headers.accept).toBe('text/html,application/xhtml+xml')
    expect(article.readerable).toBe(true)
    expect(article.title).toBe('Floods cut the lower town off')
    expect(article.leadImageUrl).toBe(server.url('/articles/2026/pics/boats.jpg'))
    expect(article.contentHtml).toContain(`href="${server.url('/articles/')}"`)
  })

  it('decodes a legacy charset declared only in <meta>', async () => {
    const body = articlePage({ head: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' })
      .replace('<meta charset="utf-8">', '')
      .replace('Volunteers in small boats', 'Bénévoles in small boats – “Müller”')
    // latin1 cannot hold the en dash and curly quotes: write them as windows-1252 bytes by hand.
    const bytes = Buffer.from(body.replace('–', '\x96').replace('“', '\x93').replace('”', '\x94'), 'latin1')
    server.route('/cp1252.html', { headers: { 'content-type': 'text/html' }, body: bytes })
    const { article } = await fetchFullText(server.url('/cp1252.html'))
    expect(article.textContent).toContain('Bénévoles in small boats – “Müller”')
  })

  it('accepts a page served as text/plain when the body is HTML', async () => {
    server.route('/mislabelled', { headers: { 'content-type': 'text/plain' }, body: articlePage() })
    const { article } = await fetchFullText(server.url('/mislabelled'))
    expect(article.textContent).toContain('Volunteers in small boats')
  })

  it('refuses an image with a not-a-feed error naming the type', async () => {
    server.route('/photo', { headers: { 'content-type': 'image/jpeg' }, body: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) })
    const err = await fetchError(server.url('/photo'))
    expect(err.code).toBe('not-a-feed')
    expect(err.message).toContain('image/jpeg, not a web page')
  })

  it('refuses plain text that is not HTML', async () => {
    server.route('/notes.txt', { headers: { 'content-type': 'text/plain' }, body: 'Just notes, no markup.' })
    expect((await fetchError(server.url('/notes.txt'))).code).toBe('not-a-feed')
  })

  it('stops a download over maxBytes with a too-large error', async () => {
    server.route('/huge.html', { headers: HTML, body: articlePage({ body: `<p>${'word '.repeat(2000)}</p>` }) })
    expect((await fetchError(server.url('/huge.html'), { maxBytes: 4096 })).code).toBe('too-large')
  })

  it('passes HTTP errors through with their status', async () => {
    const err = await fetchError(server.url('/missing'))
    expect(err).toMatchObject({ code: 'http', status: 404 })
  })
})
