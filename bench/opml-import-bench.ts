// OPML import of 10,000 feeds in Chromium with the app open (issue 16, target < 30 s): through the real Import
// OPML dialog, while the browser-mode engine receives the growing subscription list and polls the new feeds from a
// loopback server. And a file of 10,000 cancelled at its first progress step: how long Cancel takes.
// Each measurement runs in a fresh profile.
//   npx tsx bench/opml-import-bench.ts        (BENCH_FEEDS=2000 for a quicker run; BENCH_HOSTS: see HOSTS)
// BENCH_PROFILE_S=30 CPU-profiles the page for that long once the dialog is closed (the first polls being stored) and
// prints where the time went; BENCH_RENDERER_DIR=out/renderer measures a renderer built beforehand instead of HEAD
// (an unminified build names our functions in the profile); BENCH_TRACE_S=30 takes a
// performance trace instead; BENCH_SKIP_CANCEL=1 leaves out the Cancel measurement.
// The engine (src/main/web-server.ts) runs in a Node process of its own, as Electron's main process does, so the
// bench's Playwright driving and feed server do not share its event loop.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { buildRenderer, openEngineSession, type EngineSession as Session } from './browser/session'
import { summarizeProfile } from './lib/cpu-profile'

const FEEDS = Number(process.env.BENCH_FEEDS ?? 10_000)
const DUPLICATES = 200
/** How long to wait, after the import, for every imported feed's first poll to be stored. */
const FIRST_POLLS_WAIT_MS = Number(process.env.BENCH_FIRST_POLLS_S ?? 300) * 1000
const PROFILE_MS = Number(process.env.BENCH_PROFILE_S ?? 0) * 1000
const TRACE_MS = Number(process.env.BENCH_TRACE_S ?? 0) * 1000
const NOT_HTTP = ['ftp://files.example/feed.xml', 'javascript:alert(1)', 'mailto:news@example.org', 'file:///etc/passwd', 'data:text/xml,<rss/>']

/** Loopback addresses the feeds are spread over (BENCH_HOSTS, default 30 as in the refresh farm): a reader's 10,000
 *  feeds come from many sites, and the poller lets 2 requests at a time reach one host, so one address measured that
 *  politeness limit. BENCH_HOSTS=1 measures it. */
const HOSTS = Math.max(1, Math.min(200, Number(process.env.BENCH_HOSTS ?? 30)))

/** Any path answers a one-item feed: the feeds the import adds are due at once, and the engine polls them. */
async function startFeedServer() {
  let requests = 0
  const servers = Array.from({ length: HOSTS }, () =>
    createServer((req, res) => {
      requests++
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': 'max-age=3600' })
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${req.url}</title><item><title>Item of ${req.url}</title><guid>${req.url}#1</guid></item></channel></rss>`)
    }),
  )
  const origins = await Promise.all(
    servers.map((server, h) => new Promise<string>((resolve) => server.listen(0, `127.0.0.${h + 1}`, () => resolve(`http://127.0.0.${h + 1}:${(server.address() as AddressInfo).port}`)))),
  )
  return {
    /** The URL of feed `i`, on host i mod HOSTS. */
    url: (path: string, i: number) => `${origins[i % HOSTS]}${path}`,
    requests: () => requests,
    close: () => Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done())))),
  }
}

function opmlOf(urls: string[]): string {
  const outline = (url: string, i: number) => `<outline type="rss" text="Feed ${i}" xmlUrl="${url.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}"/>`
  const folders: string[] = []
  for (let f = 0; f * 100 < urls.length; f++) folders.push(`<outline text="Folder ${f}">${urls.slice(f * 100, f * 100 + 100).map((u, i) => outline(u, f * 100 + i)).join('')}</outline>`)
  return `<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>${folders.join('')}</body></opml>`
}

/** Records each text the dialog's status line shows, with its time, until the summary replaces the progress. */
async function watchDialog(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Array<{ t: number; text: string }> = []
    ;(window as unknown as { __opmlSeen: typeof seen }).__opmlSeen = seen
    // Disconnected at the summary: observing the whole page would tax the first polls' updates measured after it.
    const observer = new MutationObserver(() => {
      const text = document.querySelector('dialog[open] [role="status"]')?.textContent ?? ''
      if (text && seen.at(-1)?.text !== text) seen.push({ t: performance.now(), text })
      if (/^(Subscribed|Cancelled|All|No new)/.test(text)) observer.disconnect()
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  })
}

