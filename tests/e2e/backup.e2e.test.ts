// Backup and restore in Chromium through the browser mode: a reader with two feeds (one in a folder), a starred
// article and a read one backs up from the settings, loses the whole profile (IndexedDB and localStorage wiped),
// restores the file, and finds feeds, folder, articles, star, read mark and settings again.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { launchBrowser, type Browser } from './browser'

const shots = resolve(__dirname, '../../.ci-out/screenshots')
const WAIT = { timeout: 30_000, interval: 250 }

function rss(origin: string, title: string, items: string[]): string {
  const entries = items.map((t, i) => `<item><title>${t}</title><link>${origin}/${encodeURIComponent(t)}</link><guid>${title}-${i}</guid>
<pubDate>${new Date(Date.now() - (i + 1) * 3600_000).toUTCString()}</pubDate><description>${t}, the report said.</description></item>`)
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>${origin}/</link>${entries.join('\n')}</channel></rss>`
}

let feeds: FixtureServer
let web: WebServer
let browser: Browser
let downloads: string

beforeAll(async () => {
  mkdirSync(shots, { recursive: true })
  downloads = mkdtempSync(join(tmpdir(), 'meridian-backup-e2e-'))
  feeds = await startFixtureServer()
  const xml = { 'Content-Type': 'application/rss+xml' }
  feeds.route('/world.xml', { headers: xml, body: rss(feeds.origin, 'World Desk', ['Harbour reopens after storm', 'Grain talks resume']) })
  feeds.route('/science.xml', { headers: xml, body: rss(feeds.origin, 'Science Desk', ['Probe reaches comet']) })
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await feeds?.close()
  rmSync(downloads, { recursive: true, force: true })
})

type Table = { add(row: object): Promise<unknown>; count(): Promise<number>; toArray(): Promise<Record<string, unknown>[]> }
type W = { __db: { table(name: string): Table } }

const list = () => browser.page.getByRole('list', { name: 'Article list' })
const nav = () => browser.page.getByRole('navigation', { name: 'Feeds' })
const count = (table: string) => browser.page.evaluate((t) => (window as unknown as W).__db.table(t).count(), table)

async function openSettings() {
  await browser.page.getByRole('button', { name: /General settings/ }).click()
  return browser.page.getByRole('region', { name: 'Backup' })
}

describe('backup and restore', () => {
  it('restores feeds, folder, articles, star, read mark and settings into a wiped profile', async () => {
    const { page } = browser
    await page.goto(web.url)
    await page.waitForFunction(() => !!(window as unknown as { __db?: unknown }).__db)
    await page.evaluate(async ({ world, science }) => {
      const db = (window as unknown as W).__db
      await db.table('feeds').add({ id: 'world', url: world, title: 'World Desk', folder: 'Desks', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: Date.now() })
      await db.table('feeds').add({ id: 'science', url: science, title: 'Science Desk', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: Date.now() })
    }, { world: feeds.url('/world.xml'), science: feeds.url('/science.xml') })
    await expect.poll(() => count('articles'), WAIT).toBe(3)

    await list().getByRole('listitem', { name: 'Grain talks resume' }).getByRole('button', { name: 'Star' }).click()
    await list().getByRole('button', { name: /Probe reaches comet/ }).click()
    await expect.poll(() => page.evaluate(async () => (await (window as unknown as W).__db.table('articles').toArray()).filter((a) => a.isRead).map((a) => a.title)), WAIT).toEqual(['Probe reaches comet'])
    await page.evaluate(() => localStorage.setItem('meridian.story-settings', '{"state":{"oneRowPerStory":false,"readStoryTogether":true},"version":0}'))

    const backup = await openSettings()
    const download = page.waitForEvent('download')
    await backup.getByRole('button', { name: 'Back up now…' }).click()
    const file = join(downloads, 'backup.json')
    await (await download).saveAs(file)
    await expect.poll(() => backup.getByRole('status').innerText(), WAIT).toContain('Backup saved: 2 feeds, 3 articles')
    await page.keyboard.press('Escape')

    // The profile is lost: IndexedDB and localStorage wiped, the page loaded again.
    await page.evaluate(async () => {
      localStorage.clear()
      await new Promise<void>((done, fail) => {
        const req = indexedDB.deleteDatabase('meridian')
        req.onsuccess = () => done()
        req.onerror = () => fail(req.error)
      })
    })
    await page.reload()
    await page.waitForFunction(() => !!(window as unknown as { __db?: unknown }).__db)
    expect(await count('feeds')).toBe(0)

    const restore = await openSettings()
    await restore.getByLabel('Backup file to restore').setInputFiles(file)
    await expect.poll(() => restore.getByRole('status').innerText(), WAIT).toContain('Restored: 2 feeds added')
    await restore.scrollIntoViewIfNeeded()
    await restore.screenshot({ path: resolve(shots, 'backup-restored.png') })
    await page.keyboard.press('Escape')

    const stored = await page.evaluate(async () => {
      const db = (window as unknown as W).__db
      const a = await db.table('articles').toArray()
      const f = await db.table('feeds').toArray()
      return {
        feeds: f.map((x) => `${x.title}/${x.folder ?? ''}`).sort(),
        starred: a.filter((x) => x.isStarred).map((x) => x.title),
        read: a.filter((x) => x.isRead).map((x) => x.title),
        articles: a.length,
        settings: localStorage.getItem('meridian.story-settings'),
      }
    })
    expect(stored).toEqual({
      feeds: ['Science Desk/', 'World Desk/Desks'], starred: ['Grain talks resume'], read: ['Probe reaches comet'], articles: 3,
      settings: '{"state":{"oneRowPerStory":false,"readStoryTogether":true},"version":0}',
    })
    await expect.poll(() => nav().innerText(), WAIT).toContain('World Desk')
    expect(browser.consoleErrors).toEqual([])
  })
})
