// The Markdown table for the README, from results.json's shape. Every figure shows its run count and spread.
import type { Machine } from './machine'
import type { Percentiles, Spread } from './stats'

type Obj = Record<string, unknown>
const get = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Obj)[k] : undefined), o)
const n = (v: unknown) => (typeof v === 'number' ? v.toLocaleString('en-US') : '–')
const sp = (s: unknown, unit = '') => {
  const x = s as Spread | undefined
  return x ? `${n(x.median)}${unit} (${x.runs} runs, ${n(x.min)}–${n(x.max)})` : '–'
}
const pc = (p: unknown) => {
  const x = p as Percentiles | undefined
  return x ? `p50 ${n(x.p50)} ms, p95 ${n(x.p95)} ms` : '–'
}
const pcRuns = (p: unknown) => {
  const x = p as Percentiles | undefined
  return x ? `${x.runs} runs, ${n(x.min)}–${n(x.max)} ms` : ''
}

export interface Results {
  date: string
  mode: 'full' | 'quick'
  machine: Machine
  sections: Obj
}

function queryRows(queries: Obj | undefined): string[][] {
  if (!queries) return []
  const rows: string[][] = []
  for (const [size, figures] of Object.entries(queries).filter(([k]) => /^\d+$/.test(k))) {
    const big = Number(size) >= 1_000_000
    const label = `${n(Number(size))} articles`
    const q = (k: string) => get(figures, k)
    const mark = (k: string) => (get(figures, `${k}.benchImplementation`) ? " (the bench's own implementation, for comparison)" : '')
    const firstRead = get(figures, 'country-page.resultSize') ? ` (${n(get(figures, 'country-page.resultSize'))} articles + the next keys, as the list reads it)` : ''
    rows.push([`Query, ${label}: first page for a country${firstRead}`, pc(q('country-page')), big ? '50 ms p95' : '20 ms p95', pcRuns(q('country-page'))])
    rows.push([`Query, ${label}: country + topic + unread, first page`, pc(q('country-topic-unread-page')), '', pcRuns(q('country-topic-unread-page'))])
    if (q('country-page-50')) rows.push([`Query, ${label}: first 50 articles for a country`, pc(q('country-page-50')), '', pcRuns(q('country-page-50'))])
    if (q('country-topic-unread-page-50')) rows.push([`Query, ${label}: first 50 articles for country + topic + unread`, pc(q('country-topic-unread-page-50')), '', pcRuns(q('country-topic-unread-page-50'))])
    rows.push([`Query, ${label}: facet counts, all countries/topics/outlets${mark('facets')}`, pc(q('facets')), big ? '' : '150 ms', pcRuns(q('facets'))])
    rows.push([`Query, ${label}: facet counts within one country${mark('facets-country')}`, pc(q('facets-country')), big ? '' : '150 ms', pcRuns(q('facets-country'))])
    rows.push([`Query, ${label}: full-text search, frequent word${mark('search-common')}`, pc(q('search-common')), big ? '' : '100 ms', pcRuns(q('search-common'))])
    for (const [k, what] of [['search-prefix', 'first 3 letters of a frequent word'], ['search-two-words', 'two words'], ['search-country-view', "a frequent word within one country's list"]]) {
      if (q(k)) rows.push([`Query, ${label}: full-text search, ${what}`, pc(q(k)), '', pcRuns(q(k))])
    }
    rows.push([`Query, ${label}: full-text search, word in no article${mark('search-miss')}`, pc(q('search-miss')), big ? '' : '100 ms', pcRuns(q('search-miss'))])
    if (q('search-memory')) rows.push([`Query, ${label}: full-text search over title + summary held in memory${mark('search-memory')}`, pc(q('search-memory')), big ? '' : '100 ms', `${pcRuns(q('search-memory'))}; built once in ${n(q('search-memory.indexBuildMs'))} ms, ~${n(q('search-memory.indexHeapMb'))} MB of strings`])
  }
  return rows
}

