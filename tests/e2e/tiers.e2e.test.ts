// Country tiers in Chromium through the browser mode, with the real classifier in the web server: an article about
// Nepal that names France in passing is listed under Nepal only, until "Also articles that only mention it" is
// ticked; a teaser naming no country gains Kenya once its full text (a loopback page) is downloaded and tagged.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { launchBrowser, type Browser } from './browser'

const shots = resolve(__dirname, '../../.ci-out/screenshots')
const WAIT = { timeout: 30_000, interval: 250 }

const NEPAL_STORY =
  'A magnitude 6.1 earthquake struck western Nepal on Tuesday, killing at least 40 people, Nepal’s disaster agency said. ' +
  'Rescuers in Jajarkot district searched collapsed homes through the night. A French trekker was among the injured, ' +
  'officials in Kathmandu said. Prime Minister Pushpa Kamal Dahal flew to the area.'
const KENYA_PARAGRAPHS = [
  'NAIROBI — Kenya’s parliament approved a drought relief plan on Tuesday after a long debate that ran late into the evening.',
  'The plan sends water trucks and food to northern Kenya, where the rains failed for a fifth season in a row and pasture has vanished.',
  'Kenyan President William Ruto said the government would spend 10 billion shillings over the next six months on the relief effort.',
  'Farmers in Turkana and Marsabit counties have lost most of their herds, the Kenya Red Cross said in a statement on Monday.',
  'Kenya’s treasury will fund the plan from the contingency reserve, officials said, and lawmakers asked for monthly reports on spending.',
]

function rss(origin: string, title: string, item: { title: string; slug: string; description: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>${origin}/</link>
<item><title>${item.title}</title><link>${origin}/${item.slug}</link><guid>${item.slug}</guid>
<pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate><description>${item.description}</description></item>
</channel></rss>`
}

const kenyaPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Drought plan approved</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>Drought plan approved</h1><p class="byline">By Ada Reporter</p>
${KENYA_PARAGRAPHS.map((p) => `<p>${p} ${p}</p>`).join('\n')}</article></main><footer><p>Copyright Example News</p></footer></body></html>`

let releasePage = () => {}
/** The full-text page answers only once released, so the teaser's own tags can be seen first. */
const pageGate = new Promise<void>((resolve) => (releasePage = resolve))
let feeds: FixtureServer
let web: WebServer
let browser: Browser

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  feeds = await startFixtureServer()
  const xml = { 'Content-Type': 'application/rss+xml' }
  feeds.route('/nepal.xml', { headers: xml, body: rss(feeds.origin, 'Mountain Wire', { title: 'Earthquake kills dozens in western Nepal', slug: 'quake', description: NEPAL_STORY }) })
  feeds.route('/teasers.xml', { headers: xml, body: rss(feeds.origin, 'Teaser Wire', { title: 'Drought plan approved', slug: 'drought', description: 'The council met on Tuesday and talked for hours [&#8230;]' }) })
  feeds.route('/drought', async () => {
    await pageGate
    return { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: kenyaPage }
  })
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await feeds?.close()
})

type Table = { put(row: object): Promise<unknown>; add(row: object): Promise<unknown>; get(key: string): Promise<Record<string, unknown> | undefined>; toArray(): Promise<Record<string, unknown>[]> }
/** The browser mode's handle on the database (lib/api.ts); a type only, since page functions are serialized. */
type W = { __db: { table(name: string): Table } }

const nav = () => browser.page.getByRole('navigation', { name: 'Feeds' })
const list = () => browser.page.getByRole('list', { name: 'Article list' })
const reader = () => browser.page.getByRole('article', { name: 'Reader' })
const countries = () => nav().getByRole('list', { name: 'Countries' })
const countryLabels = () => countries().getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
const rowTitles = () => list().locator('.row-title').allInnerTexts()

/** Subscribes through the database, as the add-feed dialog does (it has its own e2e test), with its download mode. */
async function subscribe(id: string, url: string, mode: 'always' | 'never') {
  await browser.page.evaluate(
    async ({ id, url, mode }) => {
      const db = (window as unknown as W).__db
      const settings = (await db.table('offlineSettings').get('settings')) ?? {}
      const feedModes = { ...(settings.feedModes as object | undefined), [id]: mode }
      await db.table('offlineSettings').put({ budgetBytes: 5e8, keepReadDays: 90, maxPerFeed: 1000, loadRemoteImages: true, downloadImages: true, ...settings, key: 'settings', feedModes })
      await db.table('feeds').add({ id, url, title: id, failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: Date.now() })
    },
    { id, url, mode },
  )
}

