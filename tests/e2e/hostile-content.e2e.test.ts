// Hostile content in Chromium: the feedparser sanitize corpus and our own payload list (scripts, handlers,
// javascript:/data:/vbscript: URLs, SVG/MathML mutation XSS, CSS exfiltration, base/meta/form, frames, srcdoc,
// DOM clobbering), batched into a loopback JSON Feed whose item pages hold the same payloads. Each batch is
// shown in the reader (feed version and downloaded full text), with remote images off, and offline. A hit is
// window.__pwned set, a dialog, a popup, the app navigated away, dangerous markup left in the reader, a click
// on a link doing anything but "open in the system browser" with http(s), or the browser asking any other
// origin for something (only images, without a Referer, while remote images are allowed).
import { resolve } from 'node:path'
import { build } from 'esbuild'
import type { Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server'
import { launchBrowser, type Browser } from './browser'
import { findDangerousMarkup, readFlags, RECORD_VIOLATIONS } from './hostile-content-oracle'
import { corpusPayloads, ownPayloads, type Payload } from './hostile-content-payloads'

const PER_ARTICLE = 100
const WAIT = { timeout: 20_000, interval: 200 }
const FILLER = 'The committee met on Tuesday to discuss the harbour plan, and members said the vote would follow next week. '

let feeds: FixtureServer
let canary: FixtureServer
let web: WebServer
let browser: Browser
let batches: Payload[][] = []
const hits: string[] = []
/** Requests the browser made to any origin but the app's, for the pass under way. */
let outside: { url: string; type: string; referer?: string }[] = []

const title = (i: number) => `Hostile batch ${String(i).padStart(2, '0')}`
const startMarker = (i: number) => `START-OF-BATCH-${i}`
const pageMarker = (i: number) => `START-OF-PAGE-${i}`
/** After each payload: counting these in the shown text says how many payloads were parsed in their own context. */
const payloadMarker = (p: Payload) => `<p>[[${p.id}]]</p>`
const batchHtml = (batch: Payload[], i: number) => `<p>${startMarker(i)}</p>${batch.map((p) => `<div>${p.html}</div>${payloadMarker(p)}`).join('\n')}`

function jsonFeed(origin: string): string {
  const items = batches.map((batch, i) => ({
    id: `hostile-${i}`,
    url: `${origin}/page/${i}`,
    title: title(i),
    content_html: batchHtml(batch, i),
    date_published: new Date(Date.UTC(2026, 10, 1, 12, i)).toISOString(),
  }))
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Hostile Wire', home_page_url: `${origin}/`, items })
}

/** The item's web page: the payloads among paragraphs, so that Readability keeps most of them as the article. */
function articlePage(batch: Payload[], i: number): string {
  const body = batch.map((p) => `<div><p>${FILLER}</p>${p.html}</div>${payloadMarker(p)}`).join('\n')
  return `<!doctype html><html><head><title>${title(i)}</title><script>top.__pwned='page-head'</script></head><body><article><h1>${title(i)}</h1><p>${pageMarker(i)} ${FILLER}</p>${body}</article></body></html>`
}

/**
 * Batches of about PER_ARTICLE payloads. A payload that leaves a comment or raw-text element open swallows
 * everything after it, so those (found by sanitizing each payload alone, followed by a marker) go last, one a batch.
 */
async function makeBatches(payloads: Payload[], sanitizer: string): Promise<Payload[][]> {
  const page = await browser.context.newPage()
  await page.setContent('<!doctype html><body></body>')
  await page.addScriptTag({ content: sanitizer })
  const swallows = await page.evaluate((htmls) => htmls.map((html) => {
    const div = document.createElement('div')
    div.innerHTML = (window as unknown as Sanitizer).MeridianSanitize.sanitizeArticleHtml(`${html}<p>MARK</p>`, 'https://news.example/')
    return !div.textContent!.includes('MARK')
  }), payloads.map((p) => p.html))
  await page.close()
  const swallowers = payloads.filter((_, i) => swallows[i])
  const rest = payloads.filter((_, i) => !swallows[i])
  const count = Math.max(swallowers.length, Math.ceil(rest.length / PER_ARTICLE))
  const size = Math.ceil(rest.length / count)
  return Array.from({ length: count }, (_, i) => [...rest.slice(i * size, (i + 1) * size), ...(swallowers[i] ? [swallowers[i]!] : [])])
}

type Sanitizer = { MeridianSanitize: { sanitizeArticleHtml(h: string, b: string): string } }
let sanitizer = ''
let swallowerCount = 0

beforeAll(async () => {
  canary = await startFixtureServer()
  browser = await launchBrowser()
  const bundle = await build({ entryPoints: [resolve(__dirname, '../../src/renderer/src/lib/sanitize.ts')], bundle: true, format: 'iife', globalName: 'MeridianSanitize', write: false, logLevel: 'silent' })
  sanitizer = bundle.outputFiles[0]!.text
  const payloads = [...ownPayloads(canary.origin), ...corpusPayloads(canary.origin)]
  batches = await makeBatches(payloads, sanitizer)
  swallowerCount = batches.length
  feeds = await startFixtureServer()
  feeds.route('/feed.json', { headers: { 'Content-Type': 'application/feed+json' }, body: jsonFeed(feeds.origin) })
  batches.forEach((batch, i) => feeds.route(`/page/${i}`, { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: articlePage(batch, i) }))
  web = await startWebServer({ port: 0, rendererDir: resolve(__dirname, '../../out/renderer') })
  const { page, context } = browser
  await context.addInitScript(RECORD_VIOLATIONS)
  // In browser mode "open externally" is a new tab (window.open): the browser is the system browser. The test
  // records what the app asks to open there instead of loading it, and checks every such URL is http(s).
  await context.addInitScript(() => {
    const opened: string[] = []
    Object.defineProperty(window, '__openedExternally', { value: opened })
    window.open = (url?: string | URL) => {
      opened.push(String(url))
      return null
    }
  })
  page.on('dialog', (d) => {
    hits.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  context.on('page', (p) => hits.push(`popup: ${p.url()}`))
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame() && !f.url().startsWith(web.url)) hits.push(`navigated to ${f.url()}`)
  })
  context.on('request', (r: Request) => {
    const url = r.url()
    if (url.startsWith(web.url) || url.startsWith('data:') || url.startsWith('blob:')) return
    outside.push({ url, type: r.resourceType(), referer: r.headers().referer })
  })
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await web?.close()
  await feeds?.close()
  await canary?.close()
})

