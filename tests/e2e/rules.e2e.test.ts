// Rules, saved views and labels in Chromium through the browser mode (issue 19): a word selected in the reader is
// muted and its articles leave the list and the counts until "Show hidden"; a rule typed in the editor previews its
// matches and hides them; a saved view opens with `g 1`; a label added in the reader becomes a sidebar view and
// is taken off from the list row.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { launchBrowser, type Browser } from './browser'

const shots = resolve(__dirname, '../../.ci-out/screenshots')
const WAIT = { timeout: 30_000, interval: 250 }
const STORIES = [
  { slug: 'wedding', title: 'Celebrity wedding dazzles the capital', day: '02' },
  { slug: 'budget', title: 'Parliament passes the annual budget', day: '03' },
  { slug: 'chef', title: 'Celebrity chef opens a second restaurant', day: '04' },
  { slug: 'rail', title: 'New rail line opens to passengers', day: '05' },
]

function rss(origin: string): string {
  const items = STORIES.map((s) => `<item><title>${s.title}</title><link>${origin}/${s.slug}</link><guid>${s.slug}</guid>
<pubDate>${s.day} Nov 2026 08:00:00 GMT</pubDate><description>${s.title}. More on this story later today.</description></item>`)
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>City Wire</title><link>${origin}/</link>${items.join('')}</channel></rss>`
}

let feeds: FixtureServer
let web: WebServer
let browser: Browser

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  feeds = await startFixtureServer()
  feeds.route('/city.xml', { headers: { 'Content-Type': 'application/rss+xml' }, body: rss(feeds.origin) })
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await feeds?.close()
})

type W = { __db: { table(name: string): { add(row: object): Promise<unknown>; put(row: object): Promise<unknown>; get(key: string): Promise<Record<string, unknown> | undefined> } } }
const nav = () => browser.page.getByRole('navigation', { name: 'Feeds' })
const list = () => browser.page.getByRole('list', { name: 'Article list' })
const reader = () => browser.page.getByRole('article', { name: 'Reader' })
const rowTitles = () => list().locator('.row-title').allInnerTexts()
const allCount = () => nav().getByRole('list', { name: 'Smart views' }).getByRole('button', { name: /^All articles/ }).getAttribute('aria-label')
const titles = (...slugs: string[]) => slugs.map((slug) => STORIES.find((s) => s.slug === slug)!.title)

/** Selects the first occurrence of `word` in the reader's title, as a reader would with the mouse. */
async function selectInReader(word: string) {
  await browser.page.evaluate((word) => {
    const h1 = document.querySelector('.reader h1')!
    const text = h1.firstChild!
    const at = text.textContent!.indexOf(word)
    const range = document.createRange()
    range.setStart(text, at)
    range.setEnd(text, at + word.length)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
  }, word)
}

describe('rules, saved views and labels', () => {
  it('mutes a word selected in the reader: its articles leave the list and the counts until "Show hidden"', async () => {
    const { page } = browser
    await page.goto(web.url)
    await page.waitForFunction(() => !!(window as unknown as { __db?: unknown }).__db)
    await page.evaluate(async (url) => {
      const db = (window as unknown as W).__db
      const settings = (await db.table('offlineSettings').get('settings')) ?? {}
      await db.table('offlineSettings').put({ budgetBytes: 5e8, keepReadDays: 90, maxPerFeed: 1000, loadRemoteImages: true, downloadImages: true, ...settings, key: 'settings', feedModes: { city: 'never' } })
      await db.table('feeds').add({ id: 'city', url, title: 'City Wire', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: Date.now() })
    }, feeds.url('/city.xml'))
    await expect.poll(rowTitles, WAIT).toEqual(titles('rail', 'chef', 'budget', 'wedding'))
    expect(await allCount()).toBe('All articles 4')

    await list().getByRole('button', { name: /Celebrity wedding/ }).click()
    await selectInReader('Celebrity')
    await reader().getByRole('button', { name: 'Mute “Celebrity”' }).click()
    await expect.poll(rowTitles, WAIT).toEqual(titles('rail', 'budget'))
    await expect.poll(allCount, WAIT).toBe('All articles 2')
    expect(await page.locator('.toast').innerText()).toContain('Muted “Celebrity”')

    const showHidden = page.getByRole('checkbox', { name: 'Show hidden (2)' })
    await showHidden.check()
    await expect.poll(rowTitles, WAIT).toEqual(titles('rail', 'chef', 'budget', 'wedding'))
    expect(await allCount()).toBe('All articles 2') // shown, still not counted
    await page.screenshot({ path: resolve(shots, 'show-hidden.png') })
    await showHidden.uncheck()
    await expect.poll(rowTitles, WAIT).toEqual(titles('rail', 'budget'))
  })

  it('previews a rule while it is typed, and saving it hides what it matches', async () => {
    const { page } = browser
    await nav().getByRole('button', { name: 'Rules and muted words' }).click()
    const dialog = page.getByRole('dialog', { name: 'Rules' })
    expect(await dialog.getByRole('region', { name: 'Muted words' }).innerText()).toContain('Celebrity')
    await dialog.getByRole('button', { name: 'New rule' }).click()
    const editor = page.getByRole('dialog', { name: 'Edit rule' })
    await editor.getByRole('textbox', { name: 'Rule name' }).fill('No budgets')
    await editor.getByRole('textbox', { name: 'Condition 1 text' }).fill('budg')
    await expect.poll(() => editor.getByTestId('rule-preview-count').innerText(), WAIT).toBe('Matches 0 stored articles')
    await editor.getByRole('textbox', { name: 'Condition 1 text' }).fill('budget')
    await expect.poll(() => editor.getByTestId('rule-preview-count').innerText(), WAIT).toBe('Matches 1 stored article')
    expect(await editor.locator('.rule-preview li').allInnerTexts()).toEqual(titles('budget'))
    await page.screenshot({ path: resolve(shots, 'rule-editor.png') })
    await editor.getByRole('button', { name: 'Save rule' }).click()
    await expect.poll(() => page.getByRole('dialog', { name: 'Rules' }).getByRole('checkbox', { name: 'Rule No budgets on' }).isChecked(), WAIT).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(rowTitles, WAIT).toEqual(titles('rail'))
    await expect.poll(allCount, WAIT).toBe('All articles 1')
  })

  it('saves the current view and opens it again with g then 1', async () => {
    const { page } = browser
    await page.getByRole('checkbox', { name: 'Show hidden (3)' }).check()
    await page.getByRole('combobox', { name: 'Sort order' }).selectOption('oldest')
    await expect.poll(rowTitles, WAIT).toEqual(titles('wedding', 'budget', 'chef', 'rail'))
    await page.getByRole('button', { name: 'Save view' }).click()
    await page.getByRole('textbox', { name: 'Name of the view' }).fill('Oldest first')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const saved = nav().getByRole('region', { name: 'Saved views' })
    // Its count is of unread articles and leaves hidden ones out: only the rail story.
    await expect.poll(() => saved.getByRole('button', { name: /^Saved view Oldest first/ }).getAttribute('aria-label'), WAIT).toBe('Saved view Oldest first 1')

    await nav().getByRole('button', { name: /^Starred/ }).click()
    await page.getByRole('combobox', { name: 'Sort order' }).selectOption('newest')
    await expect.poll(rowTitles, WAIT).toEqual([])
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('g')
    await page.keyboard.press('1')
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().innerText(), WAIT).toBe('All articles')
    await expect.poll(rowTitles, WAIT).toEqual(titles('rail'))
    expect(await page.getByRole('combobox', { name: 'Sort order' }).inputValue()).toBe('oldest')
    await page.keyboard.press('?')
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(await help.innerText()).toContain('g 1 … g 9')
    expect(await help.innerText()).toContain('Open saved view 1–9')
    await page.keyboard.press('Escape')
  })

  it('labels an article in the reader; the label is a view in the sidebar', async () => {
    const { page } = browser
    await list().getByRole('button', { name: /New rail line/ }).click()
    await reader().getByRole('button', { name: /Labels/ }).click()
    await page.getByRole('textbox', { name: 'New label' }).fill('Follow up')
    await page.getByRole('button', { name: 'Add', exact: true }).click()
    const label = nav().getByRole('region', { name: 'Labels' }).getByRole('button', { name: /^Label Follow up/ })
    await expect.poll(() => label.getAttribute('aria-label'), WAIT).toBe('Label Follow up')
    await page.keyboard.press('Escape')
    await label.click()
    await expect.poll(rowTitles, WAIT).toEqual(titles('rail'))
    await expect.poll(() => list().locator('.row-label').allInnerTexts(), WAIT).toEqual(['# Follow up'])
    // Taken off again from the list row, without opening the article.
    await list().getByRole('button', { name: 'Labels' }).click()
    await page.getByRole('checkbox', { name: 'Follow up' }).uncheck()
    await expect.poll(rowTitles, WAIT).toEqual([])
    await expect.poll(() => label.getAttribute('aria-label'), WAIT).toBe('Label Follow up')
    expect(browser.consoleErrors).toEqual([])
  })
})
