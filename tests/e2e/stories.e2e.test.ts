// One row per story in Chromium through the browser mode, with the real grouper in the web server: three outlets
// in three languages report one earthquake in Peru, and a fourth article is another Peruvian story. The list shows
// the quake once ("3 sources · 3 countries"); the reader lists the reports from inside and from abroad and switches
// between them; with the setting off, every report has its own row again.
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { launchBrowser, type Browser } from './browser'

const shots = resolve(__dirname, '../../.ci-out/screenshots')
const WAIT = { timeout: 30_000, interval: 250 }

interface Item {
  title: string
  slug: string
  description: string
  hoursAgo: number
}

function rss(origin: string, title: string, lang: string, items: Item[]): string {
  const entries = items.map((i) => `<item><title>${i.title}</title><link>${origin}/${i.slug}</link><guid>${i.slug}</guid>
<pubDate>${new Date(Date.now() - i.hoursAgo * 3600_000).toUTCString()}</pubDate><description>${i.description}</description></item>`)
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>${origin}/</link><language>${lang}</language>
${entries.join('\n')}</channel></rss>`
}

const QUAKE_EN = {
  title: 'Magnitude 6.8 earthquake strikes southern Peru, at least 14 dead', slug: 'quake-en', hoursAgo: 5,
  description: 'A magnitude 6.8 earthquake struck southern Peru on Tuesday, killing at least 14 people and damaging hundreds of adobe homes in the Arequipa region. The quake hit near the town of Chivay in the Colca valley at a depth of 35 km.',
}
const MINE_EN = {
  title: 'Las Bambas copper mine halts output as road blockade enters third week', slug: 'mine-en', hoursAgo: 4,
  description: 'MMG Ltd said its Las Bambas copper mine in Peru halted production after a blockade by Chumbivilcas communities of the road used to truck concentrate entered its third week.',
}
const QUAKE_ES = {
  title: 'Sismo de magnitud 6,8 en Arequipa deja 14 muertos', slug: 'sismo', hoursAgo: 4,
  description: 'Un sismo de magnitud 6,8 sacudió la región Arequipa. Defensa Civil confirmó 14 fallecidos y más de 300 viviendas de adobe afectadas cerca de Chivay, en el valle del Colca. El epicentro se ubicó a 35 kilómetros de profundidad.',
}
const QUAKE_FR = {
  title: 'Pérou : un séisme de magnitude 6,8 fait au moins 14 morts', slug: 'seisme', hoursAgo: 3,
  description: 'Un tremblement de terre de magnitude 6,8 a frappé le sud du Pérou, faisant au moins 14 morts dans la vallée du Colca, près de Chivay, selon la défense civile. Des centaines de maisons en adobe se sont effondrées.',
}

let feeds: FixtureServer
let web: WebServer
let browser: Browser

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  feeds = await startFixtureServer()
  const xml = { 'Content-Type': 'application/rss+xml' }
  feeds.route('/wire.xml', { headers: xml, body: rss(feeds.origin, 'World Wire', 'en', [QUAKE_EN, MINE_EN]) })
  feeds.route('/lima.xml', { headers: xml, body: rss(feeds.origin, 'Diario de Lima', 'es', [QUAKE_ES]) })
  feeds.route('/paris.xml', { headers: xml, body: rss(feeds.origin, 'Journal de Paris', 'fr', [QUAKE_FR]) })
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await feeds?.close()
})

type W = { __db: { table(name: string): { add(row: object): Promise<unknown>; count(): Promise<number> } } }

const list = () => browser.page.getByRole('list', { name: 'Article list' })
const reader = () => browser.page.getByRole('article', { name: 'Reader' })
const rowTitles = () => list().locator('.row-title').allInnerTexts()

async function subscribe(id: string, url: string, outletCountry: string) {
  await browser.page.evaluate(
    async ({ id, url, outletCountry }) => {
      const db = (window as unknown as W).__db
      await db.table('feeds').add({ id, url, title: id, outletCountry, failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: Date.now() })
    },
    { id, url, outletCountry },
  )
}

describe('one row per story', () => {
  it('lists three reports of one quake as one row, and lets the reader switch between them', async () => {
    const { page } = browser
    await page.goto(web.url)
    await page.waitForFunction(() => !!(window as unknown as { __db?: unknown }).__db)
    await subscribe('World Wire', feeds.url('/wire.xml'), 'GB')
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__db.table('articles').count()), WAIT).toBe(2)
    await subscribe('Diario de Lima', feeds.url('/lima.xml'), 'PE')
    await subscribe('Journal de Paris', feeds.url('/paris.xml'), 'FR')
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__db.table('storyMembers').count()), WAIT).toBe(3)

    await expect.poll(rowTitles, WAIT).toEqual([QUAKE_FR.title, MINE_EN.title])
    const storyRow = list().getByRole('listitem', { name: QUAKE_FR.title })
    await expect.poll(() => storyRow.locator('.row-story').innerText(), WAIT).toBe('3 sources · 3 countries')

    await storyRow.getByRole('button', { name: new RegExp(QUAKE_FR.title.slice(0, 20)) }).click()
    const sources = reader().getByRole('region', { name: 'Other reports of this story' })
    await expect.poll(() => sources.getByRole('heading', { level: 3 }).innerText(), WAIT).toBe('3 sources from 3 countries')
    const inside = await sources.locator('.story-group', { hasText: 'From inside' }).innerText()
    expect(inside).toContain('Diario de Lima')
    const abroad = await sources.locator('.story-group', { hasText: 'From abroad' }).innerText()
    expect(abroad).toContain('World Wire')
    expect(abroad).toContain('Journal de Paris')
    await page.screenshot({ path: resolve(shots, 'story-sources.png') })

    await sources.getByRole('button', { name: /Diario de Lima/ }).click()
    await expect.poll(() => reader().getByRole('heading', { level: 1 }).innerText(), WAIT).toBe(QUAKE_ES.title)
    expect(browser.consoleErrors).toEqual([])
  })

  it('gives every report its own row again when the setting is off', async () => {
    const { page } = browser
    await page.getByRole('button', { name: /General settings/ }).click()
    await page.getByRole('checkbox', { name: /One row per story/ }).uncheck()
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await rowTitles()).sort(), WAIT).toEqual([QUAKE_EN.title, QUAKE_ES.title, QUAKE_FR.title, MINE_EN.title].sort())
  })
})
