// The world map of the news in Chromium through the browser mode, against loopback feeds: `g m` opens it, the
// seeded countries are coloured with the sidebar's own counts, a country chosen by keyboard filters the list, the
// table lists the same counts, zoom and small-state markers work, a cell of who covers whom lists exactly its
// articles, a watched country is marked in the sidebar, axe-core finds nothing serious in light and dark;
// screenshots for the README.
import { mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memoryDesktopHost } from '../../src/main/core/desktop-host'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { launchBrowser, type Browser } from './browser'

const shots = resolve(__dirname, '../../docs/screenshots')
const WAIT = { timeout: 10_000 }
/** The browser's clock starts at the last local noon before now, and every seeded date counts back from it: the
 *  seeded articles (at most eight hours old) are all "today" for the map, whatever the wall clock says (a run just
 *  after midnight used to put the rising country's articles into yesterday). Dates stay in the past for the feeds'
 *  server. */
const START = lastNoon(new Date())
function lastNoon(now: Date): Date {
  const noon = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12)
  return noon <= now ? noon : new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1, 12)
}
const hoursAgo = (h: number) => new Date(START.getTime() - h * 3_600_000).toUTCString()

const items: [string, string][] = [
  ['French president visits Berlin for talks with the German chancellor', 'France and Germany agreed on a budget plan.'],
  ['Paris: French farmers block roads around the capital', 'Protests in France continued.'],
  ['French parliament votes on pension reform', 'Lawmakers in Paris debated late.'],
  ['Japan election: prime minister keeps majority in Tokyo', 'Turnout in Japan was low.'],
  ['Singapore opens new port terminal', 'Singapore expects more container traffic.'],
  ['Brazil: floods hit Rio Grande do Sul', 'Rivers in Brazil burst their banks.'],
]
const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Map Wire (loopback)</title><link>https://wire.example/</link>${items
  .map(([t, d], i) => `<item><title>${t}</title><link>a${i}</link><guid isPermaLink="false">https://wire.example/a${i}</guid><pubDate>${hoursAgo(i + 1)}</pubDate><description>${d}</description></item>`)
  .join('\n')}</channel></rss>`

// A Portuguese outlet (its site's ccTLD gives the outlet country) writing about Brazil, for who covers whom.
const publico = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Publico (loopback)</title><link>https://www.publico.pt/</link>${[
  ['Brazil: Lula meets Portuguese prime minister in Brasília', 'Brazil and Portugal signed a deal.'],
  ['Brazil floods: Porto Alegre airport stays closed', 'Rains in Brazil continue.'],
]
  .map(([t, d], i) => `<item><title>${t}</title><link>p${i}</link><guid isPermaLink="false">https://www.publico.pt/p${i}</guid><pubDate>${hoursAgo(i + 2)}</pubDate><description>${d}</description></item>`)
  .join('\n')}</channel></rss>`

// Five articles about Sudan in the last minutes, after two quiet weeks: a rise by the stated rule.
const minutesAgo = (m: number) => new Date(START.getTime() - m * 60_000).toUTCString()
const sudan = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Africa Desk (loopback)</title><link>https://desk.example/</link>${[1, 2, 3, 4, 5]
  .map((i) => `<item><title>Sudan: fighting spreads in Khartoum, day ${i}</title><link>s${i}</link><guid isPermaLink="false">https://desk.example/s${i}</guid><pubDate>${minutesAgo(i)}</pubDate><description>Sudan's army and the RSF clashed again in Khartoum.</description></item>`)
  .join('\n')}</channel></rss>`
const desktop = memoryDesktopHost()

let feeds: FixtureServer
let web: WebServer
let browser: Browser
let page: Page

const nav = () => page.getByRole('navigation', { name: 'Feeds' })
const list = () => page.getByRole('list', { name: 'Article list' })
const rowTitles = () => list().locator('.row-title').allInnerTexts()
const map = () => page.getByRole('region', { name: 'World map of the news' })
/** Each coloured country of the map: code → [count, fill class]. */
const mapCounts = () =>
  map()
    .locator('path[data-country]')
    .evaluateAll((els) => els.filter((e) => e.getAttribute('data-count') !== '0').map((e) => [e.getAttribute('data-country'), Number(e.getAttribute('data-count')), e.getAttribute('class')] as const))
/** The sidebar's country facet, the counts the map must agree with: name → count. */
/** The Filters tab's country counts once they hold still: while articles are being stored the sidebar re-reads at
 *  most once a second (db/paced-live-query.ts), so a read right after the feed's articles are listed may be one
 *  re-read behind. */
async function sidebarCounts(): Promise<Map<string, number>> {
  let last = ''
  for (const started = Date.now(); Date.now() - started < WAIT.timeout; await page.waitForTimeout(1200)) {
    const counts = await readSidebarCounts()
    const now = JSON.stringify([...counts])
    if (now === last) return counts
    last = now
  }
  return readSidebarCounts()
}
async function readSidebarCounts(): Promise<Map<string, number>> {
  const tab = nav().getByRole('tab', { name: /^Filters/ })
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click()
  const facet = nav().getByRole('list', { name: 'Countries' })
  const more = nav().getByRole('button', { name: /^Show all/ })
  if (await more.count()) await more.first().click()
  const labels = await facet.getByRole('button').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))
  return new Map(labels.map((l) => [l.replace(/ \d+ articles?$/, ''), Number(/(\d+) articles?$/.exec(l)?.[1])]))
}
/** Adds the loopback feed as a person does and waits for its articles. */
async function seed() {
  await expect.poll(() => page.getByRole('heading', { name: 'Welcome to Meridian' }).count(), WAIT).toBe(1)
  await addFeed('/wire.xml', items.length)
}
async function addFeed(path: string, total: number) {
  await nav().getByRole('button', { name: 'Add a feed' }).click()
  await page.keyboard.type(feeds.url(path))
  await page.keyboard.press('Enter')
  await expect.poll(() => page.locator('dialog[open]').count(), { timeout: 15_000 }).toBe(0)
  await nav().getByRole('button', { name: /^All articles/ }).click()
  await expect.poll(rowTitles, { timeout: 15_000 }).toHaveLength(total)
}
const openMap = async () => {
  if ((await map().count()) === 0) await page.getByRole('button', { name: 'Map', exact: true }).click()
  await expect.poll(() => map().getAttribute('data-map-ready'), WAIT).toBe('true')
}
const mapScale = () => map().locator('svg.world-map > g').getAttribute('transform')
const countryNames = (codes: string[]) => page.evaluate((cs) => cs.map((c) => new Intl.DisplayNames(['en'], { type: 'region' }).of(c) ?? c), codes)

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  feeds = await startFixtureServer({
    '/wire.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body: feed },
    '/publico.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body: publico },
    '/sudan.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body: sudan },
  })
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer'), service: { desktop } })
  browser = await launchBrowser()
  page = browser.page
  await browser.context.clock.install({ time: START }) // then runs on at the real pace
  await page.goto(web.url)
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await feeds?.close()
})

describe('world map of the news', () => {
  it('opens with g then m and colours the seeded countries with the sidebar\'s counts', async () => {
    await seed()
    const sidebar = await sidebarCounts()
    await page.locator('body').focus()
    await page.keyboard.press('g')
    await page.keyboard.press('m')
    await expect.poll(() => map().getAttribute('data-map-ready'), WAIT).toBe('true')
    await expect.poll(async () => (await mapCounts()).length, WAIT).toBeGreaterThan(0)
    // The shortcut puts the focus on the map's tab stop, the busiest country, so the arrow keys work at once; the
    // shortcut again goes back to the list with the focus on the Map button, not lost with the map.
    const focusedAttr = (name: string) => page.evaluate((n) => document.activeElement?.getAttribute(n), name)
    await expect.poll(() => focusedAttr('data-country'), WAIT).toBe('FR')
    await page.keyboard.press('g')
    await page.keyboard.press('m')
    await expect.poll(() => map().count(), WAIT).toBe(0)
    await expect.poll(() => focusedAttr('data-map-toggle'), WAIT).toBe('true')
    await page.keyboard.press('g')
    await page.keyboard.press('m')
    await expect.poll(() => focusedAttr('data-country'), WAIT).toBe('FR')
    const coloured = await mapCounts()
    const drawn = new Map(coloured.map(([code, n]) => [code!, n]))
    for (const code of ['FR', 'JP', 'BR']) expect(drawn.get(code), code).toBeGreaterThan(0)
    for (const [, , cls] of coloured) expect(cls).toMatch(/map-fill-[1-5]/)
    expect(await map().locator('path[data-country="FR"]').getAttribute('class')).toContain('map-fill-5') // the busiest
    expect(await map().locator('path[data-country="AR"]').getAttribute('class')).toContain('map-fill-0')
    // The same counts as the sidebar's facet, country by country (small states are in the list beside the map).
    const names = await countryNames([...drawn.keys()])
    names.forEach((name, i) => expect(drawn.get([...drawn.keys()][i]), name).toBe(sidebar.get(name)))
    const small = map().getByRole('region', { name: 'Countries not drawn at this size' })
    expect(await small.getByRole('button', { name: /^Singapore \d+ article/ }).count()).toBe(sidebar.has('Singapore') ? 1 : 0)
    expect(await map().getByRole('group', { name: 'Time range' }).getByRole('button').allInnerTexts()).toEqual(['Today', '7 days', '30 days', 'All'])
    await page.screenshot({ path: resolve(shots, 'map-light.png') })
  })

  it('reaches countries by keyboard, shows their headlines, and Enter filters the list to the country', async () => {
    await map().getByRole('button', { name: 'Who covers whom' }).focus()
    await page.keyboard.press('Tab') // into the map: its one tab stop is the busiest country
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-country'))
    expect(await focused()).toBe('FR')
    const card = map().getByRole('region', { name: 'France in this view' })
    await expect.poll(() => card.getByRole('listitem').count(), WAIT).toBe(3)
    expect(await card.getByRole('listitem').first().innerText()).toBe(items[0][0])
    await page.keyboard.press('ArrowRight') // east of France
    expect(await focused()).not.toBe('FR')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowRight')
    const code = (await focused())!
    const n = Number(await page.evaluate(() => document.activeElement?.getAttribute('data-count')))
    const [name] = await countryNames([code])
    expect((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '').toMatch(new RegExp(`^${name}, \\d+ article`))
    await page.keyboard.press('Enter')
    await expect.poll(() => map().count(), WAIT).toBe(0)
    await expect.poll(rowTitles, WAIT).toHaveLength(n)
    expect(await page.getByRole('group', { name: 'Active filters' }).getByRole('button', { name: `Remove filter ${name}` }).count()).toBe(1)
    if (n > 0) expect(await list().getByRole('img', { name }).count()).toBe(n)
  })

  it('chooses a country with more than one article from the map by keyboard and lists exactly those', async () => {
    await page.getByRole('button', { name: 'Map', exact: true }).click()
    await expect.poll(() => map().getAttribute('data-map-ready'), WAIT).toBe('true')
    await map().locator('path[data-country="FR"]').focus()
    await page.keyboard.press('Enter')
    const france = (await sidebarCounts()).get('France')!
    expect(france).toBeGreaterThanOrEqual(3)
    await expect.poll(rowTitles, WAIT).toHaveLength(france)
    for (const title of items.slice(0, 3).map(([t]) => t)) expect(await rowTitles()).toContain(title)
    await page.getByRole('group', { name: 'Active filters' }).getByRole('button', { name: 'Remove filter France' }).click()
    await expect.poll(rowTitles, WAIT).toHaveLength(items.length)
  })

  it('lists the same counts as a table', async () => {
    await page.getByRole('button', { name: 'Map', exact: true }).click()
    await expect.poll(async () => (await mapCounts()).length, WAIT).toBeGreaterThan(0)
    const drawn = await mapCounts()
    await map().getByRole('button', { name: 'Show as table' }).click()
    const rows = await map()
      .getByRole('table')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-country'), Number(tr.querySelector('td')?.textContent)] as const))
    // The table also holds the small states the map does not draw; every drawn count is in it, equal.
    const table = new Map(rows)
    for (const [code, n] of drawn) expect(table.get(code), code!).toBe(n)
    const sidebar = await sidebarCounts()
    expect(rows.length).toBe([...sidebar.values()].filter((n) => n > 0).length)
    expect(rows.map(([, n]) => n)).toEqual([...rows.map(([, n]) => n)].sort((a, b) => b - a))
    await map().getByRole('button', { name: 'Show as map' }).click()
  })

  it('zooms with the keyboard, the wheel and the buttons, and reaches a small state through its marker', async () => {
    await openMap()
    expect(await mapScale()).toContain('scale(1)')
    await map().locator('path[data-country="FR"]').focus()
    await page.keyboard.press('+')
    await expect.poll(mapScale, WAIT).toContain('scale(1.5)')
    await page.keyboard.press('+')
    await expect.poll(mapScale, WAIT).toContain('scale(2.25)')
    await page.keyboard.press('0')
    await expect.poll(mapScale, WAIT).toContain('scale(1)')
    await map().getByRole('button', { name: 'Zoom in' }).click()
    await expect.poll(mapScale, WAIT).toContain('scale(1.5)')
    await map().getByRole('button', { name: 'Show the whole world' }).click()
    await expect.poll(mapScale, WAIT).toContain('scale(1)')
    const box = (await map().locator('svg.world-map').boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.wheel(0, -100)
    await expect.poll(mapScale, WAIT).toContain('scale(1.5)')
    await map().getByRole('button', { name: 'Show the whole world' }).click()
    // Singapore is not in the 110 m atlas: a marker stands for it, a button like the shapes.
    expect((await sidebarCounts()).get('Singapore')).toBe(1)
    const marker = map().locator('circle[data-country="SG"]')
    expect(await marker.getAttribute('aria-label')).toBe('Singapore, 1 article')
    await marker.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => map().count(), WAIT).toBe(0)
    await expect.poll(rowTitles, WAIT).toEqual(['Singapore opens new port terminal'])
    await page.getByRole('group', { name: 'Active filters' }).getByRole('button', { name: 'Remove filter Singapore' }).click()
    await expect.poll(rowTitles, WAIT).toHaveLength(items.length)
  })

  it('lists who covers whom, and a cell lists exactly its articles', async () => {
    await addFeed('/publico.xml', items.length + 2)
    await openMap()
    await map().getByRole('button', { name: 'Who covers whom' }).click()
    const matrix = map().getByRole('table')
    await expect.poll(() => matrix.getAttribute('data-map-matrix'), WAIT).toBe('ready')
    // Each column adds up to the sidebar's count for the country.
    const sidebar = await sidebarCounts()
    const brazil = await matrix.locator('td[data-about="BR"]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-count'))))
    expect(brazil.reduce((a, b) => a + b, 0)).toBe(sidebar.get('Brazil'))
    const cell = matrix.locator('tr[data-outlet="PT"] td[data-about="BR"]')
    const n = Number(await cell.getAttribute('data-count'))
    expect(n).toBe(2)
    expect(await matrix.locator('tr[data-outlet="?"] th').innerText()).toBe('No outlet country set')
    await page.screenshot({ path: resolve(shots, 'map-matrix.png') })
    await cell.getByRole('button', { name: '2 articles about Brazil from outlets in Portugal' }).click()
    await expect.poll(() => map().count(), WAIT).toBe(0)
    await expect.poll(rowTitles, WAIT).toHaveLength(2)
    for (const title of await rowTitles()) expect(title).toMatch(/^Brazil/)
    const chips = page.getByRole('group', { name: 'Active filters' })
    expect(await chips.getByRole('button', { name: 'Remove filter Brazil' }).count()).toBe(1)
    await chips.getByRole('button', { name: 'Remove filter Brazil' }).click()
    await chips.getByRole('button', { name: /^Remove filter .*Portugal/ }).click()
    await expect.poll(rowTitles, WAIT).toHaveLength(items.length + 2)
  })

  it('shows who covers a country from inside and abroad, and marks a watched country in the sidebar', async () => {
    await openMap()
    await map().getByRole('button', { name: 'Show as map' }).click()
    await map().locator('path[data-country="BR"]').focus()
    const card = map().getByRole('region', { name: 'Brazil in this view' })
    await card.getByRole('button', { name: 'Who covers Brazil?' }).click()
    const coverage = map().getByRole('region', { name: 'Who covers Brazil' })
    await expect.poll(() => coverage.innerText(), WAIT).toContain('from abroad')
    expect(await coverage.innerText()).toMatch(/3 articles in this view: 0 from outlets in Brazil, 2 from abroad, 1 from outlets of no set country/)
    expect(await coverage.getByRole('list', { name: 'Feeds with most articles about Brazil' }).getByRole('listitem').first().innerText()).toMatch(/^Publico \(loopback\) 2 articles/)
    await card.getByRole('button', { name: 'Watch Brazil' }).click()
    await expect.poll(() => card.getByRole('button', { name: 'Watch Brazil' }).getAttribute('aria-pressed'), WAIT).toBe('true')
    expect(await map().locator('path[data-country="BR"]').getAttribute('aria-label')).toBe('Brazil, 3 articles, watched')
    const watched = nav().getByRole('list', { name: 'Watched countries' })
    await expect.poll(() => watched.getByRole('button').first().innerText(), WAIT).toMatch(/^★\s*Brazil\s+3 new$/)
  })

  it('lists a country rising today with its headlines, marks it when watched, and notifies once', async () => {
    await openMap()
    await map().locator('path[data-country="SD"]').focus()
    await map().getByRole('region', { name: 'Sudan in this view' }).getByRole('button', { name: 'Watch Sudan' }).click()
    await page.getByRole('button', { name: 'Map', exact: true }).click() // back to the list to add a feed
    await addFeed('/sudan.xml', items.length + 2 + 5)
    await openMap()
    const rising = map().getByRole('region', { name: 'Rising today' })
    const sd = rising.locator('li[data-rising="SD"]')
    await expect.poll(() => sd.count(), WAIT).toBe(1)
    expect(await sd.innerText()).toContain('Sudan 5 today, usually 0.0 a day')
    await expect.poll(() => sd.getByRole('listitem').count(), WAIT).toBe(3)
    expect(await sd.getByRole('listitem').first().innerText()).toBe('Sudan: fighting spreads in Khartoum, day 1')
    const watched = nav().getByRole('list', { name: 'Watched countries' })
    await expect.poll(() => watched.getByRole('button', { name: /^Sudan/ }).innerText(WAIT), WAIT).toMatch(/Sudan\s+5 new\s+rising$/)
    await expect.poll(() => desktop.notified.filter((h) => h.label.startsWith('Sudan (rising')).length, WAIT).toBe(1)
    expect(desktop.notified.find((h) => h.label.startsWith('Sudan (rising'))?.title).toBe('Sudan: fighting spreads in Khartoum, day 1')
    // New articles about the watched country went through the same watch (one hit per article).
    expect(desktop.notified.filter((h) => h.watchKey === 'country:SD').length).toBe(6)
    await page.reload()
    await openMap()
    await expect.poll(() => map().getByRole('region', { name: 'Rising today' }).locator('li[data-rising="SD"]').count(), WAIT).toBe(1)
    expect(desktop.notified.filter((h) => h.label.startsWith('Sudan (rising')).length).toBe(1) // once a day
    // Trends follow the view: within the wire's own feed nothing about Sudan was published, so nothing rises.
    await page.getByRole('button', { name: 'Map', exact: true }).click()
    await nav().getByRole('tab', { name: /^Feeds/ }).click()
    await nav().getByRole('button', { name: /^Map Wire \(loopback\)/ }).click()
    await openMap()
    await expect.poll(() => map().getByRole('region', { name: 'Rising today' }).innerText(), WAIT).toContain('No country is rising today.')
    expect(await map().getByRole('region', { name: 'Rising today' }).innerText()).toContain('Counted in this view.')
    // So does the card's sparkline: Brazil has three articles in the library, one of them from the wire.
    await map().locator('path[data-country="BR"]').focus()
    await expect.poll(() => map().getByRole('region', { name: 'Brazil in this view' }).locator('.map-trend').innerText(), WAIT).toMatch(/^30 days: 1 article, most on /)
    await page.getByRole('button', { name: 'Map', exact: true }).click()
    await nav().getByRole('button', { name: /^All articles/ }).click()
    await openMap()
  })

  it('has no serious or critical axe-core violations in light and dark; screenshots', async () => {
    await page.evaluate(readFileSync(resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8'))
    const violations = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe
        const result = await axe.run()
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
    expect(await violations()).toEqual([])
    await map().locator('path[data-country="BR"]').hover() // France's box centre is at sea, between Europe and Guiana
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await violations()).toEqual([])
    await page.screenshot({ path: resolve(shots, 'map-dark.png') })
    await map().getByRole('button', { name: 'Show as table' }).click()
    expect(await violations()).toEqual([])
    await map().getByRole('button', { name: 'Who covers whom' }).click()
    await expect.poll(() => map().getByRole('table').getAttribute('data-map-matrix'), WAIT).toBe('ready')
    await map().getByRole('table').getByRole('button', { name: 'Brazil', exact: true }).click() // its coverage card
    await expect.poll(() => map().getByRole('region', { name: 'Who covers Brazil' }).count(), WAIT).toBe(1)
    expect(await violations()).toEqual([])
    await page.emulateMedia({ colorScheme: 'light' })
    expect(browser.consoleErrors, browser.consoleErrors.join('\n')).toEqual([])
  })
})