type Db = { table(name: string): { put(row: object): Promise<unknown>; get(key: string): Promise<Record<string, unknown> | undefined>; count(): Promise<number>; where(i: string): { equals(v: string): { count(): Promise<number> } } }; feeds: { add(f: object): Promise<unknown> } }

async function setSettings(patch: object): Promise<void> {
  await browser.page.evaluate(async (p) => {
    const table = (window as unknown as { __db: Db }).__db.table('offlineSettings')
    await table.put({ ...(await table.get('settings')), ...p, key: 'settings' })
  }, patch)
}

/** Shows batch i in the reader in the current view, then checks every oracle; returns the view it showed. */
async function showAndCheck(i: number, label: string, expectRemote: boolean, marker: string): Promise<number> {
  const { page } = browser
  const content = page.getByRole('article', { name: 'Reader' }).locator('.reader-content')
  await expect.poll(() => content.innerText().catch(() => ''), WAIT).toContain(marker)
  await page.waitForTimeout(150) // let lazy images, media and any timer a payload set go
  const text = await content.innerText()
  const parsedAlone = batches[i]!.filter((p) => text.includes(`[[${p.id}]]`)).length
  const where = `${label}, batch ${i}`
  for (const finding of await findDangerousMarkup(page, '.reader-content')) hits.push(`${where}: ${finding}`)
  // Clicking every link must only ever ask the host to open an http(s) URL externally.
  const openedList = () => page.evaluate(() => [...(window as unknown as { __openedExternally: string[] }).__openedExternally])
  const opened = (await openedList()).length
  await page.locator('.reader-content a').evaluateAll((links) => links.forEach((a) => (a as HTMLAnchorElement).click()))
  for (const url of (await openedList()).slice(opened)) if (!/^https?:\/\//.test(url)) hits.push(`${where}: opened ${url}`)
  const { pwned } = await readFlags(page)
  if (pwned !== undefined) hits.push(`${where}: window.__pwned = ${pwned}`)
  for (const r of outside.splice(0)) {
    const isShownImage = expectRemote && r.type === 'image' && !r.referer
    if (!isShownImage) hits.push(`${where}: ${r.type} request to ${r.url}${r.referer ? ` with Referer ${r.referer}` : ''}`)
  }
  return parsedAlone
}

async function openBatch(i: number): Promise<void> {
  await browser.page.getByRole('button', { name: new RegExp(title(i)) }).first().click()
}

interface PassReport {
  views: number
  /** Payloads whose following marker showed, so each was parsed in its own context: feed version, full text. */
  feedParsed: number
  fullParsed: number
  /** Inert-parse blocks (see checkViolations). */
  cspBlocks?: number
}

/**
 * CSP blocks seen in the app page. Only two are expected, and neither comes from the shown article: Chromium checks
 * <base href> and <track src> even in the inert documents DOMPurify and the image rewrite parse into (and the
 * CSP refuses both there). Any other block means a payload reached the live page.
 */
async function checkViolations(label: string): Promise<number> {
  const violations: string[] = await browser.page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations?.splice(0) ?? [])
  for (const v of violations) if (!/^(base-uri|media-src) /.test(v)) hits.push(`${label}: CSP blocked ${v}`)
  return violations.length
}

