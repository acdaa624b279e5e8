// `npx tsx bench/rules-bench.ts`: what 50 active rules cost (issue 19). Three parts:
//  1. matching alone, in Node: the 50 rules (bench/lib/bench-rules.ts) on synthetic articles, per article;
//  2. in Chromium at BENCH_ARTICLES (default 100,000) articles: first pages, facet and unread counts with no rule,
//     then after the 50 rules were stored and applied to the library (timed too);
//  3. ingest through the app's ingestFeedResults, batches alternating with and without the rules, same page.
// Prints a summary; not part of `npm test`. Rules run at storage time (renderer), so parts 2 and 3 are the app's path.
import { buildFeedResult } from './lib/feed-results'
import { benchRules } from './lib/bench-rules'
import { buildRenderer, openSession } from './browser/session'
import { fillSyntheticLibrary, fmt, pct, putSyntheticFeeds } from './browser/synthetic-library'
import { compileRules, outcomeOf, type RuleSubject } from '../src/renderer/src/db/rules/match'

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 40)

function syntheticSubjects(n: number): RuleSubject[] {
  const WORDS = ['talks', 'summit', 'election', 'market', 'storm', 'court', 'minister', 'growth', 'strike', 'vote', 'border', 'deal', 'report', 'record']
  const COUNTRIES = ['US', 'GB', 'FR', 'DE', 'CN', 'RU', 'UA', 'IN', 'JP', 'SD', 'KE', 'TW', 'NG', 'BR']
  let seed = 17
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  return Array.from({ length: n }, (_, i) => {
    const title = `${Array.from({ length: 8 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ')} #${i}`
    const body = Array.from({ length: 300 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ')
    return {
      feedId: `bench-feed-${i % 200}`, title, summary: `${title}. A short summary of the story.`, contentHtml: `<p>${body}</p>`, author: 'A. Writer',
      countries: [COUNTRIES[Math.floor(rnd() * COUNTRIES.length)]], topics: ['politics'], language: 'en', outletCountry: COUNTRIES[i % COUNTRIES.length],
    }
  })
}

function matchingInNode(): void {
  const subjects = syntheticSubjects(20_000)
  const rules = compileRules(benchRules())
  const time = (rs: typeof rules) => {
    const t0 = performance.now()
    let hidden = 0
    for (const s of subjects) if (outcomeOf(rs, s).hide) hidden++
    return { us: ((performance.now() - t0) * 1000) / subjects.length, hidden }
  }
  time(rules) // warm-up
  const runs = [0, 1, 2].map(() => [time([]), time(rules)] as const)
  const with50 = runs.map((r) => r[1].us).sort((a, b) => a - b)[1]
  const none = runs.map((r) => r[0].us).sort((a, b) => a - b)[1]
  console.log(`1. matching in Node, ${subjects.length} articles (title, summary, 300-word body): 50 rules ${with50.toFixed(1)} µs/article (median of 3), no rule ${none.toFixed(2)} µs; hidden ${runs[0][1].hidden}`)
}

interface QueryTimes {
  [name: string]: number[]
}

/** In the page: first pages, facet counts and unread counts of a few views, each RUNS times. */
async function timeQueries(page: import('playwright-core').Page): Promise<QueryTimes> {
  return page.evaluate(async (runs) => {
    const b = window.__bench!
    const q = b.queries as Record<string, (...args: unknown[]) => Promise<unknown>>
    const countries = ['FR', 'DE', 'JP', 'BR', 'EG']
    const views: Record<string, (i: number) => object> = {
      'first page, all': () => ({ scope: { kind: 'all' } }),
      'first page, a country': (i) => ({ scope: { kind: 'all' }, countries: [countries[i % 5]] }),
      'first page, country + topic + unread': (i) => ({ scope: { kind: 'all' }, countries: [countries[i % 5]], topics: ['politics'], unreadOnly: true }),
    }
    const out: Record<string, number[]> = {}
    const time = async (name: string, f: (i: number) => Promise<unknown>) => {
      await f(0)
      out[name] = []
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now()
        await f(i)
        out[name].push(performance.now() - t0)
      }
    }
    for (const [name, v] of Object.entries(views)) await time(name, (i) => q.listHead(b.db, v(i), b.firstPage.rows, b.firstPage.keys))
    await time('facets, all', () => q.facetCounts(b.db, { scope: { kind: 'all' } }))
    await time('facets, a country', (i) => q.facetCounts(b.db, { scope: { kind: 'all' }, countries: [countries[i % 5]] }))
    await time('facets, country + topic', (i) => q.facetCounts(b.db, { scope: { kind: 'all' }, countries: [countries[i % 5]], topics: ['politics'] }))
    await time('unread counts (sidebar)', () => Promise.all([q.smartCounts(b.db, new Date(Date.now() - 86_400_000).toISOString()), q.countUnreadByFeed(b.db, Array.from({ length: 200 }, (_, f) => `bench-feed-${f}`))]))
    return out
  }, RUNS)
}

async function main(): Promise<void> {
  matchingInNode()
  const build = buildRenderer()
  const s = await openSession(build.rendererDir)
  try {
    await s.open()
    await putSyntheticFeeds(s.page)
    const fillMs = await fillSyntheticLibrary(s.page, ARTICLES)
    console.log(`   filled ${ARTICLES} articles in ${(fillMs / 1000).toFixed(0)} s; settling`)
    await s.settle(10_000)
    const before = await timeQueries(s.page)
    const rules = benchRules()
    const applied = await s.page.evaluate(async (rs) => {
      const b = window.__bench!
      for (const r of rs) await b.rules.saveRule(b.db, r)
      const t0 = performance.now()
      const summary = await b.rules.applyRulesToStored(b.db)
      return { ...summary, ms: performance.now() - t0, hidden: (await b.db.counters.get('h'))?.n ?? 0 }
    }, rules)
    console.log(`2. applied 50 rules to ${applied.scanned} stored articles in ${(applied.ms / 1000).toFixed(1)} s (${Math.round(applied.scanned / (applied.ms / 1000))}/s): ${applied.changed} changed, ${applied.hidden} hidden; settling`)
    await s.settle(10_000)
    const after = await timeQueries(s.page)
    console.log(`   queries at ${ARTICLES} articles, ${RUNS} runs each (no rule | 50 rules active):`)
    for (const name of Object.keys(before)) console.log(`   ${name}: ${fmt(before[name])} | ${fmt(after[name])}`)
    await ingestAlternating(s.page, rules)
  } finally {
    await s.close()
    build.dispose()
  }
}

/** Ingest of the 200 bench feeds' 50 new articles each, 5 results per transaction, alternately with and without rules. */
async function ingestAlternating(page: import('playwright-core').Page, rules: ReturnType<typeof benchRules>): Promise<void> {
  const results = await Promise.all(Array.from({ length: 200 }, (_, f) => buildFeedResult(f, 50)))
  const rates: { on: number[]; off: number[] } = { on: [], off: [] }
  for (let i = 0; i * 5 < results.length; i++) {
    const isOn = i % 2 === 0
    const r = await page.evaluate(
      async ({ batch, rs, isOn }) => {
        const b = window.__bench!
        await b.db.rules.clear()
        if (isOn) await b.db.rules.bulkPut(rs)
        const t0 = performance.now()
        const summaries = await b.ingestFeedResults(batch)
        return { ms: performance.now() - t0, added: summaries.reduce((n, x) => n + x.added, 0) }
      },
      { batch: results.slice(i * 5, i * 5 + 5), rs: rules, isOn },
    )
    rates[isOn ? 'on' : 'off'].push(r.added / (r.ms / 1000))
  }
  const med = (xs: number[]) => pct(xs, 50)
  console.log(`3. ingest through ingestFeedResults, 250 new articles per transaction, alternating (${rates.on.length} batches each):`)
  console.log(`   50 rules: median ${med(rates.on).toFixed(0)} articles/s; no rule: ${med(rates.off).toFixed(0)} articles/s; ratio ${(med(rates.on) / med(rates.off)).toFixed(2)}`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
