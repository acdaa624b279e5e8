// The fault suite's OPML part (issue 16): Chromium killed (SIGKILL), or the window closed, while a large OPML file is
// being imported through the real dialog. After a relaunch on the same profile every batch the import committed is
// there whole (the file's first feeds, each row complete, none twice), the rest of the file is absent, what was
// stored before the import (articles, read and starred marks, derived rows) is untouched, and importing the same
// file again adds exactly the feeds that were missing.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { FAR_FUTURE, benchFeedId, benchFeedUrl, buildFeedResult } from '../../bench/lib/feed-results'
import type { FeedResult } from '../../src/shared/model'
import { killChromium, launchOnProfile } from './faults-browser'

/** Large enough that the import is still running well after its first batch committed (batches of 500, 1,000,
 *  2,000, 4,000, then 4,000 each). */
const FILE_FEEDS = 12_000
const ITEMS = 40
const importUrl = (i: number) => `http://127.0.0.1:9/opml/${i}.xml` // port 9: never answers

type Stored = { id: string; url: string; title: string; folder?: string; intervalMinutes: number; nextPollAt?: number; failureCount: number; isDead: boolean }
type Hooks = {
  __bench: {
    db: {
      feeds: { toArray(): Promise<Stored[]> }
      articles: { where(i: string): { equals(v: string): { count(): Promise<number> } }; get(id: string): Promise<{ isRead: number; isStarred: number } | undefined> }
    }
    putFeeds(f: unknown[]): Promise<unknown>
    setRetention(r: object): Promise<unknown>
    ingestFeedResult(r: FeedResult): Promise<unknown>
    queries: Record<string, (...args: unknown[]) => Promise<unknown>>
    checkDerived(): Promise<{ articles: number; listRows: number; listMismatches: number; counterMismatches: number; searchMismatches: number }>
  }
}

let web: WebServer
beforeAll(async () => {
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
})
afterAll(async () => {
  await web?.close()
})

function opmlFile(): string {
  const folders: string[] = []
  for (let f = 0; f * 100 < FILE_FEEDS; f++) {
    const outlines = Array.from({ length: Math.min(100, FILE_FEEDS - f * 100) }, (_, k) => `<outline type="rss" text="Feed ${f * 100 + k}" xmlUrl="${importUrl(f * 100 + k)}"/>`)
    folders.push(`<outline text="Folder ${f}">${outlines.join('')}</outline>`)
  }
  return `<?xml version="1.0"?><opml version="2.0"><head><title>fault</title></head><body>${folders.join('')}</body></opml>`
}

async function openApp(page: Page): Promise<void> {
  await page.goto(web.url)
  await page.waitForFunction(() => !!(window as unknown as Partial<Hooks>).__bench, undefined, { timeout: 60_000 })
}

const importFile = (page: Page, text: string) =>
  page.getByRole('navigation', { name: 'Feeds' }).getByLabel('OPML file to import').setInputFiles({ name: 'fault.opml', mimeType: 'text/x-opml', buffer: Buffer.from(text) })

const statusText = (page: Page) => page.evaluate(() => document.querySelector('dialog[open] [role="status"]')?.textContent ?? '')

