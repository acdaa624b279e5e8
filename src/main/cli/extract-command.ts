// `extract <url-or-file> [--base <url>]`: the readable article of one web page as one JSON object.
// A page that is not an article still prints, with "readerable": false and whatever could be read. Extraction
// runs in the app's worker with the app's time limit; an empty or binary file fails with one line.
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isHttpUrl } from '../../shared/validate'
import { decodeFeed } from '../core/decode'
import { ExtractPool, fetchFullText, MAX_PAGE_CHARS, PAGE_ACCEPT, type ExtractedArticle, type Extractor } from '../core/extract'
import { fetchFeed } from '../core/fetch-feed'
import { describeNonText } from './input-check'
import { describe, printError, printJson } from './output'

const usage = 'usage: extract <url-or-file> [--base <url>] [--timeout <seconds>]'
/** The app's extraction worker, run through tsx like the rest of the CLI. */
const WORKER_SOURCE = join(__dirname, '../core/extract/extract-worker.ts')

interface ExtractArgs {
  input: string
  base?: string
  /** Unset: the app's limit (ExtractPool's default). */
  timeoutMs?: number
}

function parseArgs(args: string[]): ExtractArgs | string {
  let input: string | undefined
  let base: string | undefined
  let timeoutMs: number | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--base') {
      base = args[++i]
      if (!isHttpUrl(base)) return `--base needs an http(s) URL, got ${JSON.stringify(base ?? '')}`
    } else if (arg === '--timeout') {
      timeoutMs = Number(args[++i]) * 1000
      if (!(timeoutMs > 0)) return `--timeout needs a number of seconds, got ${JSON.stringify(args[i] ?? '')}`
    } else if (arg.startsWith('--')) return `unknown option ${arg}`
    else if (input === undefined) input = arg
    else return `only one page at a time (got ${input} and ${arg})`
  }
  return input === undefined ? 'missing <url-or-file>' : { input, base, timeoutMs }
}

/** The page's text; empty and binary input is refused here, before it reaches Readability. */
function pageText(bytes: Uint8Array, contentType: string | undefined, what: string): string {
  const problem = describeNonText(bytes)
  if (problem) throw new Error(`${what} is ${problem}, not a web page`)
  const { text } = decodeFeed(bytes, contentType)
  if (!text.trim()) throw new Error(`${what} is empty (only whitespace), not a web page`)
  return text
}

async function read({ input, base }: ExtractArgs, extract: Extractor): Promise<ExtractedArticle> {
  if (isHttpUrl(input) && base === undefined) return (await fetchFullText(input, {}, extract)).article
  if (isHttpUrl(input)) {
    // --base with a URL: the page is downloaded, but its links resolve as if it lived at base (a mirror).
    const res = await fetchFeed(input, { accept: PAGE_ACCEPT, maxBytes: MAX_PAGE_CHARS })
    if (res.kind !== 'fetched') throw new Error(`unexpected 304 Not Modified for ${input}`)
    return extract(pageText(res.bytes, res.contentType, 'the page'), base!)
  }
  const path = resolve(input)
  return extract(pageText(await readFile(path), undefined, 'the file'), base ?? pathToFileURL(path).href)
}

export async function runExtract(args: string[]): Promise<number> {
  const parsed = parseArgs(args)
  if (typeof parsed === 'string') {
    printError(`extract: ${parsed}`)
    printError(usage)
    return 2
  }
  const pool = new ExtractPool({ workerPath: WORKER_SOURCE, ...(parsed.timeoutMs && { timeoutMs: parsed.timeoutMs }) })
  try {
    const a = await read(parsed, pool.extract)
    printJson({
      ...(a.readerable ? {} : { readerable: false }),
      title: a.title ?? null,
      byline: a.byline ?? null,
      siteName: a.siteName ?? null,
      publishedTime: a.publishedTime ?? null,
      leadImageUrl: a.leadImageUrl ?? null,
      lang: a.lang ?? null,
      dir: a.dir ?? null,
      contentHtml: a.contentHtml ?? null,
      textContent: a.textContent ?? null,
      wordCount: a.wordCount,
    })
    return 0
  } catch (err) {
    printError(`extract ${parsed.input}: ${describe(err)}`)
    return 1
  } finally {
    pool.close()
  }
}
