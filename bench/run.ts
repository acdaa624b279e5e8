// `npm run bench [-- <parts...>] [--quick]`: refresh, refresh-app, storage, queries, start, memory, tagging, extraction, large,
// upgrade
// (BENCH_UPGRADE_ARTICLES sets its size; not in the default run).
// No part named = all. `large` grows a kept profile (BENCH_LARGE_PROFILE, default <tmp>/meridian-bench-large-profile)
// towards 1,000,000 articles for BENCH_FILL_MINUTES and then runs the queries at the size reached; rerun it to
// resume the fill (creating the file named by BENCH_FILL_STOP_FILE ends the fill early). With BENCH_LARGE_PROFILE set, `queries` leaves the large size to `large`. Writes bench/results.json (quick: bench/results.local.json, not committed), merging the
// parts run now into what is there, and prints a Markdown table for the README. Not part of `npm test`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runBrowserBench, runLargeResumable, type BrowserOptions, type BrowserPart } from './browser/browser-bench'
import { describeMachine } from './lib/machine'
import { renderMarkdown, type Results } from './lib/report'
import { runSubBench } from './lib/sub-bench'
import { parseExtractionText, parseTaggingText } from './lib/sub-bench-parsers'
import { headSnapshot } from './lib/snapshot'
import { runRefreshBench } from './refresh/refresh-bench'
import { runUpgradeBench } from './browser/upgrade-bench'
import { runRefreshAppBench } from './browser/refresh-app-bench'

const PARTS = ['refresh', 'refresh-app', 'storage', 'queries', 'start', 'memory', 'tagging', 'extraction', 'large', 'upgrade'] as const
type Part = (typeof PARTS)[number]

function parseArgs(argv: string[]): { parts: Set<Part>; quick: boolean; profile: boolean } {
  const quick = argv.includes('--quick')
  const profile = !argv.includes('--no-profile')
  const named = argv.filter((a) => !a.startsWith('--'))
  const unknown = named.filter((a) => !(PARTS as readonly string[]).includes(a))
  if (unknown.length) {
    process.stderr.write(`bench: unknown part(s) ${unknown.join(', ')}; choose from ${PARTS.join(', ')}\n`)
    process.exit(2)
  }
  return { parts: new Set((named.length ? named : PARTS.filter((p) => p !== 'upgrade')) as Part[]), quick, profile }
}

const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)

async function main(): Promise<void> {
  const { parts, quick, profile } = parseArgs(process.argv.slice(2))
  const file = resolve(__dirname, quick ? 'results.local.json' : 'results.json')
  const previous: Results | undefined = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Results) : undefined
  const machine = describeMachine()
  const sections: Record<string, unknown> = { ...previous?.sections }
  const snapshot = headSnapshot()
  const stamp = (o: unknown) => ({ ...(o as object), measuredAt: new Date().toISOString(), commit: snapshot.commit })
  // Written after every part, so a failure late in a long run keeps what was measured before it.
  const save = (): Results => {
    const results: Results = { date: new Date().toISOString(), mode: quick ? 'quick' : 'full', machine: { ...machine }, sections }
    writeFileSync(file, JSON.stringify(results, null, 2) + '\n')
    return results
  }
  log(`bench: ${[...parts].join(', ')}${quick ? ' (quick)' : ''}; load average ${machine.loadAverage1m}`)

  let nodeMemory: Record<string, unknown> | undefined
  if (parts.has('refresh') || parts.has('memory')) {
    const refresh = await runRefreshBench({
      feeds: quick ? 60 : 300,
      itemsPerFeed: 50,
      concurrency: 6,
      runs: quick ? 1 : 3,
      profile: quick ? 'auto' : profile,
      log,
    })
    if (parts.has('refresh')) sections.refresh = stamp(refresh)
    save()
    const ours = refresh.ours as Record<string, unknown>
    nodeMemory = { feeds: refresh.feeds, nodeRssAfterRefreshMb: ours.rssAfterRefreshMb, nodePeakRssMb: ours.peakRssMb }
  }

  if (parts.has('refresh-app')) {
    sections.refreshApp = stamp(await runRefreshAppBench({ feeds: quick ? 60 : 300, itemsPerFeed: 50, runs: Number(process.env.BENCH_RUNS ?? (quick ? 1 : 2)), log }))
    save()
  }

  const browserParts = (['storage', 'queries', 'start', 'memory'] as const).filter((p) => parts.has(p))
  const largeProfile = process.env.BENCH_LARGE_PROFILE
  const browserOptions: BrowserOptions = {
    baseArticles: quick ? 5_000 : 100_000,
    largeArticles: quick ? 15_000 : 1_000_000,
    floorArticles: quick ? 1_000 : 10_000,
    queryRuns: quick ? 10 : 50,
    searchRuns: quick ? 4 : 20,
    ingestBudgetMin: Number(process.env.BENCH_INGEST_MINUTES ?? (quick ? 1 : 12)),
    ingestArticles: quick ? 1_000 : 10_000,
    missRuns: quick ? 2 : 3,
    startRuns: quick ? 2 : 5,
    largeFillBudgetMin: Number(process.env.BENCH_FILL_MINUTES ?? (quick ? 1 : 8)),
    only: new Set<BrowserPart>(browserParts),
    log,
  }
  // Sizes measured now replace those sizes only; each carries its own date and commit.
  const mergeQueries = (q: unknown) => ({ ...(sections.queries as object | undefined), ...Object.fromEntries(Object.entries(q as object).map(([size, v]) => [size, stamp(v)])) })
  if (browserParts.length) {
    // A kept large profile is grown by the `large` part; the fresh profile then stops at the base size.
    const browser = await runBrowserBench(largeProfile ? { ...browserOptions, largeArticles: browserOptions.baseArticles } : browserOptions)
    if (parts.has('storage')) sections.storage = stamp({ ...(browser.storage as object), tagsFrom: browser.tagsFrom })
    if (parts.has('queries')) {
      sections.queries = mergeQueries(browser.queries)
      if (browser.largeFill) sections.largeFill = stamp(browser.largeFill)
    }
    if (parts.has('start')) sections.start = stamp(browser.start)
    if (parts.has('memory')) sections.memory = stamp({ ...nodeMemory, renderer: browser.rendererMemory })
    save()
  }
  if (parts.has('large')) {
    const dir = largeProfile ?? join(tmpdir(), 'meridian-bench-large-profile')
    const large = await runLargeResumable(browserOptions, dir, Number(process.env.BENCH_LARGE_PORT ?? 47_390))
    sections.queries = mergeQueries(large.queries)
    sections.largeFill = stamp(large.largeFill)
    save()
  }

  if (parts.has('upgrade')) {
    sections.upgrade = stamp(await runUpgradeBench(Number(process.env.BENCH_UPGRADE_ARTICLES ?? (quick ? 2_000 : 100_000)), quick, log))
    save()
  }

  const subArgs = quick ? ['--quick'] : []
  if (parts.has('tagging')) {
    log('tagging: bench/classify-bench.ts')
    sections.tagging = stamp(await runSubBench('bench/classify-bench.ts', subArgs, 20 * 60_000, ['--expose-gc'], parseTaggingText))
  }
  if (parts.has('extraction')) {
    log('extraction: bench/extract-bench.ts')
    sections.extraction = stamp(await runSubBench('bench/extract-bench.ts', subArgs, 20 * 60_000, [], parseExtractionText))
  }

  const results = save()
  snapshot.dispose()
  log(`bench: wrote ${file}`)
  process.stdout.write(renderMarkdown(results))
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
