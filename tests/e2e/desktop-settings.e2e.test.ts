// The desktop settings and notification preferences in browser mode: set through the settings screen, kept by
// the main side (the browser mode's in-memory desktop host), still there after a reload, and acted on: a new
// article about a watched country reaches the notifier, one about an unwatched country does not.
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryDesktopHost } from '../../src/main/core/desktop-host'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { launchBrowser, type Browser } from './browser'

const feedXml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Loopback Wire</title><link>https://wire.example/</link>
<item><title>Sudan army and RSF agree to talks in Jeddah</title><link>a</link><guid>a</guid><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate>
<description>Sudan's warring parties agreed on Monday to resume talks in Saudi Arabia.</description></item>
<item><title>Norway raises its wealth fund's ethics bar</title><link>b</link><guid>b</guid><pubDate>Tue, 03 Nov 2026 08:00:00 GMT</pubDate>
<description>Norway's parliament voted on new rules for the fund.</description></item>
</channel></rss>`

let feeds: FixtureServer
let web: WebServer
let browser: Browser
const host = memoryDesktopHost()

beforeAll(async () => {
  feeds = await startFixtureServer({ '/wire.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body: feedXml } })
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer'), service: { desktop: host } })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await feeds?.close()
})

const settingsDialog = () => browser.page.getByRole('dialog', { name: 'General settings' })
async function openSettings() {
  await browser.page.getByRole('navigation', { name: 'Feeds' }).getByRole('button', { name: 'General settings' }).click()
  await expect.poll(() => settingsDialog().getByRole('region', { name: 'Desktop and notifications' }).isVisible()).toBe(true)
}

describe('desktop settings in browser mode', () => {
  it('sets tray, login and notification preferences, and finds them again after a reload', async () => {
    const { page } = browser
    await page.goto(web.url)
    await openSettings()
    const tray = settingsDialog().getByRole('checkbox', { name: 'Keep refreshing in the tray when the window is closed' })
    await tray.focus()
    await page.keyboard.press('Space')
    await expect.poll(() => host.readSettings().closeToTray).toBe(true)
    await settingsDialog().getByRole('checkbox', { name: 'Quiet hours' }).check()
    await settingsDialog().getByLabel('from').fill('21:30')
    await settingsDialog().getByLabel('Countries to watch').selectOption('SD')
    await settingsDialog().getByRole('checkbox', { name: 'Health' }).check()
    await expect.poll(() => host.readSettings().notifications).toEqual({
      enabled: true,
      quietHours: { enabled: true, start: '21:30', end: '07:00' },
      watch: { countries: ['SD'], topics: ['health'] },
    })

    await page.reload()
    await openSettings()
    expect(await settingsDialog().getByRole('checkbox', { name: 'Keep refreshing in the tray when the window is closed' }).isChecked()).toBe(true)
    expect(await settingsDialog().getByRole('list', { name: 'Watched countries' }).innerText()).toContain('Sudan')
    expect(await settingsDialog().getByLabel('from').inputValue()).toBe('21:30')
    await settingsDialog().getByRole('button', { name: 'Stop watching Sudan' }).click()
    await expect.poll(() => host.readSettings().notifications.watch.countries).toEqual([])
    await settingsDialog().getByLabel('Countries to watch').selectOption('SD')
    await page.keyboard.press('Escape')
  })

  it('sets the proxy: system by default, one address, then none', async () => {
    const { page } = browser
    await openSettings()
    const mode = settingsDialog().getByLabel('Proxy for feeds and pages')
    expect(await mode.inputValue()).toBe('system')
    await mode.selectOption('fixed')
    await settingsDialog().getByLabel(/Proxy address/).fill('http://proxy.corp.example:3128')
    await settingsDialog().getByLabel(/Proxy address/).press('Enter')
    await expect.poll(() => host.readSettings().proxy).toEqual({ mode: 'fixed', url: 'http://proxy.corp.example:3128' })
    await mode.selectOption('direct')
    await expect.poll(() => host.readSettings().proxy).toEqual({ mode: 'direct' })
    await mode.selectOption('system') // the next test fetches a loopback feed
    await expect.poll(() => host.readSettings().proxy).toEqual({ mode: 'system' })
    await page.keyboard.press('Escape')
  })

  it('passes new articles about a watched country on for notification, and no others', async () => {
    const { page } = browser
    await page.getByRole('button', { name: 'Add a feed' }).first().click()
    await page.getByLabel('Feed or site URL').fill(feeds.url('/wire.xml'))
    await page.getByRole('button', { name: 'Add feed' }).click()
    await expect.poll(() => host.notified.map((h) => [h.watchKey, h.title]), { timeout: 15_000 }).toEqual([['country:SD', 'Sudan army and RSF agree to talks in Jeddah']])
    await expect.poll(() => host.unread, { timeout: 10_000 }).toBe(2)
  })
})