const seenTexts = (page: Page) => page.evaluate(() => (window as unknown as { __opmlSeen: Array<{ t: number; text: string }> }).__opmlSeen)

async function importFile(page: Page, name: string, text: string): Promise<number> {
  const t0 = await page.evaluate(() => performance.now())
  await page.getByRole('navigation', { name: 'Feeds' }).getByLabel('OPML file to import').setInputFiles({ name, mimeType: 'text/x-opml', buffer: Buffer.from(text) })
  return t0
}

type Feeds = Awaited<ReturnType<typeof startFeedServer>>

/** Syncs of the subscription list the main side receives (setSubscriptions over the web bridge), counted and timed
 *  from request to response. */
function countSyncs(session: Session) {
  const syncs: Array<{ count: number; refused: number; ms: number }> = []
  session.page.on('requestfinished', (req) => {
    if (!req.url().endsWith('/api/invoke/setSubscriptions')) return
    const args = req.postDataJSON() as unknown[]
    const timing = req.timing()
    void req.response().then(async (res) => {
      const body = (await res?.json().catch(() => undefined)) as { value?: { refused?: unknown[] } } | undefined
      syncs.push({ count: Array.isArray(args[0]) ? args[0].length : 0, refused: body?.value?.refused?.length ?? 0, ms: timing.responseEnd })
    })
  })
  return syncs
}

/** A file of 10,000 new feeds (plus duplicates and non-http entries) into an empty library, then the app after it. */
async function measureImport(session: Session, feeds: Feeds): Promise<void> {
  const { page } = session
  const syncs = countSyncs(session)
  const urls = Array.from({ length: FEEDS }, (_, i) => feeds.url(`/f/${i}.xml`, i))
  const t0 = await importFile(page, 'bench.opml', opmlOf([...urls, ...urls.slice(0, DUPLICATES), ...NOT_HTTP]))
  await page.waitForFunction(() => /^(Subscribed|Cancelled|All|No new)/.test(document.querySelector('dialog[open] [role="status"]')?.textContent ?? ''), undefined, { timeout: 600_000, polling: 50 })
  const seen = await seenTexts(page)
  const summary = seen.at(-1)!
  const stored = await page.evaluate(() => window.__bench!.db.feeds.count())
  const progress = seen.filter((s) => s.text.startsWith('Subscribing'))
  const heapMb = await session.heapUsedMb()
  console.log(`Import of ${FEEDS.toLocaleString('en')} feeds on ${HOSTS} loopback host(s) (+${DUPLICATES} duplicates, ${NOT_HTTP.length} non-http): ${((summary.t - t0) / 1000).toFixed(1)} s`)
  console.log(`  summary: "${summary.text}"; ${stored.toLocaleString('en')} feeds stored; heap after GC ${heapMb.toFixed(0)} MB`)
  console.log(`  progress shown (feeds done @ time), Cancel button with it: ${progress.map((s) => `${/… ([\d,]+)/.exec(s.text)?.[1]}@${((s.t - t0) / 1000).toFixed(1)}s`).join(' ')}`)
  console.log(`  main side: ${syncs.length} subscription syncs, the largest ${Math.max(...syncs.map((s) => s.count)).toLocaleString('en')} feeds, slowest ${Math.max(...syncs.map((s) => s.ms)).toFixed(0)} ms, refused ${syncs.reduce((a, s) => a + s.refused, 0)}`)
  // The app right after: 10,000 feeds being polled and stored while the reader closes the dialog.
  const tClose = performance.now()
  await page.getByRole('dialog', { name: 'Import OPML' }).getByRole('button', { name: 'Close' }).click({ timeout: 600_000 })
  console.log(`  Close answered ${((performance.now() - tClose) / 1000).toFixed(1)} s after the summary; feed requests served by then: ${feeds.requests().toLocaleString('en')}`)
  if (PROFILE_MS > 0) await profilePage(session, PROFILE_MS)
  if (TRACE_MS > 0) await tracePage(session, TRACE_MS)
  let fetched = 0
  const steps: string[] = []
  while (fetched < FEEDS && performance.now() - tClose < FIRST_POLLS_WAIT_MS) {
    await page.waitForTimeout(5000)
    fetched = await page.evaluate(() => window.__bench!.db.feeds.filter((f) => f.lastFetchAt !== undefined).count())
    steps.push(`${fetched.toLocaleString('en')}/${feeds.requests().toLocaleString('en')}@${((performance.now() - tClose) / 1000).toFixed(0)}s`)
  }
  console.log(`  first polls stored for ${fetched.toLocaleString('en')} of ${FEEDS.toLocaleString('en')} feeds ${((performance.now() - tClose) / 1000).toFixed(0)} s after the summary (waited at most ${FIRST_POLLS_WAIT_MS / 1000} s)`)
  console.log(`  stored/served (feeds stored / feed requests answered @ time after the summary): ${steps.join(' ')}`)
}

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tid: number
  pid: number
  args?: { name?: string }
}

