// `refresh --urls <file> [--concurrency N]`: polls every feed once through the real poller and prints one
// JSON summary {feeds, ok, failed, items, bytes, ms}.
import { readFile } from 'node:fs/promises'
import type { FeedResult, Subscription } from '../../shared/model'
import { isHttpUrl } from '../../shared/validate'
import { looksLikeOpml, parseOpml } from '../core/opml'
import { Poller } from '../core/poller'
import { refreshFeed } from '../core/refresh-feed'
import { describeNonText, listLines } from './input-check'
import { describe, printError, printJson } from './output'

function readUrlList(text: string): string[] {
  const urls = looksLikeOpml(text) ? parseOpml(text).map((f) => f.url) : listLines(text)
  return [...new Set(urls)]
}

/** refreshFeed logs each failure too; the CLI prints each once itself, on its own line. */
const quiet = { info() {}, warn() {}, error() {} }

export interface RefreshSummary {
  feeds: number
  ok: number
  failed: number
  items: number
  bytes: number
  ms: number
}

export async function refreshAll(urls: string[], concurrency?: number, onResult?: (r: FeedResult) => void): Promise<RefreshSummary> {
  const subs: Subscription[] = urls.map((url, i) => ({ id: `feed-${i + 1}`, url }))
  const summary: RefreshSummary = { feeds: subs.length, ok: 0, failed: 0, items: 0, bytes: 0, ms: 0 }
  const started = performance.now()
  const poller = new Poller({
    refresh: (sub, signal) => refreshFeed(sub, { logger: quiet }, signal),
    log: quiet,
    onResult: (r) => {
      if (r.kind === 'failed') summary.failed++
      else summary.ok++
      if (r.kind === 'updated') summary.items += r.articles.length
      summary.bytes += r.http.bytes
      onResult?.(r)
    },
    concurrency,
  })
  poller.setSubscriptions(subs)
  await poller.refreshNow()
  poller.stop()
  summary.ms = Math.round(performance.now() - started)
  return summary
}

export async function runRefresh(args: string[]): Promise<number> {
  const file = valueOf(args, '--urls')
  const concurrencyRaw = valueOf(args, '--concurrency')
  const concurrency = concurrencyRaw === undefined ? undefined : Number(concurrencyRaw)
  if (!file || (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1))) {
    printError('usage: refresh --urls <file> [--concurrency N]')
    return 2
  }
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (err) {
    printError(`refresh: cannot read ${file}: ${describe(err)}`)
    return 1
  }
  const problem = describeNonText(bytes)
  if (problem) {
    printError(`refresh: ${file} is ${problem}, not a URL list or OPML`)
    return 1
  }
  const urls = readUrlList(bytes.toString('utf8'))
  const bad = urls.filter((u): boolean => !isHttpUrl(u))
  for (const u of bad) printError(`refresh: skipping ${JSON.stringify(u.slice(0, 200))}: not an http(s) URL`)
  const summary = await refreshAll(urls.filter(isHttpUrl), concurrency, (r) => {
    if (r.kind === 'failed') printError(`refresh: ${r.error.message}`)
  })
  printJson({ ...summary, feeds: summary.feeds + bad.length, failed: summary.failed + bad.length })
  return summary.failed + bad.length === 0 ? 0 : 1
}

function valueOf(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag)
  return i >= 0 ? args[i + 1] : undefined
}