describe.each(['browser killed', 'window closed'] as const)('mid-import, %s', (how) => {
  let profile: string
  let context: BrowserContext | undefined
  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'meridian-faults-import-'))
  })
  afterAll(async () => {
    await context?.close().catch(() => undefined)
    await rm(profile, { recursive: true, force: true })
  })

  it('keeps every committed batch whole and nothing else, and a second import completes it', { timeout: 400_000 }, async () => {
    const stored = await buildFeedResult(0, ITEMS)
    const ids = stored.kind === 'updated' ? stored.articles.slice(0, 2).map((a) => a.id) : []
    const wire = { id: benchFeedId(0), url: benchFeedUrl(0), title: 'Wire 0', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: 0, nextPollAt: FAR_FUTURE }
    context = await launchOnProfile(profile)
    let page = context.pages()[0] ?? (await context.newPage())
    await openApp(page)
    await page.evaluate(async ({ wire, stored, ids }) => {
      const w = window as unknown as Hooks
      await w.__bench.putFeeds([wire])
      await w.__bench.setRetention({ maxPerFeed: 100_000, keepReadDays: 100_000 })
      await w.__bench.ingestFeedResult(stored)
      await w.__bench.queries.markRead(w.__bench.db, ids[0], true)
      await w.__bench.queries.toggleStar(w.__bench.db, ids[1])
    }, { wire, stored, ids })

    const file = opmlFile()
    // A slowed CPU keeps the import going for a while after its first batch: on a quick machine all 12,000 feeds were
    // committed before the window had closed, so the fault came after the import instead of in the middle of it.
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 6 })
    await importFile(page, file)
    // The first batch is committed when the dialog first shows a count; the fault comes right then.
    await page.waitForFunction(() => /^Subscribing… [1-9]/.test(document.querySelector('dialog[open] [role="status"]')?.textContent ?? ''), undefined, { timeout: 120_000, polling: 10 })
    const shownAtFault = Number(/… ([\d,]+)/.exec(await statusText(page))?.[1]?.replace(/,/g, '') ?? 0)
    if (how === 'browser killed') {
      expect(killChromium(profile)).toBeGreaterThan(0)
      await context.close().catch(() => undefined)
      context = await launchOnProfile(profile)
      page = context.pages()[0] ?? (await context.newPage())
    } else {
      await page.close({ runBeforeUnload: false })
      page = await context.newPage()
    }
    await openApp(page)

    const after = await page.evaluate(async ({ ids, feedId }) => {
      const w = window as unknown as Hooks
      const [read, starred] = await Promise.all(ids.map((id) => w.__bench.db.articles.get(id)))
      return {
        feeds: await w.__bench.db.feeds.toArray(),
        articles: await w.__bench.db.articles.where('feedId').equals(feedId).count(),
        read: read?.isRead,
        starred: starred?.isStarred,
        derived: await w.__bench.checkDerived(),
      }
    }, { ids, feedId: wire.id })

    const imported = after.feeds.filter((f) => f.id !== wire.id)
    const indexes = imported.map((f) => Number(/\/opml\/(\d+)\.xml$/.exec(f.url)?.[1] ?? -1)).sort((a, b) => a - b)
    // Committed batches only: the file's first K feeds, each once, K at a batch boundary, at least what was shown.
    expect(indexes).toEqual(Array.from({ length: imported.length }, (_, i) => i))
    expect([500, 1500, 3500, 7500, 11_500]).toContain(imported.length)
    expect(imported.length).toBeGreaterThanOrEqual(shownAtFault)
    expect(imported.length).toBeLessThan(FILE_FEEDS)
    // Each row whole: its name and folder from the file, a schedule, no error state.
    const i0 = (f: Stored) => Number(/\/opml\/(\d+)\.xml$/.exec(f.url)?.[1])
    expect(imported.filter((f) => f.title !== `Feed ${i0(f)}` || f.folder !== `Folder ${Math.floor(i0(f) / 100)}` || f.intervalMinutes !== 30 || typeof f.nextPollAt !== 'number' || f.failureCount !== 0 || f.isDead)).toEqual([])
    // What was stored before the import is untouched.
    expect(after.feeds.find((f) => f.id === wire.id)?.url).toBe(wire.url)
    expect(after.articles).toBe(stored.kind === 'updated' ? stored.articles.length : -1)
    expect([after.read, after.starred]).toEqual([1, 1])
    expect(after.derived).toMatchObject({ listMismatches: 0, counterMismatches: 0, searchMismatches: 0, listRows: after.derived.articles })

    // Importing the same file again adds exactly what the fault left out.
    await importFile(page, file)
    await page.waitForFunction(() => /^(Subscribed|No new|All)/.test(document.querySelector('dialog[open] [role="status"]')?.textContent ?? ''), undefined, { timeout: 300_000, polling: 50 })
    const summary = await statusText(page)
    expect(summary).toBe(`Subscribed to ${(FILE_FEEDS - imported.length).toLocaleString()} feeds; ${imported.length.toLocaleString()} already subscribed.`)
    const total = await page.evaluate(async () => new Set((await (window as unknown as Hooks).__bench.db.feeds.toArray()).map((f) => f.url)).size)
    expect(total).toBe(FILE_FEEDS + 1)
  })
})
