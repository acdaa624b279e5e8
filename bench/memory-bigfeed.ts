// `npx tsx bench/memory-bigfeed.ts [--mb 20] [--runs 2] [--shape articles|short] [--baseline <git-ref>|none]
// [--path calling,worker,forced]`: peak engine RSS while polling one big feed (~20 MB of RSS, bench/lib/feed-gen items),
// this branch against a baseline commit side by side in one run (alternating child processes, so machine load hits
// both alike). Path 'calling' reads the feed on the polling thread; 'worker' through the feed-text pool, as the app
// does (its worker entry bundled to JavaScript with esbuild, like the app's build; the pool reads a big body on the
// calling thread); 'forced' through that pool made to send every body to its worker. Target (issue 16): ≤ 250 MB.
// The baseline's src/ is exported with `git archive` to a temporary directory that links our node_modules.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildSync } from 'esbuild'
import { runChild } from './lib/child'
import { generateFeed } from './lib/feed-gen'

const root = resolve(__dirname, '..')
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1]! : fallback
}
const targetMb = Number(arg('mb', '20'))
const runs = Number(arg('runs', '2'))
const baseline = arg('baseline', '223fd46')
const shape = arg('shape', 'articles')
const paths = arg('path', 'calling').split(',')

/** The source tree's feed-text worker as one JavaScript file (packages left to node_modules), as the app ships it;
 *  undefined for a tree from before the worker pool. */
function buildWorker(src: string, name: string): string | undefined {
  const entry = join(src, 'main/core/feed-text-worker.ts')
  if (!existsSync(entry)) return undefined
  const outfile = join(root, 'node_modules/.cache/meridian-bench', `feed-text-worker-${name.replace(/\W+/g, '-')}.js`)
  buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'error' })
  return outfile
}

function exportBaseline(ref: string): string {
  const commit = spawnSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).stdout.trim()
  const dir = join(tmpdir(), `meridian-baseline-${commit}`)
  // The export is cached in the shared temp folder: one made from another checkout links a node_modules that may be
  // gone since (existsSync is false for a dangling link), so the link is renewed to ours.
  if (!existsSync(join(dir, 'node_modules'))) {
    mkdirSync(dir, { recursive: true })
    rmSync(join(dir, 'node_modules'), { force: true })
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  }
  if (!existsSync(join(dir, 'src'))) {
    const tar = spawnSync('sh', ['-c', `git archive ${commit} src package.json tsconfig.json | tar -x -C '${dir}'`], { cwd: root, encoding: 'utf8' })
    if (tar.status !== 0) throw new Error(`could not export ${ref}: ${tar.stderr}`)
  }
  // The lexicon snapshot is built, not committed: the baseline reads ours.
  if (existsSync(join(root, 'generated')) && !existsSync(join(dir, 'generated'))) symlinkSync(join(root, 'generated'), join(dir, 'generated'))
  return join(dir, 'src')
}

/** 'articles': bench/lib/feed-gen items (2-4 KB of HTML each); 'short': ~350-byte items with a one-line teaser,
 *  the shape where parser objects per item, not text, dominate memory. */
function bigFeed(mb: number, shape: string): { xml: Buffer; items: number } {
  if (shape === 'articles') {
    const probe = Buffer.byteLength(generateFeed(7, 200).xml)
    const items = Math.round((mb * 1024 * 1024 * 200) / probe)
    return { xml: Buffer.from(generateFeed(7, items).xml), items }
  }
  const item = (i: number) =>
    `<item><title>Short story number ${i} about the markets in Brazil</title><link>https://short.example/s/${i}</link>` +
    `<guid>https://short.example/s/${i}</guid><pubDate>${new Date(Date.UTC(2026, 10, 28) - i * 60_000).toUTCString()}</pubDate>` +
    `<description>Teaser ${i}: officials met on Tuesday to discuss the budget.</description></item>\n`
  const items = Math.round((mb * 1024 * 1024) / Buffer.byteLength(item(100_000)))
  const body = Array.from({ length: items }, (_, i) => item(i)).join('')
  return { xml: Buffer.from(`<?xml version="1.0"?><rss version="2.0"><channel><title>Short</title><link>https://short.example/</link>\n${body}</channel></rss>`), items }
}

async function main(): Promise<void> {
  const feed = bigFeed(targetMb, shape)
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed.xml))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/big.xml`
  const trees: Record<string, string> = { current: join(root, 'src') }
  if (baseline !== 'none') trees[`baseline ${baseline}`] = exportBaseline(baseline)
  const variants: { name: string; args: string[] }[] = []
  for (const [tree, src] of Object.entries(trees)) {
    for (const path of paths) {
      const worker = path === 'calling' ? undefined : buildWorker(src, tree)
      if (path !== 'calling' && !worker) continue // no worker pool in that tree
      variants.push({ name: `${tree} ${path}`, args: [src, url, ...(worker ? [worker] : []), ...(path === 'forced' ? ['forced'] : [])] })
    }
  }
  process.stderr.write(`memory-bigfeed: ${shape}, ${(feed.xml.length / 1048576).toFixed(1)} MB, ${feed.items} items; load average ${loadavg()[0]!.toFixed(2)}\n`)
  const rows: Record<string, unknown>[] = []
  for (let run = 0; run < runs; run++) {
    for (const { name, args } of variants) {
      const child = await runChild(process.execPath, ['--import', 'tsx', join(__dirname, 'memory-bigfeed-child.ts'), ...args], { cwd: root, timeoutMs: 600_000 })
      const row = { variant: name, run: run + 1, loadAverage: +loadavg()[0]!.toFixed(2), ...child.json }
      rows.push(row)
      process.stderr.write(`${JSON.stringify(row)}${child.code === 0 ? '' : ` exit ${child.code}: ${child.stderr.slice(-500)}`}\n`)
    }
  }
  server.close()
  process.stdout.write(`${JSON.stringify({ shape, feedMb: +(feed.xml.length / 1048576).toFixed(1), items: feed.items, loadAverage: loadavg()[0], rows }, null, 2)}\n`)
}

void main()
