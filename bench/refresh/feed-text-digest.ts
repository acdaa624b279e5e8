// A digest of feedText's whole output (feed info, articles with their tags, story features, TTLs; or the error
// code) for every corpus feed and a slice of the farm's, one line a feed: a speed change to the text work must
// leave every line as it was. `npx tsx bench/refresh/feed-text-digest.ts --write FILE` records the lines of this
// tree (run it in the tree before the change); tests/main/core/feed-text/output-unchanged.test.ts compares.
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import { feedText } from '../../src/main/core/feed-text'
import { generateFeed } from '../lib/feed-gen'
import { CORPORA, listFiles } from '../../tests/helpers/corpus'

const quiet = { info() {}, warn() {}, error() {} }
const NOW = Date.UTC(2026, 5, 1, 12)
const FARM_FEEDS = 24

const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22)

async function lineOf(name: string, bytes: Uint8Array, feedUrl: string): Promise<string> {
  try {
    const text = await feedText({ feedId: 'f', feedUrl, bytes, maxItems: 500, now: NOW }, quiet)
    return `${name} ${text.articles.length} ${digest(text)}`
  } catch (err) {
    const code = (err as { code?: unknown }).code
    return `${name} error ${String(code ?? (err instanceof Error ? err.message : err))}`
  }
}

/** One line a feed, in a fixed order: `name articles digest` or `name error code`. */
export async function feedTextDigests(): Promise<string[]> {
  const lines: string[] = []
  for (const path of listFiles(CORPORA).filter((p) => !p.endsWith('LICENSE'))) {
    const name = relative(CORPORA, path)
    lines.push(await lineOf(name, readFileSync(path), `http://example.org/${name}`))
  }
  for (let f = 0; f < FARM_FEEDS; f++) lines.push(await lineOf(`farm/${f}`, new TextEncoder().encode(generateFeed(f, 50).xml), `http://127.0.0.1/feeds/${f}.xml`))
  return lines
}

if (process.argv.includes('--write')) {
  const out = process.argv[process.argv.indexOf('--write') + 1]!
  feedTextDigests()
    .then((lines) => writeFileSync(out, lines.join('\n') + '\n'))
    .catch((err: unknown) => {
      console.error(err)
      process.exit(1)
    })
}
