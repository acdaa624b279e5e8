// What keeping refreshing with the window closed costs, both ways (issue 21; src/main/desktop/README.md):
// (a) the window hidden, its renderer alive and storing results as usual: the Chromium processes of a page
//     with the app open, before and after storing one refresh of 300 feeds x 50 items;
// (b) the renderer gone and results buffered in the main process: Node heap and file bytes of a ResultBuffer
//     holding the same refresh.
// Run: npx tsx --expose-gc bench/desktop-memory.ts
import { readdirSync, readFileSync } from 'node:fs'
import { ResultBuffer, type BufferStore } from '../src/main/desktop/result-buffer'
import type { FeedResult } from '../src/shared/model'
import { ingestThroughApp, putBenchFeeds } from './browser/fill'
import { buildRenderer, openSession } from './browser/session'
import { buildFeedResult } from './lib/feed-results'

const FEEDS = 300
const ITEMS = 50
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10

/** Resident memory of the Chromium processes started with this profile: all of them, and the renderers. */
function chromiumRss(profileDir: string): { totalMb: number; rendererMb: number } {
  let total = 0
  let renderer = 0
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      if (!cmd.includes(profileDir) && !cmd.includes('--type=')) continue
      if (!cmd.includes(profileDir) && !isChildOfProfile(pid, profileDir)) continue
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024
      total += rss
      if (cmd.includes('--type=renderer')) renderer += rss
    } catch {
      // the process ended while we looked
    }
  }
  return { totalMb: mb(total), rendererMb: mb(renderer) }
}

/** Chromium's child processes do not repeat --user-data-dir: follow the parent chain to the browser process. */
function isChildOfProfile(pid: string, profileDir: string, depth = 0): boolean {
  if (depth > 4) return false
  const ppid = /PPid:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  if (!ppid || ppid === '0' || ppid === '1') return false
  const cmd = readFileSync(`/proc/${ppid}/cmdline`, 'utf8')
  return cmd.includes(profileDir) || isChildOfProfile(ppid, profileDir, depth + 1)
}

async function bufferCost(results: FeedResult[]) {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run with --expose-gc')
  let fileBytes = 0
  const store: BufferStore = { append: (line) => void (fileBytes += line.length + 1), readAll: () => '', clear: () => void (fileBytes = 0), replace: (t) => void (fileBytes = t.length) }
  const copies = results.map((r) => JSON.parse(JSON.stringify(r)) as FeedResult)
  gc()
  const before = process.memoryUsage().heapUsed
  const buffer = new ResultBuffer(store)
  for (const r of copies) buffer.add(r)
  copies.length = 0
  gc()
  const heapMb = mb(process.memoryUsage().heapUsed - before)
  return { articles: buffer.articleCount(), heapMb, fileMb: mb(fileBytes) }
}

async function main() {
  const results: FeedResult[] = []
  for (let f = 0; f < FEEDS; f++) results.push(await buildFeedResult(f, ITEMS))
  const buffered = await bufferCost(results)
  console.log(`buffer in main: ${buffered.articles} articles, Node heap +${buffered.heapMb} MB, file ${buffered.fileMb} MB`)

  const renderer = buildRenderer()
  const s = await openSession(renderer.rendererDir)
  try {
    await s.open()
    await s.page.waitForTimeout(2000)
    const empty = chromiumRss(s.profileDir)
    await putBenchFeeds(s, FEEDS)
    await ingestThroughApp(s, FEEDS, () => {})
    await s.heapUsedMb()
    await s.page.waitForTimeout(2000)
    const filled = chromiumRss(s.profileDir)
    console.log(`hidden window: Chromium processes ${empty.totalMb} MB (renderer ${empty.rendererMb}) with an empty library, ` +
      `${filled.totalMb} MB (renderer ${filled.rendererMb}) after storing ${FEEDS * ITEMS} articles`)
    console.log(JSON.stringify({ buffered, hiddenWindow: { empty, filled } }))
  } finally {
    await s.close()
    renderer.dispose()
  }
}

void main()
