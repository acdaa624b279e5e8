// Offline reading in Chromium through the browser mode: a loopback feed of teasers gets its full articles and
// images downloaded; then the fixture server is gone and the browser is offline, and a reloaded app still
// shows the full text with its images from IndexedDB (blob: URLs), without one request to the old server.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { articlePage, makePng } from '../main/core/downloads/test-pages'
import { launchBrowser, type Browser } from './browser'

const shots = resolve(__dirname, '../../.ci-out/screenshots')
const png = { 'Content-Type': 'image/png' }

function feedXml(origin: string): string {
  const item = (n: number, title: string, extra = '') => `<item><title>${title}</title><link>${origin}/story-${n}</link><guid>story-${n}</guid>
<pubDate>Mon, 0${n} Nov 2026 08:00:00 GMT</pubDate><description>The committee met on Tuesday and talked for hours [&#8230;]</description>${extra}</item>`
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Teaser Wire</title><link>${origin}/</link>
${item(1, 'Harbour plan approved', `<enclosure url="${origin}/img/lead.png" type="image/png" length="2000"/>`)}
${item(2, 'Bridge repairs delayed')}
</channel></rss>`
}

let feeds: FixtureServer
let web: WebServer
let browser: Browser

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  feeds = await startFixtureServer()
  const html = { 'Content-Type': 'text/html; charset=utf-8' }
  feeds.route('/feed.xml', { headers: { 'Content-Type': 'application/rss+xml' }, body: feedXml(feeds.origin) })
  feeds.route('/story-1', { headers: html, body: articlePage({ title: 'Harbour plan approved', marker: 'FULLTEXT-ONE', ogImage: '/img/lead.png', images: ['/img/big.png', '/img/small.png'] }) })
  feeds.route('/story-2', { headers: html, body: articlePage({ title: 'Bridge repairs delayed', marker: 'FULLTEXT-TWO', images: ['/img/small.png'] }) })
  feeds.route('/img/lead.png', { headers: png, body: makePng(1200, 630) })
  feeds.route('/img/big.png', { headers: png, body: makePng(3200, 1800) })
  feeds.route('/img/small.png', { headers: png, body: makePng(300, 200) })
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await feeds?.close()
})

type Db = { table(name: string): { where(i: string): { equals(v: string): { count(): Promise<number> } }; toArray(): Promise<Record<string, unknown>[]> } }
/** Browser-mode handles (lib/api.ts, offline-sync.ts); a type only, since page functions are serialized. */
type W = { __db: Db & { feeds: { add(f: object): Promise<unknown> } }; __offlineStats: Record<string, number> }

describe('offline reading', () => {
  it('shows a downloaded full article and its cached images with the network cut', async () => {
    const { page, context } = browser
    await page.goto(web.url)
    await page.waitForFunction(() => !!(window as unknown as { __db?: unknown }).__db)
    // Subscribed through the database, as the add-feed dialog does; that dialog has its own e2e test.
    await page.evaluate(
      (url) => (window as unknown as W).__db.feeds.add({ id: 'teasers', url, title: 'Teaser Wire', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: Date.now() }),
      feeds.url('/feed.xml'),
    )
    const doneCount = () => page.evaluate(() => (window as unknown as W).__db.table('offlineArticles').where('status').equals('done').count())
    await expect.poll(doneCount, { timeout: 30_000, interval: 250 }).toBe(2)

    const paths = feeds.requests.map((r) => r.path)
    expect(paths.filter((p) => p.startsWith('/story-')).sort()).toEqual(['/story-1', '/story-2']) // one page per article
    const stored = await page.evaluate(async () =>
      (await (window as unknown as W).__db.table('images').toArray()).map((r) => ({ url: String(r.url).replace(/^.*\/img\//, ''), kind: r.kind, width: r.width, bytes: r.bytes })),
    )
    const big = stored.find((s) => s.url === 'big.png' && s.kind === 'full')
    expect(big?.width).toBe(1600) // 3200 px wide: scaled down before storing
    expect(stored.some((s) => s.url === 'lead.png' && s.kind === 'thumb' && s.width === 160)).toBe(true)
    const stats = await page.evaluate(() => (window as unknown as W).__offlineStats)
    console.info(`offline e2e: ${stats.images} images in ${stats.articles} articles prepared in ${stats.prepareMs.toFixed(0)} ms (${stats.bytesIn} -> ${stats.bytesOut} bytes); stored: ${JSON.stringify(stored)}`)

    // Cut the network to the fixture server, reload, go offline.
    await feeds.close()
    const toFixture: string[] = []
    const onRequest = (r: Request) => void (r.url().startsWith(feeds.origin) && toFixture.push(r.url()))
    context.on('request', onRequest)
    await page.reload()
    await page.waitForFunction(() => !!(window as unknown as { __db?: unknown }).__db)
    await context.setOffline(true)
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false)

    await page.getByRole('button', { name: /Harbour plan approved/ }).first().click()
    const reader = page.getByRole('article', { name: 'Reader' })
    await expect.poll(() => reader.innerText(), { timeout: 10_000 }).toContain('FULLTEXT-ONE')
    const images = () =>
      reader.locator('.reader-content img, img.reader-lead').evaluateAll((els) =>
        (els as HTMLImageElement[]).map((img) => ({ src: img.src.slice(0, 5), ok: img.complete && img.naturalWidth > 0 })),
      )
    await expect.poll(images, { timeout: 10_000 }).toEqual(expect.arrayContaining([{ src: 'blob:', ok: true }]))
    const shown = await images()
    expect(shown.length).toBeGreaterThanOrEqual(2)
    expect(shown.every((i) => i.src === 'blob:' && i.ok)).toBe(true)
    await page.screenshot({ path: resolve(shots, 'offline-full-text.png') })

    // The switch back to the feed's own version, and forth again.
    await reader.getByRole('button', { name: 'Show feed version' }).click()
    await expect.poll(() => reader.innerText()).not.toContain('FULLTEXT-ONE')
    expect(await reader.innerText()).toContain('The committee met on Tuesday')
    await reader.getByRole('button', { name: 'Show full article' }).click()
    await expect.poll(() => reader.innerText()).toContain('FULLTEXT-ONE')

    context.off('request', onRequest)
    expect(toFixture).toEqual([])
    await context.setOffline(false)
  })
})
