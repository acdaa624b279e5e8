// Issue 18 end to end: an article page with an author box, a related block, lazy images (data-src placeholder,
// <picture>) and a hotlink-protected image (403 without the article as Referer) is downloaded through the
// browser mode, then read offline: clean text, and every image shown from IndexedDB.
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer, type RecordedRequest } from '../helpers/fixture-server'
import { makePng } from '../main/core/downloads/test-pages'
import { launchBrowser, type Browser } from './browser'

const png = { 'Content-Type': 'image/png' }
const html = { 'Content-Type': 'text/html; charset=utf-8' }
const PARAGRAPHS = [
  'FULLTEXT-CLEAN The city council voted early on Wednesday to expand the northern harbour, ending a dispute that has divided the port for almost three years.',
  'The plan adds a deep-water berth for container ships, dredges the approach channel and moves the fishing fleet to a rebuilt quay on the southern bank.',
  'Opponents, many of them from the old harbour quarter, packed the public gallery until the vote and said heavier traffic would choke the narrow streets.',
  'Supporters argue that the port has lost business to larger rivals every year and that shipping lines will not wait for another round of studies.',
  'Construction could begin next spring if the environmental permit, still under review by the regional authority, is granted without new conditions.',
]

function articleHtml(): string {
  const p = PARAGRAPHS.map((t) => `<p>${t}</p>`)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour expansion approved</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Harbour expansion approved</h1><p class="byline">By Maria Okafor</p>
${p[0]}
<figure><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="/img/lazy-1024.png" data-srcset="/img/lazy-640.png 640w, /img/lazy-1024.png 1024w, /img/lazy-2048.png 2048w" class="lazyload" alt="Cranes at the terminal"><figcaption>Cranes at the terminal.</figcaption></figure>
${p[1]}${p[2]}
<figure><picture><source type="image/png" srcset="/img/pic-800.png 800w, /img/pic-1600.png 1600w"><img src="/img/pic-400.png" alt="The quay"></picture></figure>
${p[3]}
<figure><img src="/img/guarded.png" width="900" height="500" alt="The channel from the air"></figure>
${p[4]}
<div class="author-box"><img src="/avatars/maria.png" width="80" height="80" alt=""><h3>About the author</h3><p>Maria Okafor covers the port and the city council. Reach her at <a href="mailto:maria.okafor@harbour.example">maria.okafor@harbour.example</a></p></div>
<div class="related"><h3>Related stories</h3><ul><li><a href="/news/budget-vote">Ten things to know before the budget vote</a></li><li><a href="/news/storms">Storms expected on the coast tonight</a></li><li><a href="/news/cup">Local team wins the cup after penalties</a></li></ul></div>
</article></main><footer><p>© 2026 Harbour Times. All rights reserved.</p></footer></body></html>`
}

let site: FixtureServer
let web: WebServer
let browser: Browser

beforeAll(async () => {
  site = await startFixtureServer()
  const item = `<item><title>Harbour expansion approved</title><link>${site.origin}/story</link><guid>harbour-1</guid><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate><description>The city council voted early on Wednesday [&#8230;]</description></item>`
  site.route('/feed.xml', { headers: { 'Content-Type': 'application/rss+xml' }, body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Times</title><link>${site.origin}/</link>${item}</channel></rss>` })
  site.route('/story', { headers: html, body: articleHtml() })
  for (const [path, w, h] of [['/img/lazy-2048.png', 2048, 1152], ['/img/pic-1600.png', 1600, 900]] as const) site.route(path, { headers: png, body: makePng(w, h) })
  // Hotlink protection: the picture only for the article page as Referer.
  site.route('/img/guarded.png', (req: RecordedRequest) => (req.headers.referer === site.url('/story') ? { headers: png, body: makePng(900, 500) } : { status: 403, body: 'no hotlinking' }))
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await site?.close()
})

type Db = { table(name: string): { where(i: string): { equals(v: string): { count(): Promise<number> } } } }
type W = { __db: Db & { feeds: { add(f: object): Promise<unknown> } } }

describe('full text, cleaned, offline', () => {
  it('reads the article offline without its author box or related block, with every image', async () => {
    const { page, context } = browser
    await page.goto(web.url)
    await page.waitForFunction(() => !!(window as unknown as { __db?: unknown }).__db)
    await page.evaluate(
      (url) => (window as unknown as W).__db.feeds.add({ id: 'harbour', url, title: 'Harbour Times', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: Date.now() }),
      site.url('/feed.xml'),
    )
    const done = () => page.evaluate(() => (window as unknown as W).__db.table('offlineArticles').where('status').equals('done').count())
    await expect.poll(done, { timeout: 60_000, interval: 250 }).toBe(1)

    const imageRequests = site.requests.filter((r) => r.path.startsWith('/img/')).map((r) => `${r.path} ${r.headers.referer ? 'referer' : 'none'}`)
    expect(imageRequests).toEqual(expect.arrayContaining(['/img/lazy-2048.png none', '/img/pic-1600.png none', '/img/guarded.png none', '/img/guarded.png referer']))
    expect(imageRequests.some((r) => /placeholder|lazy-1024|pic-400|avatars/.test(r))).toBe(false)

    await site.close()
    await page.reload()
    await page.waitForFunction(() => !!(window as unknown as { __db?: unknown }).__db)
    await context.setOffline(true)
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false)

    await page.getByRole('button', { name: /Harbour expansion approved/ }).first().click()
    const reader = page.getByRole('article', { name: 'Reader' })
    const body = reader.locator('.reader-content')
    await expect.poll(() => body.innerText(), { timeout: 15_000 }).toContain('FULLTEXT-CLEAN')
    const text = await body.innerText()
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph)
    expect(text).not.toMatch(/About the author|maria\.okafor@|Related stories|budget vote|All rights reserved/)

    const images = () =>
      body.locator('img').evaluateAll((els) => (els as HTMLImageElement[]).map((img) => ({ alt: img.alt, blob: img.src.startsWith('blob:'), ok: img.complete && img.naturalWidth > 0 })))
    await expect.poll(async () => (await images()).filter((i) => i.ok).length, { timeout: 15_000 }).toBe(3)
    expect(await images()).toEqual([
      { alt: 'Cranes at the terminal', blob: true, ok: true },
      { alt: 'The quay', blob: true, ok: true },
      { alt: 'The channel from the air', blob: true, ok: true },
    ])
    await context.setOffline(false)
  })
})
