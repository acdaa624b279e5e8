// `parse <url-or-file>... [--from <list-file|->]`: one JSON line per input, in order; never stops mid-list.
// --from reads inputs one a line (a file, or stdin for "-"): a command line cannot hold thousands of paths.
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isHttpUrl } from '../../shared/validate'
import { decodeFeed } from '../core/decode'
import { fetchFeed } from '../core/fetch-feed'
import { log } from '../core/log'
import { normalizeFeedInfo } from '../core/normalize'
import { parseFeed } from '../core/parse-feed'
import { buildArticles } from '../core/refresh-feed'
import { describeNonText, listLines } from './input-check'
import { describe, printError, printJson } from './output'

async function parseOne(input: string) {
  let bytes: Uint8Array
  let contentType: string | undefined
  let feedUrl: string
  if (isHttpUrl(input)) {
    const res = await fetchFeed(input)
    if (res.kind !== 'fetched') throw new Error(`unexpected 304 for ${input}`)
    ;({ bytes, contentType } = res)
    feedUrl = res.finalUrl
  } else {
    const path = resolve(input)
    bytes = await readFile(path)
    feedUrl = pathToFileURL(path).href
  }
  const parsed = await parseFeed(decodeFeed(bytes, contentType).text, feedUrl)
  const feedId = createHash('sha1').update(input).digest('hex').slice(0, 8)
  const articles = buildArticles(feedId, feedUrl, parsed, new Date(), log.scope('parse'))
  const feed = normalizeFeedInfo(parsed, feedUrl)
  return {
    input,
    ok: true,
    feed: { title: feed.title, siteUrl: feed.siteUrl ?? null, language: feed.language ?? null },
    items: articles.map((a) => ({
      id: a.id,
      guid: a.guid ?? null,
      url: a.url ?? null,
      title: a.title,
      summary: a.summary,
      contentHtml: a.contentHtml ?? null,
      author: a.author ?? null,
      publishedAt: a.publishedAt,
      imageUrl: a.imageUrl ?? null,
      categories: a.categories,
      countries: a.countries,
      mentions: a.mentions ?? [],
      topics: a.topics,
    })),
  }
}

const usage = 'usage: parse <url-or-file>... [--from <list-file|->]'

/** Inputs named on the command line, then those listed in --from's file (or stdin), in order. */
async function collectInputs(args: string[]): Promise<string[]> {
  const inputs: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg !== '--from') {
      if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`)
      inputs.push(arg)
      continue
    }
    const from = args[++i]
    if (!from) throw new UsageError('--from needs a file, or - for stdin')
    const bytes = from === '-' ? await readStdin() : await readFile(resolve(from))
    const problem = describeNonText(bytes)
    if (problem) throw new Error(`the input list ${from === '-' ? 'on stdin' : from} is ${problem}${problem === 'empty' ? '' : ', not one input a line'}`)
    inputs.push(...listLines(bytes.toString('utf8')))
  }
  return inputs
}

class UsageError extends Error {}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export async function runParse(args: string[]): Promise<number> {
  let inputs: string[]
  try {
    inputs = await collectInputs(args)
  } catch (err) {
    printError(`parse: ${describe(err)}`)
    if (err instanceof UsageError) printError(usage)
    return err instanceof UsageError ? 2 : 1
  }
  if (inputs.length === 0) {
    printError(usage)
    return 2
  }
  let failures = 0
  for (const input of inputs) {
    try {
      printJson(await parseOne(input))
    } catch (err) {
      failures++
      printJson({ input, ok: false, error: describe(err) })
    }
  }
  return failures === 0 ? 0 : 1
}
