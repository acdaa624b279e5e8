// `extract <url-or-file> [--base <url>]`: the readable article of one web page as one JSON object.
// A page that is not an article still prints, with "readerable": false and whatever could be read.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isHttpUrl } from '../../shared/validate'
import { decodeFeed } from '../core/decode'
import { extractArticle, fetchFullText, MAX_PAGE_CHARS, PAGE_ACCEPT, type ExtractedArticle } from '../core/extract'
import { fetchFeed } from '../core/fetch-feed'
import { describe, printError, printJson } from './output'

const usage = 'usage: extract <url-or-file> [--base <url>]'

function parseArgs(args: string[]): { input: string; base?: string } | string {
  let input: string | undefined
  let base: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--base') {
      base = args[++i]
      if (!isHttpUrl(base)) return `--base needs an http(s) URL, got ${JSON.stringify(base ?? '')}`
    } else if (arg.startsWith('--')) return `unknown option ${arg}`
    else if (input === undefined) input = arg
    else return `only one page at a time (got ${input} and ${arg})`
  }
  return input === undefined ? 'missing <url-or-file>' : { input, base }
}

async function read(input: string, base: string | undefined): Promise<ExtractedArticle> {
  if (isHttpUrl(input) && base === undefined) return (await fetchFullText(input)).article
  if (isHttpUrl(input)) {
    // --base with a URL: the page is downloaded, but its links resolve as if it lived at base (a mirror).
    const res = await fetchFeed(input, { accept: PAGE_ACCEPT, maxBytes: MAX_PAGE_CHARS })
    if (res.kind !== 'fetched') throw new Error(`unexpected 304 Not Modified for ${input}`)
    return extractArticle(decodeFeed(res.bytes, res.contentType).text, base!)
  }
  const path = resolve(input)
  const { text } = decodeFeed(await readFile(path), undefined)
  return extractArticle(text, base ?? pathToFileURL(path).href)
}

export async function runExtract(args: string[]): Promise<number> {
  const parsed = parseArgs(args)
  if (typeof parsed === 'string') {
    printError(`extract: ${parsed}`)
    printError(usage)
    return 2
  }
  try {
    const a = await read(parsed.input, parsed.base)
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
  }
}
