// The feed-text worker's whole job (feedText: decode, parse, normalize, classify, story features) on the farm's
// feeds, in this one thread and without network, timed in CPU and optionally CPU-profiled by module and function.
// `npx tsx bench/refresh/text-bench.ts [--feeds 300] [--items 50] [--passes 1] [--profile]`
// (--profile: runs itself under node --cpu-prof and prints the summary; function names keep their source files.)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { classifyArticle } from '../../src/main/core/classify'
import { feedText } from '../../src/main/core/feed-text'
import { generateFeed } from '../lib/feed-gen'
import { summarizeProfile } from '../lib/cpu-profile'

const quiet = { info() {}, warn() {}, error() {} }

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1]! : fallback
}

const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

async function measure(): Promise<void> {
  const feeds = Number(arg('feeds', '300'))
  const items = Number(arg('items', '50'))
  const passes = Number(arg('passes', '1'))
  const bodies = Array.from({ length: feeds }, (_, f) => new TextEncoder().encode(generateFeed(f, items).xml))
  let t = cpuMs()
  classifyArticle({ title: 'warm-up', lang: 'en' })
  const warmMs = cpuMs() - t
  const passMs: number[] = []
  for (let p = 0; p < passes; p++) {
    t = cpuMs()
    for (let f = 0; f < feeds; f++) {
      const job = { feedId: `feed-${f}`, feedUrl: `http://127.0.0.1/feeds/${f}.xml`, bytes: bodies[f]!.slice(), contentType: 'application/rss+xml; charset=utf-8', maxItems: 500, now: Date.UTC(2026, 10, 28, 13) }
      await feedText(job, quiet)
    }
    passMs.push(Math.round(cpuMs() - t))
  }
  console.log(JSON.stringify({ feeds, items, warmMs: Math.round(warmMs), passMs, msPerArticle: passMs.map((ms) => Number((ms / (feeds * items)).toFixed(3))) }))
}

function profile(): void {
  const dir = mkdtempSync(join(tmpdir(), 'meridian-text-prof-'))
  try {
    const rest = process.argv.slice(2).filter((a) => a !== '--profile')
    execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, '--import', 'tsx', __filename, ...rest], { stdio: 'inherit' })
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
    if (!file) throw new Error('no .cpuprofile written')
    const s = summarizeProfile(join(dir, file), Number(arg('top', '40')))
    console.log(`busy ${s.totalMs - s.idleMs} ms of ${s.totalMs} ms`)
    for (const x of s.byStage) console.log(`  ${String(x.ms).padStart(7)} ms ${(x.share * 100).toFixed(1).padStart(5)}%  ${x.stage}`)
    for (const f of s.topFunctions) console.log(`  ${String(f.ms).padStart(7)}  ${f.fn}`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv.includes('--profile')) profile()
else measure().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