/** Every batch in full text (when downloaded) and in the feed's version. */
async function readAll(label: string, expectRemote: boolean): Promise<PassReport> {
  const { page } = browser
  const report: PassReport = { views: 0, feedParsed: 0, fullParsed: 0 }
  for (let i = 0; i < batches.length; i++) {
    await openBatch(i)
    const toggle = page.getByRole('article', { name: 'Reader' }).getByRole('button', { name: /Show (feed version|full article)/ })
    const content = page.getByRole('article', { name: 'Reader' }).locator('.reader-content')
    const shownView = async () => {
      const text = await content.innerText().catch(() => '')
      return text.includes(pageMarker(i)) ? 'full' : text.includes(startMarker(i)) ? 'feed' : 'none'
    }
    // Batch i on screen with its toggle (every batch has its page downloaded, asserted below), and settled: the
    // reader may switch to the full text once the stored copy is read.
    await expect.poll(async () => (await toggle.count()) === 1 && (await shownView()) !== 'none', WAIT).toBe(true)
    await page.waitForTimeout(200)
    for (let view = 0; view < 2; view++) {
      const isFull = (await shownView()) === 'full'
      const parsed = await showAndCheck(i, `${label}, ${isFull ? 'full text' : 'feed version'}`, expectRemote, isFull ? pageMarker(i) : startMarker(i))
      report.views++
      if (isFull) report.fullParsed += parsed
      else report.feedParsed += parsed
      if (view === 0) {
        await toggle.click()
        await expect.poll(shownView, WAIT).toBe(isFull ? 'feed' : 'full')
      }
    }
  }
  report.cspBlocks = await checkViolations(label)
  return report
}

