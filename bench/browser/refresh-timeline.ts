// Where an app refresh's time goes (refresh-app-bench.ts): each feed served by the farm, its result sent by the
// engine (a second SSE client of the engine's event stream, as the page's), the articles stored and listed by the
// page, the page's calls to the engine, and the CPU the engine and Chromium used meanwhile, from /proc.
import { request } from 'node:http'
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import type { Page } from 'playwright-core'
import { quantile } from '../lib/stats'

interface Sent {
  feedId: string
  articles: number
  at: number
}

export interface RefreshTimeline {
  /** Call when Refresh is clicked. */
  start(t0: number): void
  /** A sample of the page's counts (every ~200 ms). */
  sample(at: number, stored: number, listed: number): void
  /** Summary lines, once the refresh is over. */
  lines(served: { url: string; at: number }[], farmUrls: string[]): string[]
  close(): void
}

/** CPU seconds of a process and its descendants (all threads), from /proc, by kind: Chromium's --type (renderer,
 *  gpu-process, utility...) or "main" for the root and any process without one. */
function cpuSeconds(root: number): Map<string, number> {
  const children = new Map<number, number[]>()
  const ticks = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pid = Number(name)
      const ppid = Number(fields[1])
      ticks.set(pid, Number(fields[11]) + Number(fields[12]))
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
    } catch {
      // the process ended while being read
    }
  }
  const byKind = new Map<string, number>()
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    const kind = kindOf(pid)
    byKind.set(kind, (byKind.get(kind) ?? 0) + (ticks.get(pid) ?? 0) / 100)
    stack.push(...(children.get(pid) ?? []))
  }
  return byKind
}

/** CPU seconds of a process's main thread alone. */
function mainThreadSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return NaN
  }
}

function kindOf(pid: number): string {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    const type = /--type=([\w-]+)/.exec(cmd)?.[1]
    const service = /--utility-sub-type=([\w.]+)/.exec(cmd)?.[1]
    return service ? `${type} ${service.split('.').at(-1)}` : (type ?? 'main')
  } catch {
    return 'main'
  }
}

const sumOf = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)

/** Each kind's CPU between two readings, largest first. */
function cpuDelta(before: Map<string, number>, after: Map<string, number>): string {
  return [...after].map(([k, v]) => [k, v - (before.get(k) ?? 0)] as const).filter(([, v]) => v >= 0.1).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')
}

/** The Chromium browser process that owns this profile directory. */
function chromiumPid(profileDir: string): number | undefined {
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8')
      if (cmd.includes(profileDir) && !cmd.includes('--type=')) return Number(name)
    } catch {
      // gone
    }
  }
  return undefined
}

/** Listens to the engine's event stream as a second client and records the page's calls to the engine. */
export function watchRefresh(o: { engineUrl: string; enginePid: number; page: Page; profileDir: string }): RefreshTimeline {
  const sent: Sent[] = []
  const calls: { method: string; at: number }[] = []
  const samples: { at: number; stored: number; listed: number }[] = []
  let t0 = 0
  const browserPid = chromiumPid(o.profileDir)
  const cpuNow = () => ({ engine: cpuSeconds(o.enginePid), engineMain: mainThreadSeconds(o.enginePid), chromium: browserPid ? cpuSeconds(browserPid) : new Map<string, number>() })
  let cpuAtStart = cpuNow()
  const url = new URL('/api/events', o.engineUrl)
  const req = request(url, { headers: { host: url.host } }, (res) => {
    let buffer = ''
    res.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (!frame.startsWith('event: feed-result\n')) continue
        const data = JSON.parse(frame.slice(frame.indexOf('data: ') + 6)) as { feedId: string; kind: string; articles?: unknown[] }
        sent.push({ feedId: data.feedId, articles: data.articles?.length ?? 0, at: performance.now() })
      }
    })
  })
  req.on('error', () => {})
  req.end()
  o.page.on('request', (r) => {
    const m = /\/api\/invoke\/(\w+)$/.exec(r.url())
    if (m) calls.push({ method: m[1]!, at: performance.now() })
  })
  const s = (ms: number) => `${((ms - t0) / 1000).toFixed(1)} s`
  const quartiles = (times: number[]) => [0, 0.25, 0.5, 0.75, 1].map((q) => s(quantile(times, q))).join(' / ')
  return {
    start(at) {
      t0 = at
      cpuAtStart = cpuNow()
      sent.length = 0
      calls.length = 0
    },
    sample(at, stored, listed) {
      samples.push({ at, stored, listed })
    },
    lines(served, farmUrls) {
      const cpu = cpuNow()
      const end = samples.at(-1)?.at ?? performance.now()
      const servedAt = new Map(served.map((x) => [x.url, x.at]))
      const sentByFeed = new Map<string, number>()
      for (const x of sent) sentByFeed.set(x.feedId, Math.max(sentByFeed.get(x.feedId) ?? 0, x.at))
      const lags = farmUrls.flatMap((u, f) => {
        const a = servedAt.get(u)
        const b = sentByFeed.get(`farm-${f}`)
        return a !== undefined && b !== undefined ? [b - a] : []
      })
      const gaps = sent.slice(1).map((x, i) => x.at - sent[i]!.at)
      const total = sent.reduce((a, x) => a + x.articles, 0)
      const storedAt = (q: number) => samples.find((x) => x.stored >= q * total)?.at ?? NaN
      const byMethod = new Map<string, number>()
      for (const c of calls) byMethod.set(c.method, (byMethod.get(c.method) ?? 0) + 1)
      return [
        `timeline (from Refresh clicked; first / 25% / 50% / 75% / last):`,
        `  farm served      ${quartiles(served.map((x) => x.at))}  (${served.length} feeds)`,
        `  engine sent      ${quartiles(sent.map((x) => x.at))}  (${sent.length} results, ${total} articles; longest pause ${Math.round(Math.max(0, ...gaps))} ms)`,
        `  stored           ${[0.01, 0.25, 0.5, 0.75, 1].map((q) => s(storedAt(q))).join(' / ')}  (articles)`,
        `  served → sent per feed: median ${Math.round(quantile(lags, 0.5))} ms, p90 ${Math.round(quantile(lags, 0.9))} ms, max ${Math.round(Math.max(...lags))} ms`,
        `  page calls to the engine: ${[...byMethod].map(([m, n]) => `${m} ${n}`).join(', ') || 'none'}`,
        `  CPU from the click to the end (${s(end)}): engine ${(sumOf(cpu.engine) - sumOf(cpuAtStart.engine)).toFixed(1)} s (main thread ${(cpu.engineMain - cpuAtStart.engineMain).toFixed(1)}), Chromium ${(sumOf(cpu.chromium) - sumOf(cpuAtStart.chromium)).toFixed(1)} s (${cpuDelta(cpuAtStart.chromium, cpu.chromium)}); load average ${loadavg()[0]!.toFixed(1)}`,
      ]
    },
    close() {
      req.destroy()
    },
  }
}
