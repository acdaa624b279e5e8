// The synthetic library the UI benches share (bench/ui-bench.ts, bench/map-bench.ts): FEEDS feeds with outlet
// countries, and deterministic articles written in the page through the renderer's writeArticles
// (window.__bench.bulkInsertNew), CHUNK per transaction; plus the percentile helpers both print with.
import type { Page } from 'playwright-core'
import { CLASSIFIER_VERSION } from '../../src/main/core/classify'
import type { Feed } from '../../src/renderer/src/db/schema'

export const FEEDS = 200
export const CHUNK = 5000
const OUTLETS = ['US', 'GB', 'FR', 'DE', 'IN', 'JP', 'AU', 'CA', 'IT', 'ES', 'BR', 'ZA', 'NG', 'KE', 'SG', 'CN', 'RU', 'MX', 'AR', 'IE']

export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]
export const fmt = (xs: number[]) =>
  `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (n=${xs.length})` +
  (process.env.BENCH_VERBOSE ? `\n    in order: ${xs.map((x) => x.toFixed(0)).join(' ')}` : '')

/** Stores the bench feeds (never due for polling while the bench runs). */
export async function putSyntheticFeeds(page: Page): Promise<void> {
  const feeds: Feed[] = Array.from({ length: FEEDS }, (_, f) => ({
    id: `bench-feed-${f}`, url: `https://bench.example/feed/${f}.xml`, title: `Bench Wire ${f}`, outletCountry: OUTLETS[f % 20],
    failureCount: 0, isDead: false, intervalMinutes: 30, addedAt: Date.now(), nextPollAt: Date.now() + 365 * 86_400_000, lastFetchAt: Date.now(),
  }))
  await page.evaluate((rows) => window.__bench!.putFeeds(rows), feeds)
}

/** Fills the database in the page: deterministic synthetic articles, 1–3 Zipf-distributed countries, 1–2 topics. */
export async function fillSyntheticLibrary(page: Page, total: number): Promise<number> {
  const t0 = performance.now()
  for (let start = 0; start < total; start += CHUNK) {
    await page.evaluate(
      async ({ start, count, feeds, version }) => {
        const COUNTRIES = ['US', 'GB', 'FR', 'DE', 'CN', 'RU', 'UA', 'IN', 'JP', 'IL', 'IT', 'ES', 'BR', 'CA', 'AU', 'TR', 'IR', 'KR', 'MX', 'ZA',
          'NG', 'EG', 'PL', 'NL', 'BE', 'SE', 'NO', 'CH', 'AT', 'GR', 'PT', 'AR', 'CL', 'CO', 'PK', 'BD', 'ID', 'PH', 'VN', 'TH',
          'SA', 'AE', 'QA', 'SY', 'IQ', 'AF', 'KE', 'ET', 'SD', 'VE', 'CU', 'NZ', 'IE', 'DK', 'FI', 'HU', 'CZ', 'RO', 'RS', 'TW']
        const TOPICS = ['arts-culture-entertainment', 'conflict-war-peace', 'crime-law-justice', 'disaster-accident-emergency', 'economy-business-finance',
          'education', 'environment', 'health', 'human-interest', 'labour', 'lifestyle-leisure', 'politics', 'religion', 'science-technology', 'society', 'sport', 'weather']
        const WORDS = ['talks', 'summit', 'election', 'market', 'storm', 'court', 'minister', 'growth', 'strike', 'vote', 'border', 'deal', 'report', 'record']
        let seed = start * 7919 + 17
        const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
        const zipf = (n: number) => Math.min(n - 1, Math.floor(n * Math.pow(rnd(), 2.2)))
        const now = Date.now()
        const articles = []
        for (let i = start; i < start + count; i++) {
          const feedId = `bench-feed-${i % feeds}`
          const countries = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 2.4) }, () => COUNTRIES[zipf(COUNTRIES.length)]))]
          const topics = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 1.6) }, () => TOPICS[zipf(TOPICS.length)]))]
          const title = `${countries.join(' ')} ${Array.from({ length: 6 }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ')} #${i}`
          articles.push({
            id: `bench-${i}`, feedId, url: `https://bench.example/${i}`, title, summary: `${title}. A short summary of the story.`,
            contentHtml: `<p>${title}.</p><p>Body text for the benchmark, two short paragraphs long.</p>`,
            publishedAt: new Date(now - Math.floor(rnd() * 60 * 86_400_000)).toISOString(),
            enclosures: [], categories: [], countries, topics, classifierVersion: version,
            outletCountry: ['US', 'GB', 'FR', 'DE', 'IN', 'JP', 'AU', 'CA', 'IT', 'ES', 'BR', 'ZA', 'NG', 'KE', 'SG', 'CN', 'RU', 'MX', 'AR', 'IE'][(i % feeds) % 20],
          })
        }
        await window.__bench!.bulkInsertNew(articles as never, now)
      },
      { start, count: Math.min(CHUNK, total - start), feeds: FEEDS, version: CLASSIFIER_VERSION },
    )
    if (start % 20_000 === 0) process.stdout.write(`  filled ${start + CHUNK} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`)
  }
  return performance.now() - t0
}
