// Context menus in browser mode (issue 21), in Chromium: right-click (and the keyboard's Shift+F10) on an article
// opens the in-app menu, its actions take effect; a feed's menu marks it read and opens its rename form.
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { launchBrowser, type Browser } from './browser'

const feedXml = (origin: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Menu Wire</title><link>${origin}/</link>
<item><title>Talks resume in Geneva</title><link>${origin}/geneva</link><guid>g1</guid><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate></item>
<item><title>Storm reaches the coast</title><link>${origin}/storm</link><guid>g2</guid><pubDate>Mon, 02 Nov 2026 07:00:00 GMT</pubDate></item>
</channel></rss>`

let feeds: FixtureServer
let web: WebServer
let browser: Browser
const WAIT = { timeout: 15_000 }

beforeAll(async () => {
  feeds = await startFixtureServer({ '/storm': { headers: { 'Content-Type': 'text/html' }, body: '<title>Storm</title>' } })
  feeds.route('/menu.xml', { headers: { 'Content-Type': 'application/rss+xml' }, body: feedXml(feeds.origin) })
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
  browser = await launchBrowser()
  const { page } = browser
  await page.goto(web.url)
  await page.getByRole('button', { name: 'Add a feed' }).first().click()
  await page.getByLabel('Feed or site URL').fill(feeds.url('/menu.xml'))
  await page.getByRole('button', { name: 'Add feed' }).click()
  await page.getByRole('listitem', { name: 'Storm reaches the coast' }).waitFor(WAIT)
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await feeds?.close()
})

describe('context menus in browser mode', () => {
  it('stars an article and opens it in the browser from its menu', async () => {
    const { page } = browser
    const row = page.getByRole('listitem', { name: 'Storm reaches the coast' })
    await row.click({ button: 'right' })
    const menu = page.getByRole('menu', { name: 'Actions for Storm reaches the coast' })
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual(['Open', 'Open in browser', 'Mark as read', 'Star', 'Copy link'])
    await menu.getByRole('menuitem', { name: 'Star' }).click()
    await expect.poll(() => row.getByRole('button', { name: 'Star' }).getAttribute('aria-pressed'), WAIT).toBe('true')
    await row.click({ button: 'right' })
    // Browser mode opens the original in a new tab of the browser the app runs in.
    const [tab] = await Promise.all([browser.context.waitForEvent('page'), page.getByRole('menuitem', { name: 'Open in browser' }).click()])
    expect(tab.url()).toBe(feeds.url('/storm'))
    await tab.close()
  })

  it('opens from the keyboard, and Escape closes it without acting', async () => {
    const { page } = browser
    await page.getByRole('listitem', { name: 'Talks resume in Geneva' }).getByRole('button', { name: /Talks resume/ }).focus()
    await page.keyboard.press('Shift+F10')
    const menu = page.getByRole('menu', { name: 'Actions for Talks resume in Geneva' })
    await expect.poll(() => menu.count(), WAIT).toBe(1)
    await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open in browser')
    await page.keyboard.press('Escape')
    expect(await menu.count()).toBe(0)
  })

  it('marks a feed read and opens its rename form from the feed menu', async () => {
    const { page } = browser
    const nav = page.getByRole('navigation', { name: 'Feeds' })
    await nav.locator('.feed-line', { hasText: 'Menu Wire' }).click({ button: 'right' })
    await page.getByRole('menu', { name: 'Actions for Menu Wire' }).getByRole('menuitem', { name: 'Mark all as read' }).click()
    await expect.poll(() => page.locator('.article-row.is-unread').count(), WAIT).toBe(0)
    await nav.locator('.feed-line', { hasText: 'Menu Wire' }).click({ button: 'right' })
    await page.getByRole('menuitem', { name: 'Rename…' }).click()
    await expect.poll(() => page.getByRole('dialog', { name: 'Menu Wire: rename' }).count(), WAIT).toBe(1)
  })
})