async function storedTags(id: string) {
  return browser.page.evaluate(async (id) => {
    const rows = await (window as unknown as W).__db.table('articles').toArray()
    const a = rows.find((r) => r.feedId === id) as { countries: string[]; mentions?: string[]; tagEvidence?: { source?: string } } | undefined
    return a && { countries: a.countries, mentions: a.mentions ?? [], source: a.tagEvidence?.source }
  }, id)
}

async function openFilters() {
  const tab = nav().getByRole('tab', { name: /^Filters/ })
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click()
}

describe('country tiers', () => {
  it('lists an article about Nepal that names France under Nepal, and under France only when mentions are asked for', async () => {
    const { page } = browser
    await page.goto(web.url)
    await page.waitForFunction(() => !!(window as unknown as { __db?: unknown }).__db)
    await subscribe('mountain', feeds.url('/nepal.xml'), 'never')
    await expect.poll(() => storedTags('mountain'), WAIT).toMatchObject({ countries: ['NP'], mentions: ['FR'] })

    await openFilters()
    await expect.poll(countryLabels, WAIT).toEqual(['Nepal 1 article'])
    await countries().getByRole('button', { name: 'Nepal 1 article' }).click()
    await expect.poll(rowTitles, WAIT).toEqual(['Earthquake kills dozens in western Nepal'])
    expect(await list().getByRole('img', { name: 'France' }).count()).toBe(0) // list chips: the about tier only
    await countries().getByRole('button', { name: 'Nepal 1 article' }).click()

    const mentions = nav().getByRole('checkbox', { name: 'Also articles that only mention it' })
    await mentions.check()
    await expect.poll(countryLabels, WAIT).toEqual(['France 1 article', 'Nepal 1 article'])
    await countries().getByRole('button', { name: 'France 1 article' }).click()
    await expect.poll(rowTitles, WAIT).toEqual(['Earthquake kills dozens in western Nepal'])
    await page.screenshot({ path: resolve(shots, 'tiers-mentions.png') })

    await mentions.uncheck()
    await expect.poll(() => list().locator('.row-title').count(), WAIT).toBe(0)
    await expect.poll(countryLabels, WAIT).toEqual(['Nepal 1 article', 'France 0 articles']) // ticked, kept to be unticked
    await countries().getByRole('button', { name: 'France 0 articles' }).click()
  })

  it('tags a teaser-only article again from its full text: it gains Kenya and says so', async () => {
    await subscribe('teasers', feeds.url('/teasers.xml'), 'always')
    await expect.poll(() => storedTags('teasers'), WAIT).toEqual({ countries: [], mentions: [], source: 'teaser' })
    await list().getByRole('button', { name: /Drought plan approved/ }).click()
    await reader().getByRole('button', { name: /Why these tags/ }).click()
    const why = reader().getByRole('region', { name: 'Edit tags' })
    await expect.poll(() => why.innerText(), WAIT).toContain('Tagged from the feed’s teaser')
    expect(await why.getByRole('region', { name: 'About' }).innerText()).toContain('No country this story is about.')

    releasePage()
    await expect.poll(() => storedTags('teasers'), WAIT).toEqual({ countries: ['KE'], mentions: [], source: 'full-text' })
    expect(feeds.requests.map((r) => r.path)).toContain('/drought')
    await expect.poll(() => why.innerText(), WAIT).toContain('Tagged from the article’s full text.')
    await expect.poll(countryLabels, WAIT).toContain('Kenya 1 article')
    await countries().getByRole('button', { name: 'Kenya 1 article' }).click()
    await expect.poll(rowTitles, WAIT).toEqual(['Drought plan approved'])
    const about = await why.getByRole('region', { name: 'About' }).innerText()
    expect(about).toContain('Kenya because of')
    expect(about).toContain('NAIROBI')
    await browser.page.screenshot({ path: resolve(shots, 'tiers-full-text.png') })
    expect(browser.consoleErrors).toEqual([])
  })
})
