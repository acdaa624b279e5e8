// Clickjacking: a page on another loopback port frames the browser-mode app. The app's responses refuse to be
// framed (CSP frame-ancestors 'none' and X-Frame-Options DENY), so the frame never holds the app.
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { launchBrowser, type Browser } from './browser'

let web: WebServer
let attacker: FixtureServer
let browser: Browser

beforeAll(async () => {
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
  attacker = await startFixtureServer({
    '/frame.html': {
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: `<!doctype html><title>Win a prize</title><iframe id="app" src="${web.url}/" width="1000" height="700"></iframe>
<iframe id="deep" src="${web.url}/index.html?x=1"></iframe>`,
    },
  })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await attacker?.close()
})

describe('framing the app from another origin', () => {
  it('is refused: no frame ever runs the app', async () => {
    const { page } = browser
    await page.goto(attacker.url('/frame.html'))
    await page.waitForLoadState('load')
    await page.waitForTimeout(1500) // time enough for the app to boot and open its database if it were allowed
    const frames = page.frames().filter((f) => f !== page.mainFrame())
    expect(frames).toHaveLength(2)
    for (const frame of frames) {
      const runsApp = await frame.evaluate(() => !!(window as unknown as { __db?: unknown }).__db || !!document.querySelector('#root')?.childElementCount).catch(() => false)
      expect([frame.url(), runsApp]).toEqual([frame.url(), false])
      expect(frame.url().startsWith(web.url)).toBe(false) // Chromium puts its error page in place of a refused frame
    }
    // The app itself still loads when it is the top-level page.
    await page.goto(web.url)
    await expect.poll(() => page.evaluate(() => !!(window as unknown as { __db?: unknown }).__db), { timeout: 10_000 }).toBe(true)
  })
})
