// Renderer heap while ingesting 100,000 items (issue 16, target ≤ 300 MB): the app open in Chromium, results coming
// from the browser-mode engine polling loopback feeds, the JS heap sampled through CDP (Runtime.getHeapUsage, no
// forced GC: what the page really holds, garbage included) every 250 ms until everything is stored.
// Three shapes, each in a fresh profile:
//   one-feed      one feed of 100,000 short items, polled as the app does (the newest 500 per poll)
//   one-feed-all  the same feed with the per-poll cap lifted: one result of 100,000 articles reaches the renderer
//   many-feeds    200 feeds of 500 items: 100,000 articles in 200 results
//   npx tsx bench/ingest-heap-bench.ts [shape ...]     (BENCH_ITEMS=20000 for a quicker run)
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadavg } from 'node:os'
import type { Feed } from '../src/renderer/src/db/schema'
import { buildRenderer, openSession, type Session } from './browser/session'

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000)
const MANY = 200
const SHAPES = ['one-feed', 'one-feed-all', 'many-feeds'] as const
type Shape = (typeof SHAPES)[number]

/** RSS of `count` short items (title, link, date, a few words): 100,000 of them are ~16 MB, under the 20 MB cap. */
function feedXml(feed: number, count: number): string {
  const epoch = Date.UTC(2026, 11, 6, 12)
  const items: string[] = []
  for (let i = 0; i < count; i++) {
    const date = new Date(epoch - i * 60_000).toUTCString()
    items.push(`<item><title>Geneva talks ${i}</title><link>https://f${feed}.example/${i}</link><pubDate>${date}</pubDate><description>France and Kenya</description></item>`)
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Heap bench ${feed}</title><link>https://f${feed}.example/</link>${items.join('')}</channel></rss>`
}

async function startFeeds(feeds: number, perFeed: number) {
  const bodies = Array.from({ length: feeds }, (_, f) => Buffer.from(feedXml(f, perFeed)))
  const server = createServer((req, res) => {
    const body = bodies[Number(/^\/f\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1)]
    if (!body) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': body.length }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { urls: bodies.map((_, f) => `${origin}/f/${f}.xml`), bytes: bodies.reduce((a, b) => a + b.length, 0), close: () => new Promise((r) => server.close(r)) }
}

interface Sample {
  t: number
  usedMb: number
  totalMb: number
}

async function sampleHeap(session: Session): Promise<Sample> {
  const { usedSize, totalSize } = (await session.cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number }
  return { t: performance.now(), usedMb: usedSize / 2 ** 20, totalMb: totalSize / 2 ** 20 }
}

async function runShape(rendererDir: string, shape: Shape): Promise<void> {
  const feedCount = shape === 'many-feeds' ? MANY : 1
  const feeds = await startFeeds(feedCount, Math.ceil(ITEMS / feedCount))
  const expected = shape === 'one-feed' ? Math.min(500, ITEMS) : ITEMS
  const session = await openSession(rendererDir)
  const { page, web } = session
  if (shape === 'one-feed-all') {
    // The reader's app never lifts the cap; this shape asks what the renderer does if one result holds everything.
    const set = web.service.setSubscriptions
    web.service.setSubscriptions = (subs: unknown) => set(Array.isArray(subs) ? subs.map((s: object) => ({ ...s, maxItemsPerPoll: ITEMS })) : subs)
  }
  try {
    await session.open()
    const rows: Feed[] = feeds.urls.map((url, f) => ({ id: `heap-${f}`, url, title: `Heap bench ${f}`, failureCount: 0, isDead: false, intervalMinutes: 1440, addedAt: Date.now(), nextPollAt: Date.now() + 86_400_000 }))
    await page.evaluate((r) => window.__bench!.putFeeds(r), rows)
    await page.waitForTimeout(1500) // the schedule reaches the engine (debounced)
    const before = await sampleHeap(session)
    const t0 = performance.now()
    void web.service.refreshNow()
    // Sampled on its own loop: a count of the articles waits for IndexedDB, which a large ingest holds for minutes.
    const samples: Sample[] = []
    let isDone = false
    const sampling = (async () => {
      while (!isDone) {
        samples.push(await sampleHeap(session))
        await new Promise((r) => setTimeout(r, 250))
      }
    })()
    let stored = 0
    while (stored < expected && performance.now() - t0 < 1_800_000) {
      await new Promise((r) => setTimeout(r, 1000))
      stored = await page.evaluate(() => window.__bench!.db.articles.count())
    }
    const doneMs = performance.now() - t0
    await new Promise((r) => setTimeout(r, 2000))
    isDone = true
    await sampling
    const peak = samples.reduce((a, s) => (s.usedMb > a.usedMb ? s : a))
    const afterGc = await session.heapUsedMb()
    console.log(
      `${shape}: ${stored.toLocaleString('en')} articles stored of ${expected.toLocaleString('en')} (${(feeds.bytes / 2 ** 20).toFixed(1)} MB of feeds) in ${(doneMs / 1000).toFixed(0)} s; ` +
        `heap used before ${before.usedMb.toFixed(0)} MB, peak ${peak.usedMb.toFixed(0)} MB (allocated ${Math.max(...samples.map((s) => s.totalMb)).toFixed(0)} MB) at ${((peak.t - t0) / 1000).toFixed(0)} s, ` +
        `after GC ${afterGc.toFixed(0)} MB; ${samples.length} samples; load ${loadavg()[0].toFixed(1)}`,
    )
  } finally {
    await session.close()
    await feeds.close()
  }
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a): a is Shape => (SHAPES as readonly string[]).includes(a))
  const build = buildRenderer()
  try {
    for (const shape of asked.length ? asked : SHAPES) await runShape(build.rendererDir, shape)
  } finally {
    build.dispose()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