/** A Chromium performance trace over `ms`: time on the renderer's main thread by event, the nested ones included
 *  (style, layout, paint, script, IndexedDB callbacks). */
async function tracePage(session: Session, ms: number): Promise<void> {
  const events: TraceEvent[] = []
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]))
  session.cdp.on('Tracing.dataCollected', onData)
  await session.cdp.send('Tracing.start', { categories: 'devtools.timeline,blink,v8', transferMode: 'ReportEvents' })
  await session.page.waitForTimeout(ms)
  const done = new Promise((resolve) => session.cdp.once('Tracing.tracingComplete', resolve))
  await session.cdp.send('Tracing.end')
  await done
  session.cdp.off('Tracing.dataCollected', onData)
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const byName = new Map<string, number>()
  for (const e of events) if (main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000)
  console.log(`  page trace over ${ms / 1000} s, main thread, ms per event (nested events counted in their parents too):`)
  for (const [name, total] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${total.toFixed(0).padStart(7)}  ${name}`)
}

/** The page's CPU profile over `ms`: where the renderer's main thread spends its time. */
async function profilePage(session: Session, ms: number): Promise<void> {
  await session.cdp.send('Profiler.enable')
  await session.cdp.send('Profiler.start')
  await session.page.waitForTimeout(ms)
  const { profile } = (await session.cdp.send('Profiler.stop')) as { profile: unknown }
  const dir = mkdtempSync(join(tmpdir(), 'meridian-opml-prof-'))
  try {
    writeFileSync(join(dir, 'page.cpuprofile'), JSON.stringify(profile))
    const summary = summarizeProfile(join(dir, 'page.cpuprofile'), 25)
    console.log(`  page CPU over ${ms / 1000} s: busy ${summary.totalMs - summary.idleMs} ms of ${summary.totalMs}; top functions (self ms):`)
    for (const f of summary.topFunctions) console.log(`    ${String(f.ms).padStart(6)}  ${f.fn.replace(/https?:\/\/127\.0\.0\.1:\d+\//, '')}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A file of 10,000 new feeds into an empty library, cancelled as soon as its first batch is in. */
async function measureCancel(session: Session, feeds: Feeds): Promise<void> {
  const { page } = session
  await importFile(page, 'more.opml', opmlOf(Array.from({ length: FEEDS }, (_, i) => feeds.url(`/g/${i}.xml`, i))))
  await page.waitForFunction(() => /^Subscribing… [1-9]/.test(document.querySelector('dialog[open] [role="status"]')?.textContent ?? ''), undefined, { timeout: 120_000, polling: 20 })
  const tCancel = await page.evaluate(() => performance.now())
  await page.getByRole('dialog', { name: 'Import OPML' }).getByRole('button', { name: 'Cancel' }).click()
  // A click that lands during the last batch finds nothing left to cancel: the summary then says Subscribed.
  await page.waitForFunction(() => /^(Cancelled|Subscribed)/.test(document.querySelector('dialog[open] [role="status"]')?.textContent ?? ''), undefined, { timeout: 120_000, polling: 20 })
  const cancelled = (await seenTexts(page)).at(-1)!
  const kept = await page.evaluate(() => window.__bench!.db.feeds.count())
  console.log(`Cancel during a ${FEEDS.toLocaleString('en')}-feed import: summary ${((cancelled.t - tCancel) / 1000).toFixed(2)} s after the click: "${cancelled.text}"; ${kept.toLocaleString('en')} feeds kept`)
}

async function main(): Promise<void> {
  const feeds = await startFeedServer()
  const prebuilt = process.env.BENCH_RENDERER_DIR
  const build = prebuilt ? { rendererDir: resolve(prebuilt), dispose: () => {} } : buildRenderer()
  try {
    for (const measure of process.env.BENCH_SKIP_CANCEL ? [measureImport] : [measureImport, measureCancel]) {
      const session = await openEngineSession({ rendererDir: build.rendererDir })
      try {
        await session.open()
        await watchDialog(session.page)
        await measure(session, feeds)
      } finally {
        await session.close()
      }
    }
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores)`)
  } finally {
    build.dispose()
    await feeds.close()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
