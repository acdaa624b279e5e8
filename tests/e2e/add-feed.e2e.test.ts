// The whole path in Chromium through the browser mode: add a loopback feed, see its titles newest first, open
// one, and find it again after a reload (stored in IndexedDB, not in memory).
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { launchBrowser, type Browser } from './browser'

const shots = resolve(__dirname, '../../.ci-out/screenshots')
const feedXml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Loopback Wire</title><link>https://wire.example/</link>
<item><title>Ministers meet in Geneva</title><link>a</link><guid>a</guid><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Talks &lt;b&gt;resumed&lt;/b&gt; on Monday.&lt;/p&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;</description></item>
<item><title>Harvest forecast raised</title><link>b</link><guid>b</guid><pubDate>Tue, 03 Nov 2026 08:00:00 GMT</pubDate>
<description>Farmers expect a record year.</description></item>
</channel></rss>`

let feeds: FixtureServer
let web: WebServer
let browser: Browser

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  feeds = await startFixtureServer({ '/wire.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body: feedXml } })
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await feeds?.close()
})

describe('browser mode', () => {
  it('adds a feed, lists its articles newest first and opens one', async () => {
    const { page } = browser
    await page.goto(web.url)
    await page.getByRole('button', { name: 'Add a feed' }).first().click()
    await page.keyboard.type(feeds.url('/wire.xml')) // the address field has focus; Enter subscribes
    await page.keyboard.press('Enter')

    const list = page.getByRole('list', { name: 'Article list' })
    await expect.poll(() => list.getByRole('listitem').allInnerTexts(), { timeout: 15_000 }).toHaveLength(2)
    const titles = await list.getByRole('listitem').allInnerTexts()
    expect(titles[0]).toContain('Harvest forecast raised')
    expect(titles[1]).toContain('Ministers meet in Geneva')

    await list.getByRole('button', { name: /Ministers meet in Geneva/ }).click()
    const reader = page.getByRole('article', { name: 'Reader' })
    await expect.poll(() => reader.innerText()).toContain('Talks resumed on Monday.')
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
    await page.screenshot({ path: resolve(shots, 'first-feed.png') })

    await page.reload()
    await expect.poll(() => page.getByRole('list', { name: 'Article list' }).getByRole('listitem').count(), { timeout: 10_000 }).toBe(2)
    expect(browser.consoleErrors).toEqual([])
  })
})
