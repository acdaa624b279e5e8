// `npx tsx bench/browser/candidates-bench.ts [articles] [minutesPerDesign]`: the storage designs of
// src/renderer/src/db/README.md side by side in one Chromium, each filling its own database with the same generated
// articles (500 per transaction) and timing the same reads at the size reached. Prints JSON; not part of `npm test`.
import { createServer } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { CHROMIUM } from './session'
import { percentiles, round } from '../lib/stats'
import { frequentTokens } from './candidates/articles'

const DESIGNS = ['raw', 'rawWords', 'rawWordsShort', 'leanShort', 'lean', 'leanMentions', 'listRowsNoCounters', 'tagRows', 'listRows', 'listRowsWords', 'listRowsWordsMentions'] as const
const BATCH = 500
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`)

async function main(): Promise<void> {
  const target = Number(process.argv[2] ?? 100_000)
  const budgetMs = Number(process.argv[3] ?? 6) * 60_000
  const only = process.env.DESIGNS?.split(',')
  const bundle = await build({ entryPoints: [join(__dirname, 'candidates/page.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'error' })
  const server = createServer((_, res) => res.setHeader('content-type', 'text/html').end('<!doctype html><title>candidates</title>')).listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  const port = (server.address() as { port: number }).port
  const profile = mkdtempSync(join(tmpdir(), 'meridian-candidates-'))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.addScriptTag({ content: bundle.outputFiles[0].text })
  const out: Record<string, unknown> = { target, batch: BATCH, loadAverageAtStart: (await import('node:os')).loadavg()[0] }
  try {
    // Interleaved, 10,000 articles of each design in turn: the machine's load then weighs on every design alike.
    const designs = DESIGNS.filter((d) => !only || only.includes(d))
    const batches = new Map<string, number[]>(designs.map((d) => [d, []]))
    const t0 = performance.now()
    let stored = 0
    while (stored < target && performance.now() - t0 < budgetMs) {
      const n = Math.min(10_000, target - stored)
      for (const design of designs) {
        const ms = await page.evaluate(({ d, from, n, b }) => window.candidates.fill(d, from, n, b), { d: design, from: stored, n, b: BATCH })
        batches.get(design)!.push(...ms)
        log(`${design}: ${stored + n} articles, last ${n} at ${Math.round((n / ms.reduce((a, b) => a + b, 0)) * 1000)}/s`)
      }
      stored += n
    }
    for (const design of designs) {
      const all = batches.get(design)!
      const rate = (ms: number[]) => round((ms.length * BATCH) / (ms.reduce((a, b) => a + b, 0) / 1000))
      const tenth = Math.max(1, Math.floor(all.length / 10))
      const result: Record<string, unknown> = { stored, articlesPerSec: rate(all), firstTenth: rate(all.slice(0, tenth)), lastTenth: rate(all.slice(-tenth)) }
      if (!['raw', 'rawWords', 'rawWordsShort', 'leanShort'].includes(design)) {
        await page.waitForTimeout(5000)
        result.firstPageIsRight = await page.evaluate(({ d, n }) => window.candidates.check(d, n, 'c:FR'), { d: design, n: stored })
        const pages = (tags: string[]) => page.evaluate(({ d, t }) => window.candidates.firstPages(d, t, 50), { d: design, t: tags })
        result.firstPageCountry = percentiles(await pages(['c:FR', 'c:DE', 'c:JP', 'c:BR', 'c:EG']))
        result.firstPageCountryUnread = percentiles(await pages(['u:c:FR', 'u:c:DE', 'u:c:JP']))
        result.firstPageCountryTopic = percentiles(await pages(['c:FR+t:politics', 'c:DE+t:sport', 'c:US+t:health']))
        if (design !== 'lean' && design !== 'leanMentions') {
          const searches = (needle?: string) => page.evaluate(({ d, t, n }) => window.candidates.searches(d, t, n, 20), { d: design, t: frequentTokens, n: needle })
          result.searchFrequent = percentiles(await searches())
          result.searchFrequentInCountry = percentiles(await searches(' c:FR '))
          result.searchFrequentInSmallCountry = percentiles(await searches(' c:EG '))
        }
      }
      out[design] = result
      log(`${design}: ${JSON.stringify(result)}`)
    }
  } finally {
    await context.close()
    server.close()
    rmSync(profile, { recursive: true, force: true })
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
}

main().catch((err: unknown) => {
  process.stderr.write(`candidates: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
