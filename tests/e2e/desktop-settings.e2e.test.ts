// The desktop settings and notification preferences in browser mode: set through the settings screen, kept by
// the main side (the browser mode's in-memory desktop host), still there after a reload, and acted on: a new
// article about a watched country reaches the notifier, one about an unwatched country does not. The screen gathers
// reading, theme and storage too, works from the keyboard at 900 and 1400 px, light and dark (screenshots for the
// README land in .ci-out/screenshots).
import { mkdirSync, readFileSync } from 'node:fs'
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

const shots = resolve(__dirname, '../../.ci-out/screenshots')
let feeds: FixtureServer
let web: WebServer
let browser: Browser
const host = memoryDesktopHost()

beforeAll(async () => {
  feeds = await startFixtureServer({ '/wire.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body: feedXml } })
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer'), service: { desktop: host } })
  browser = await launchBrowser()
  mkdirSync(shots, { recursive: true })
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

/** Tabs forward (at most 80 times) until the focused control has this accessible label. */
async function tabTo(label: string) {
  const { page } = browser
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null
      return el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent?.trim() ?? el?.textContent?.trim() ?? ''
    })
    if (focused === label) return
  }
  throw new Error(`Tab never reached ${label}`)
}

async function seriousAxeViolations(): Promise<string[]> {
  const { page } = browser
  await page.evaluate(readFileSync(resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'))
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document.querySelector('dialog[open]'))
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
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
    await settingsDialog().getByLabel('from', { exact: true }).fill('21:30')
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
    expect(await settingsDialog().getByLabel('from', { exact: true }).inputValue()).toBe('21:30')
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

  it('gathers theme, reading and storage with the rest, from the keyboard, at 900 and 1400 px, light and dark', async () => {
    const { page } = browser
    await page.setViewportSize({ width: 1400, height: 900 })
    await page.getByRole('navigation', { name: 'Feeds' }).getByRole('button', { name: 'General settings' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => settingsDialog().getByRole('region', { name: 'Storage' }).isVisible()).toBe(true)
    await tabTo('Theme')
    await page.keyboard.press('End') // the last choice: Dark
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await tabTo('Keep read articles (days)')
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('21')
    await page.keyboard.press('Tab') // saved when the field is left
    await expect.poll(() => page.evaluate(async () => {
      const db = (window as unknown as { __db: { table(name: string): { get(key: string): Promise<{ keepReadDays?: number } | undefined> } } }).__db
      return (await db.table('offlineSettings').get('settings'))?.keepReadDays
    })).toBe(21)
    expect(await seriousAxeViolations()).toEqual([])
    await page.setViewportSize({ width: 900, height: 800 })
    const box = await settingsDialog().boundingBox()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(900)
    await settingsDialog().getByRole('region', { name: 'Desktop and notifications' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: resolve(shots, 'settings-900-dark.png') })

    await tabTo('Theme') // Tab stays inside the dialog and comes round again
    await page.keyboard.press('ArrowUp') // Light
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light')
    expect(await seriousAxeViolations()).toEqual([])
    await page.setViewportSize({ width: 1400, height: 900 })
    await page.screenshot({ path: resolve(shots, 'settings-1400-light.png') })
    await page.keyboard.press('Escape')
    await expect.poll(() => settingsDialog().count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('General settings')
    await page.setViewportSize({ width: 1280, height: 800 })
  })

  it('remembers pane widths set from the keyboard across a restart, and Home gives the default back', async () => {
    const { page } = browser
    const feedsWidth = () => page.locator('.pane-feeds').evaluate((el) => Math.round(el.getBoundingClientRect().width))
    const before = await feedsWidth()
    await page.getByRole('separator', { name: 'Resize the Feeds pane' }).focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
    await expect.poll(feedsWidth).toBe(before + 64)
    await page.reload()
    await page.getByRole('separator', { name: 'Resize the Feeds pane' }).waitFor()
    expect(await feedsWidth()).toBe(before + 64)
    await page.getByRole('separator', { name: 'Resize the Feeds pane' }).focus()
    await page.keyboard.press('Home')
    await expect.poll(feedsWidth).toBe(before)
  })

  it('passes new articles about a watched country on for notification, and no others', async () => {
    const { page } = browser
    await page.getByRole('button', { name: 'Add a feed' }).first().click()
    await page.getByLabel('Feed or site URL').fill(feeds.url('/wire.xml'))
    await page.getByRole('button', { name: 'Add feed' }).click()
    await expect.poll(() => host.notified.map((h) => [h.watchKey, h.title]), { timeout: 15_000 }).toEqual([['country:SD', 'Sudan army and RSF agree to talks in Jeddah']])
    await expect.poll(() => host.unread, { timeout: 10_000 }).toBe(2)
  })

  it('passes on every new article of a watched feed, whatever it is about', async () => {
    const { page } = browser
    await openSettings()
    await settingsDialog().getByLabel('Feeds to watch (every new article)').selectOption({ label: 'Loopback Wire' })
    await expect.poll(() => host.readSettings().notifications.watch.feeds?.length).toBe(1)
    expect(await settingsDialog().getByRole('list', { name: 'Watched feeds' }).innerText()).toContain('Loopback Wire')
    await page.keyboard.press('Escape')
    const harbour = '<item><title>Oslo opens a new ferry harbour</title><link>c</link><guid>c</guid><pubDate>Wed, 04 Nov 2026 08:00:00 GMT</pubDate><description>Oslo port.</description></item>'
    feeds.route('/wire.xml', { headers: { 'Content-Type': 'application/rss+xml' }, body: feedXml.replace('</channel>', `${harbour}</channel>`) })
    host.notified.length = 0
    await page.getByRole('button', { name: /Refresh/ }).first().click()
    const feedId = host.readSettings().notifications.watch.feeds![0]
    await expect.poll(() => host.notified.map((h) => [h.watchKey, h.title]), { timeout: 15_000 }).toEqual([[`feed:${feedId}`, 'Oslo opens a new ferry harbour']])
  })
})