describe('hostile content', () => {
  it('the sanitizer alone, in a page without any CSP, lets no payload act', async () => {
    const page = await browser.context.newPage()
    hits.length = 0 // the popup listener counted this page
    page.on('dialog', (d) => {
      hits.push(`bare page dialog: ${d.message()}`)
      void d.dismiss()
    })
    await page.setContent('<!doctype html><body><div class="reader-content"></div></body>')
    await page.addScriptTag({ content: sanitizer })
    outside = []
    for (const [i, batch] of batches.entries()) {
      await page.evaluate(([html, base]) => {
        const w = window as unknown as Sanitizer
        document.querySelector('.reader-content')!.innerHTML = w.MeridianSanitize.sanitizeArticleHtml(html, base)
      }, [batchHtml(batch, i), `${feeds.origin}/page/${i}`] as const)
      await page.waitForTimeout(100)
      for (const finding of await findDangerousMarkup(page, '.reader-content')) hits.push(`bare page, batch ${i}: ${finding}`)
    }
    const { pwned } = await readFlags(page)
    if (pwned !== undefined) hits.push(`bare page: window.__pwned = ${pwned}`)
    // No CSP here, so <video>/<track> sources may load too; anything else (script, style, frame, fetch...) is a hit.
    for (const r of outside.splice(0)) if (!['image', 'media', 'texttrack'].includes(r.type) || r.referer) hits.push(`bare page: ${r.type} request to ${r.url}`)
    await page.close()
    console.info(`hostile content: ${batches.flat().length} payloads (${ownPayloads('').length} own, ${batches.flat().length - ownPayloads('').length} from the feedparser corpus) in ${batches.length} batches, sanitizer without CSP`)
    expect(hits).toEqual([])
  })

  it('shows every payload in the reader, feed version and full text, with remote images on, then off, then offline', async () => {
    const { page, context } = browser
    await page.goto(web.url)
    await page.waitForFunction(() => !!(window as unknown as { __db?: unknown }).__db)
    await setSettings({ feedModes: { hostile: 'always' } })
    await page.evaluate(
      (url) => (window as unknown as { __db: Db }).__db.feeds.add({ id: 'hostile', url, title: 'Hostile Wire', failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: Date.now() }),
      feeds.url('/feed.json'),
    )
    const settled = () => page.evaluate(async () => {
      const t = (window as unknown as { __db: Db }).__db.table('offlineArticles')
      return (await t.where('status').equals('done').count()) + (await t.where('status').equals('failed').count())
    })
    await expect.poll(settled, { timeout: 60_000, interval: 500 }).toBe(batches.length)
    canary.requests.length = 0 // the bare-page test had no CSP; from here on, only the app's requests count
    const fullTexts = await page.evaluate(() => (window as unknown as { __db: Db }).__db.table('offlineArticles').where('status').equals('done').count())
    outside = []
    hits.length = 0

    const views: Record<string, PassReport> = {}
    views.remoteOn = await readAll('remote images on', true)
    await setSettings({ loadRemoteImages: false })
    views.remoteOff = await readAll('remote images off', false)
    await setSettings({ loadRemoteImages: true })
    await page.reload()
    await page.waitForFunction(() => !!(window as unknown as { __db?: unknown }).__db)
    await context.setOffline(true)
    await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false)
    outside = [] // the reload itself
    views.offline = await readAll('offline', false)
    await context.setOffline(false)

    const canaryFromBrowser = canary.requests.filter((r) => /Chrome|Chromium/.test(String(r.headers['user-agent'])) && r.headers['sec-fetch-dest'] !== 'image')
    for (const r of canaryFromBrowser) hits.push(`canary saw a ${r.headers['sec-fetch-dest']} request for ${r.path}`)
    const total = batches.flat().length
    console.info(`hostile content: ${total} payloads in ${batches.length} articles (${swallowerCount} end with a payload that swallows what follows; ${fullTexts} with full text); per pass ${JSON.stringify(views)}; hits ${hits.length}`)
    expect(hits).toEqual([])
    // The feed version parses every payload in its own context (a swallower's own marker is the one it eats).
    for (const pass of Object.values(views)) expect(pass.feedParsed).toBeGreaterThanOrEqual(total - batches.length)
    expect(fullTexts).toBe(batches.length)
    const shown = ({ views, feedParsed, fullParsed }: PassReport) => ({ views, feedParsed, fullParsed })
    expect(shown(views.offline!)).toEqual(shown(views.remoteOn!)) // offline, the same content from storage
  }, 300_000)
})
