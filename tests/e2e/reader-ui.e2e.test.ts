// The reader UI in Chromium through the browser mode, against loopback feeds: add feeds, filter by country, by
// topic and by both, read, star, mark all read with undo, keyboard navigation, search, dark mode, axe-core, screenshots.
// Filter assertions read the facet entries the page shows (counts and flags), not tags assumed from titles, so they
// hold whatever the classifier decides.
import { mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { launchBrowser, type Browser } from './browser'

const shots = resolve(__dirname, '../../.ci-out/screenshots')
/** The machine is shared and slow at times: poll up to 10 s rather than vitest's 1 s default. */
const WAIT = { timeout: 10_000 }
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toUTCString()
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

function rss(title: string, site: string, items: [string, number, string][]): string {
  const body = items
    // Item links are relative, so they resolve against the loopback feed URL: article downloads stay on loopback.
    .map(([t, h, text], i) => `<item><title>${esc(t)}</title><link>a${i}</link><guid isPermaLink="false">${site}a${i}</guid><pubDate>${hoursAgo(h)}</pubDate><description>${esc(`<p>${text}</p>`)}</description></item>`)
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>${site}</link>${body}</channel></rss>`
}

const monde = rss('Le Monde (loopback)', 'https://www.lemonde.fr/', [
  ['French president visits Beijing for trade talks', 1, 'The visit focused on tariffs and aircraft orders.'],
  ['Paris museum opens new exhibition on Picasso', 3, 'Two hundred works go on show.'],
  ['Chinese economy grows faster than expected', 5, 'Exports led the quarter.'],
  ['French parliament debates the budget', 7, 'Ministers defended the spending plan.'],
])
const wire = rss('Loopback Wire', 'https://wire.example/', [
  ['German football club wins the cup final', 2, 'A late goal decided it.'],
  ['Floods hit northern Italy after heavy rain', 4, 'Rivers burst their banks.'],
  ['Japan election: prime minister keeps majority', 6, 'Turnout was low.'],
])

let feeds: FixtureServer
let web: WebServer
let browser: Browser
let page: Page

const list = () => page.getByRole('list', { name: 'Article list' })
const rowTitles = () => list().locator('.row-title').allInnerTexts()
const nav = () => page.getByRole('navigation', { name: 'Feeds' })
const reader = () => page.getByRole('article', { name: 'Reader' })
/** The count a facet option announces ("France 2 articles"). */
async function facetCount(facet: string, name: string): Promise<number> {
  await showFilters()
  const label = await nav().getByRole('list', { name: facet }).getByRole('button', { name: new RegExp(`^${name} \\d+ article`) }).getAttribute('aria-label')
  return Number(/ (\d+) article/.exec(label ?? '')?.[1] ?? NaN)
}
/** The country, topic and outlet filters live in the sidebar's Filters tab. */
async function showFilters() {
  const tab = nav().getByRole('tab', { name: /^Filters/ })
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click()
}
/** As a person does it: the address field has focus when the dialog opens; type, then Enter. */
async function addFeed(url: string) {
  await nav().getByRole('button', { name: 'Add a feed' }).click()
  await page.keyboard.type(url)
  await page.keyboard.press('Enter')
  await expect.poll(() => page.locator('dialog[open]').count(), { timeout: 15_000 }).toBe(0)
}
/** Replaces a field's text by keyboard, as a person would. */
async function retype(text: string) {
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  feeds = await startFixtureServer({
    '/monde.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body: monde },
    '/wire.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body: wire },
  })
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
  browser = await launchBrowser()
  page = browser.page
  await page.goto(web.url)
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await feeds?.close()
})

describe('reader UI in browser mode', () => {
  it('greets a first run with what to do, then adds two feeds and lists all seven articles newest first', async () => {
    await expect.poll(() => page.getByRole('heading', { name: 'Welcome to Meridian' }).count(), WAIT).toBe(1)
    expect(await page.getByRole('button', { name: 'Import OPML…' }).count()).toBeGreaterThan(0)
    await addFeed(feeds.url('/monde.xml'))
    await addFeed(feeds.url('/wire.xml'))
    await nav().getByRole('button', { name: /^All articles/ }).click()
    await expect.poll(rowTitles, { timeout: 15_000 }).toHaveLength(7)
    expect((await rowTitles())[0]).toBe('French president visits Beijing for trade talks')
    expect(await nav().getByRole('button', { name: /^Le Monde \(loopback\) 4 unread/ }).count()).toBe(1)
    // The outlet country comes from the site's ccTLD (lemonde.fr).
    expect(await facetCount('Outlet country', 'France')).toBe(4)
    await page.screenshot({ path: resolve(shots, 'main-light.png') })
  })

  it('filters by country, by topic and by both, with chips that clear', async () => {
    await showFilters()
    const countries = nav().getByRole('list', { name: 'Countries' })
    const firstCountry = (await countries.getByRole('button').first().getAttribute('aria-label')) ?? ''
    const [name, n] = [firstCountry.replace(/ \d+ articles?$/, ''), Number(/(\d+) article/.exec(firstCountry)?.[1])]
    expect(n).toBeGreaterThan(0)
    await countries.getByRole('button', { name: firstCountry }).click()
    await expect.poll(rowTitles, WAIT).toHaveLength(n)
    // every listed row carries that country's flag
    expect(await list().getByRole('img', { name }).count()).toBe(n)

    const topics = nav().getByRole('list', { name: 'Topics' })
    const topicLabels = await topics.getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
    const withArticles = topicLabels.filter((l) => !/ 0 articles/.test(l))
    expect(withArticles.length).toBeGreaterThan(0)
    const topic = withArticles[0]
    const both = Number(/(\d+) article/.exec(topic)?.[1])
    await topics.getByRole('button', { name: topic }).click()
    await expect.poll(rowTitles, WAIT).toHaveLength(both)
    const topicName = topic.replace(/ \d+ articles?$/, '')
    for (const row of await list().getByRole('listitem').all()) {
      expect(await row.getByRole('img', { name }).count()).toBe(1)
      expect(await row.locator('.row-topic', { hasText: topicName }).count() + (await row.locator('.row-topic').count() >= 2 ? 1 : 0)).toBeGreaterThan(0)
    }
    await page.screenshot({ path: resolve(shots, 'filters.png') })

    // topic alone: remove the country chip
    await page.getByRole('button', { name: `Remove filter ${name}` }).click()
    const topicOnly = await facetCount('Topics', topicName)
    await expect.poll(rowTitles, WAIT).toHaveLength(topicOnly)
    await page.getByRole('button', { name: 'Clear all' }).click()
    await expect.poll(rowTitles, WAIT).toHaveLength(7)
  })

  it('reads an article, stars it, filters from its chips, and marks it unread', async () => {
    await list().getByRole('button', { name: /French president visits Beijing/ }).click()
    await expect.poll(() => reader().getByRole('heading', { level: 1 }).innerText(), WAIT).toBe('French president visits Beijing for trade talks')
    expect(await reader().innerText()).toContain('tariffs and aircraft orders')
    await expect.poll(() => nav().getByRole('button', { name: /^Unread 6$/ }).count(), WAIT).toBe(1)
    await reader().getByRole('button', { name: '☆ Star' }).click()
    await expect.poll(() => nav().getByRole('button', { name: /^Starred 1$/ }).count(), WAIT).toBe(1)
    await page.screenshot({ path: resolve(shots, 'reader.png') })
    const chip = reader().getByRole('group', { name: 'Countries and topics' }).getByRole('button').first()
    if ((await chip.count()) > 0) {
      const label = (await chip.getAttribute('aria-label')) ?? ''
      await chip.click()
      await expect.poll(() => page.getByRole('group', { name: 'Active filters' }).count(), WAIT).toBe(1)
      expect(label).toMatch(/^Show articles about /)
      await page.getByRole('button', { name: 'Clear all' }).click()
    }
    await reader().getByRole('button', { name: 'Mark unread' }).click()
    await expect.poll(() => nav().getByRole('button', { name: /^Unread 7$/ }).count(), WAIT).toBe(1)
  })

  it('marks all as read with undo', async () => {
    await page.getByRole('button', { name: 'Mark all as read' }).click()
    await expect.poll(() => nav().getByRole('button', { name: /^Unread 0$/ }).count(), WAIT).toBe(1)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => nav().getByRole('button', { name: /^Unread 7$/ }).count(), WAIT).toBe(1)
  })

  it('navigates with the keyboard: j/k, s, m, ? and Shift+A', async () => {
    const titles = await rowTitles()
    const heading = () => reader().getByRole('heading', { level: 1 }).innerText()
    await list().getByRole('button', { name: titles[0] }).click()
    await page.locator('.list-header h2').click() // focus off the buttons, as after reading with the mouse
    await page.keyboard.press('j')
    await expect.poll(heading, WAIT).toBe(titles[1])
    await page.keyboard.press('j')
    await expect.poll(heading, WAIT).toBe(titles[2])
    // marked read once painted (ReaderPane): wait for it, as a reader who glanced at it would
    await expect.poll(() => list().getByRole('listitem', { name: titles[2] }).getAttribute('class'), WAIT).toContain('is-read')
    await page.keyboard.press('k')
    await expect.poll(heading, WAIT).toBe(titles[1])
    await page.keyboard.press('n') // next unread: row 2 was read by the j above, so row 3
    await expect.poll(heading, WAIT).toBe(titles[3])
    await page.keyboard.press('s')
    await expect.poll(() => reader().getByRole('button', { name: '★ Starred' }).count(), WAIT).toBe(1)
    await page.keyboard.press('m')
    await expect.poll(() => reader().getByRole('button', { name: 'Mark read' }).count(), WAIT).toBe(1)
    await page.keyboard.press('?')
    await expect.poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible(), WAIT).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('dialog[open]').count(), WAIT).toBe(0)
    await page.keyboard.press('Shift+A')
    await expect.poll(() => nav().getByRole('button', { name: /^Unread 0$/ }).count(), WAIT).toBe(1)
    await page.getByRole('button', { name: 'Undo' }).click()
  })

  it('searches the list: / focuses the box, typing narrows the list, Escape clears it', async () => {
    const box = page.getByRole('searchbox', { name: 'Search articles' })
    await page.locator('.list-header h2').click()
    await page.keyboard.press('/')
    await expect.poll(() => box.evaluate((el) => el === document.activeElement), WAIT).toBe(true)
    await page.keyboard.type('FRENCH')
    await expect.poll(rowTitles, WAIT).toEqual(['French president visits Beijing for trade talks', 'French parliament debates the budget'])
    await page.keyboard.type(' budg') // the word being typed matches as a prefix
    await expect.poll(rowTitles, WAIT).toEqual(['French parliament debates the budget'])
    await retype('tariffs') // the summary is searched too
    await expect.poll(rowTitles, WAIT).toEqual(['French president visits Beijing for trade talks'])
    await retype('zqxjv')
    await expect.poll(() => page.getByText('No articles match “zqxjv”.').count(), WAIT).toBe(1)
    await page.keyboard.press('Escape')
    await expect.poll(() => box.inputValue(), WAIT).toBe('')
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(false)
    await expect.poll(rowTitles, WAIT).toHaveLength(7)
  })

  it('follows the OS into dark mode, and the reader\'s override wins', async () => {
    const background = () => page.evaluate(() => getComputedStyle(document.querySelector('.pane-articles') as Element).backgroundColor)
    const light = await background()
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(background, WAIT).not.toBe(light)
    const dark = await background()
    await page.screenshot({ path: resolve(shots, 'main-dark.png') })
    await reader().getByRole('button', { name: /Reading settings/ }).click()
    await reader().getByLabel('Theme').selectOption('light')
    await expect.poll(background, WAIT).toBe(light)
    await reader().getByLabel('Theme').selectOption('dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(background, WAIT).toBe(dark)
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('meridian.reading-settings') ?? '{}').state?.theme)).toBe('dark')
    await reader().getByLabel('Theme').selectOption('system')
  })

  it('is usable at 900 px wide: three panes side by side, nothing cut off sideways', async () => {
    await page.setViewportSize({ width: 900, height: 700 })
    await list().locator('.row-open').first().click()
    await expect.poll(() => reader().getByRole('heading', { level: 1 }).count(), WAIT).toBe(1)
    const panes = await page.evaluate(() =>
      ['.pane-feeds', '.pane-articles', '.pane-reader'].map((s) => {
        const r = (document.querySelector(s) as HTMLElement).getBoundingClientRect()
        return { left: r.left, right: r.right, width: r.width }
      }))
    expect(panes[0].right).toBeLessThanOrEqual(panes[1].left + 1)
    expect(panes[1].right).toBeLessThanOrEqual(panes[2].left + 1)
    expect(panes[2].right).toBeLessThanOrEqual(901)
    expect(panes.every((p) => p.width >= 200)).toBe(true)
    expect(panes[2].width).toBeGreaterThanOrEqual(400) // the reader keeps room for a line of text
    // The reader's title scales down with the window instead of taking four lines.
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.reader h1') ?? document.body).fontSize))).toBeLessThan(30)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(900)
    await page.screenshot({ path: resolve(shots, 'narrow-900.png') })
    await page.setViewportSize({ width: 1280, height: 800 })
  })

  it('has no serious or critical axe-core violations in light and dark, and a clean console', async () => {
    // Evaluated rather than injected as a <script>: the page's CSP refuses inline scripts.
    await page.evaluate(readFileSync(resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'))
    const violations = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
        const result = await axe.run()
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
    expect(await violations()).toEqual([])
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await violations()).toEqual([])
    await page.emulateMedia({ colorScheme: 'light' })
    expect(browser.consoleErrors, browser.consoleErrors.join('\n')).toEqual([])
  })
})
