// `parse <url-or-file>...`: one JSON line per input, in order; never stops mid-list.
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

export async function runParse(inputs: string[]): Promise<number> {
  if (inputs.length === 0) {
    printError('usage: parse <url-or-file>...')
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