function subBenchRow(name: string, r: unknown): string[] {
  const status = get(r, 'status')
  if (!r || status === 'missing') return [name, 'not present', '', '']
  if (status === 'failed') return [name, 'failed (see results.json)', '', '']
  const figures = get(r, 'figures') as Obj | undefined
  if (!figures) return [name, 'raw output in results.json (no BENCH_JSON line)', '', `${n(get(r, 'wallSeconds'))} s wall`]
  const from = get(r, 'figuresFrom') === 'text' ? ', read from its printed output' : ''
  const shown = Object.entries(figures).filter(([, v]) => typeof v !== 'object').slice(0, 5).map(([k, v]) => `${k} ${typeof v === 'number' ? n(v) : String(v)}`)
  return [name, shown.join(', '), '', `${n(get(r, 'wallSeconds'))} s wall${from}`]
}

export function renderMarkdown(res: Results): string {
  const m = res.machine
  const s = res.sections
  const rows: string[][] = []
  const refresh = s.refresh as Obj | undefined
  if (refresh) {
    const size = `${n(refresh.feeds)} feeds × ${n(refresh.itemsPerFeed)} items, ${n(refresh.hosts)} loopback hosts, concurrency ${n(refresh.concurrency)}`
    rows.push([`Refresh, ours (${size}), in-app time`, sp(get(refresh, 'ours.refreshMs'), ' ms'), '', `${n(get(refresh, 'ours.itemsPerSec.median'))} items/s; plus ${n(get(refresh, 'ours.classifierWarmupMs.median'))} ms classifier table build once per process`])
    rows.push(['Refresh, ours, whole process (node start to exit)', sp(get(refresh, 'ours.processMs'), ' ms'), '', ''])
    rows.push(['Refresh, newsboat -x reload (same feeds, reload-threads = concurrency)', sp(get(refresh, 'newsboat.processMs'), ' ms'), '', `${n(get(refresh, 'newsboat.itemsPerSec.median'))} items/s`])
    rows.push(['Refresh ratio ours / newsboat (in-app; in-app + table build; whole process)', `${n(get(refresh, 'ratio.inAppVsNewsboat'))}; ${n(get(refresh, 'ratio.inAppWithWarmupVsNewsboat'))}; ${n(get(refresh, 'ratio.processVsNewsboat'))}`, '≤ 1.0', 'medians'])
    rows.push(['Refresh, peak RSS ours / newsboat', `${sp(get(refresh, 'ours.peakRssMb'), ' MB')} / ${n(get(refresh, 'newsboat.peakRssMb.median'))} MB`, '', ''])
  }
  const app = s.refreshApp as Obj | undefined
  if (app) {
    const size = `${n(app.feeds)} feeds × ${n(app.itemsPerFeed)} items`
    rows.push([`First refresh in Chromium end to end (${size}): Refresh clicked → stored → listed`, `${sp(get(app, 'app.storedMs'), ' ms')} → ${sp(get(app, 'app.listedMs'), ' ms')}`, '', `every feed fetched after ${n(get(app, 'app.fetchedMs.median'))} ms`])
    rows.push([`Same farm, newsboat -x reload (${n(app.concurrency)} threads), alternating`, sp(get(app, 'newsboat.reloadMs'), ' ms'), '', ''])
    rows.push(['End-to-end ratio app listed / newsboat', n(get(app, 'ratio.listedVsNewsboat')), '≤ 1.0', 'medians'])
    rows.push(['Input latency during that refresh (j, k, tab clicks; Event Timing)', `p50 ${sp(get(app, 'app.inputP50Ms'), ' ms')}, p95 ${sp(get(app, 'app.inputP95Ms'), ' ms')}`, 'p95 100 ms', `max ${n(get(app, 'app.inputMaxMs.median'))} ms`])
  }
  const upgrade = s.upgrade as Obj | undefined
  for (const run of (upgrade?.runs as Obj[] | undefined) ?? []) {
    rows.push([
      `Schema upgrade from version 14, ${n(get(upgrade!, 'articles'))} articles, batches of ${String(run.batchSize)}`,
      `${n(get(run, 'totalSeconds'))} s (${n(get(run, 'articlesPerSec'))} articles/s)`,
      '30 s at 100k',
      `open (reader waits) ${n(get(run, 'openSeconds'))} s + data steps ${n(get(run, 'listsReadySeconds'))} s (app usable); batch p95 ${n(get(run, 'batchMsP95'))} ms; tag-row clean-up after: ${n(get(run, 'cleanupSeconds'))} s`,
    ])
  }
  const storage = s.storage as Obj | undefined
  if (storage) {
    rows.push([`Storage: ingest ${n(get(storage, 'appOpen.articles'))} articles into a library of ${n(get(storage, 'appOpen.libraryArticles'))}, app open`, `${n(get(storage, 'appOpen.articlesPerSec'))} articles/s (${n(get(storage, 'appOpen.ingestSeconds'))} s)`, '1,500/s', `per batch of 1,000: ${sp(get(storage, 'appOpen.batchArticlesPerSec'))}; first tenth ${n(get(storage, 'appOpen.firstTenthArticlesPerSec'))}/s, last tenth ${n(get(storage, 'appOpen.lastTenthArticlesPerSec'))}/s`])
    rows.push([`Storage: re-tag the library (${n(get(storage, 'retag.articles'))} articles, stand-in classifier)`, `${n(get(storage, 'retag.seconds'))} s (${n(get(storage, 'retag.articlesPerSec'))} articles/s)`, '60 s at 100k', '1,000 per transaction, app open'])
    rows.push([`Storage: search index catch-up after the ingest`, `${n(get(storage, 'searchIndexCatchUp.articlesPerSec'))} articles/s`, '', `stored and indexed: ${n(get(storage, 'searchIndexCatchUp.storedAndIndexedPerSec'))} articles/s`])
    rows.push([`Storage: the same articles as plain rows, one Dexie bulkPut per 1,000`, `${n(get(storage, 'rawBulkPut.articlesPerSec'))} articles/s`, '', `app open / plain rows: ${n(get(storage, 'appOpenOverRawBulkPut'))}`])
    rows.push([`Storage: ingest ${n(get(storage, 'noObserver.articles'))} articles, database nothing observes`, `${n(get(storage, 'noObserver.articlesPerSec'))} articles/s`, '', sp(get(storage, 'noObserver.batchArticlesPerSec'))])
    rows.push([`Storage: IndexedDB on disk with ${n(get(storage, 'articlesStored'))} articles (navigator.storage.estimate)`, `${n(get(storage, 'dbDiskMb.after'))} MB (${n(get(storage, 'storageEstimateMb.after'))} MB)`, '', `empty database with feeds: ${n(get(storage, 'dbDiskMb.before'))} MB`])
  }
  rows.push(...queryRows(s.queries as Obj | undefined))
  const fill = s.largeFill as Obj | undefined
  if (fill) rows.push([`Large database: ${n(fill.reached)} of ${n(fill.target)} articles reached by the bulk path`, `${n(fill.articlesPerSec ?? get(fill, 'thisRun.articlesPerSec'))} articles/s, ${n(fill.dbDiskMb)} MB on disk`, '', String(fill.method ?? '')])
  const start = s.start as Obj | undefined
  if (start) rows.push([`Start: page load to first list rows painted, ${n(start.articles)} articles stored`, sp(start.firstRowsMs, ' ms'), '1,500 ms', `DOMContentLoaded ${n(get(start, 'domContentLoadedMs.median'))} ms`])
  const mem = s.memory as Obj | undefined
  if (mem) {
    rows.push([`Memory: Node RSS after refreshing ${n(get(mem, 'feeds'))} feeds (ours)`, sp(get(mem, 'nodeRssAfterRefreshMb'), ' MB'), '200 MB', `peak ${n(get(mem, 'nodePeakRssMb.median'))} MB`])
    rows.push([`Memory: renderer JS heap, ${n(get(mem, 'renderer.articles'))} articles, list open`, `${n(get(mem, 'renderer.heapUsedAfterGcMb'))} MB after GC (${n(get(mem, 'renderer.heapUsedMb'))} MB before)`, '300 MB', 'CDP Runtime.getHeapUsage'])
  }
  if (s.tagging) rows.push(subBenchRow('Tagging (bench/classify-bench.ts)', s.tagging))
  if (s.extraction) rows.push(subBenchRow('Extraction (bench/extract-bench.ts)', s.extraction))
  const header = `Measured ${res.date} (${res.mode} mode) on ${m.cores} × ${m.cpu}, ${m.ramGb} GB RAM, ${m.kernel}; Node ${m.node}, Chromium ${m.chromium}, ${m.newsboat}. Load average at start: ${m.loadAverage1m}.`
  const table = [['Benchmark', 'Result (median)', 'Target', 'Runs, spread, notes'], ['---', '---', '---', '---'], ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n')
  return `${header}\n\n${table}\n`
}
