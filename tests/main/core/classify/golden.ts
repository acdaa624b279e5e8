// The classifier's golden verdicts: countries, mentions, topics and an evidence digest for every article of the dev
// sets (tests/fixtures/classify/*.jsonl, never frozen/) and of real feed items and pages in /work/shared/corpora, read
// in place. Speed work on the matcher must leave every line unchanged (golden.test.ts); a rule change regenerates it:
//   npx tsx tests/main/core/classify/golden.ts --write
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeHTML } from 'entities'
import type { ClassifyInput } from '../../../../src/main/core/classify/index'
import type { ArticleTags } from '../../../../src/shared/model'

const ROOT = join(__dirname, '../../../..')
const FIXTURES = join(ROOT, 'tests/fixtures/classify')
const GOLDEN_PATH = join(FIXTURES, 'golden-verdicts.jsonl')
const CORPORA = '/work/shared/corpora'

export interface GoldenCase {
  id: string
  input: ClassifyInput
}

interface DevRow {
  title: string
  summary: string
  lang: string
}

/** Every dev row as a lead, as a lead whose language must be guessed, and every fourth one with a body. */
function devCases(): GoldenCase[] {
  const cases: GoldenCase[] = []
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl') && (f.startsWith('dev-') || f.startsWith('eval-')))
  for (const file of files.sort()) {
    const rows = readFileSync(join(FIXTURES, file), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as DevRow)
    const sameLang = (lang: string) => rows.filter((r) => r.lang === lang)
    rows.forEach((row, i) => {
      const id = `${file}:${i}`
      cases.push({ id, input: { title: row.title, summary: row.summary, lang: row.lang } })
      cases.push({ id: `${id}:guess`, input: { title: row.title, summary: row.summary } })
      if (i % 4 !== 0) return
      const others = sameLang(row.lang)
      let content = ''
      for (let k = 1; content.length < 1500 && others.length > 1; k++) content += `${others[(i + k * 7) % others.length].summary}\n\n`
      cases.push({ id: `${id}:body`, input: { title: row.title, summary: row.summary, content, lang: row.lang } })
    })
  }
  return cases
}

function plainText(html: string): string {
  return decodeHTML(html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ')).replace(/[ \t]+/g, ' ').trim()
}

interface FeedItem {
  title?: string
  contentSnippet?: string
  content?: string
  categories?: Array<string | { _?: string }>
}

/** rss-parser's captured real feeds (Guardian, heise, Reddit, UOL, ...): title, snippet and categories. */
function feedCases(): GoldenCase[] {
  const dir = join(CORPORA, 'feeds/rss-parser/output')
  const cases: GoldenCase[] = []
  for (const file of readdirSync(dir).sort()) {
    const feed = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { feed: { items?: FeedItem[] } }).feed
    ;(feed.items ?? []).forEach((item, i) => {
      const categories = (item.categories ?? []).map((c) => (typeof c === 'string' ? c : c._ ?? '')).filter(Boolean)
      const summary = item.contentSnippet ?? plainText(item.content ?? '')
      cases.push({ id: `feed:${file}:${i}`, input: { title: item.title ?? '', summary, categories } })
    })
  }
  return cases
}

/** Mozilla Readability's real pages: each one whole (title, excerpt, text) and each long paragraph as a lead. */
function pageCases(): GoldenCase[] {
  const dir = join(CORPORA, 'readability')
  const cases: GoldenCase[] = []
  for (const page of readdirSync(dir).sort()) {
    if (!existsSync(join(dir, page, 'expected.html'))) continue
    const meta = JSON.parse(readFileSync(join(dir, page, 'expected-metadata.json'), 'utf8')) as { title?: string; excerpt?: string; lang?: string }
    const html = readFileSync(join(dir, page, 'expected.html'), 'utf8')
    const title = meta.title ?? ''
    cases.push({ id: `page:${page}`, input: { title, summary: meta.excerpt ?? '', content: plainText(html), lang: meta.lang ?? undefined } })
    html.split(/<\/p>/i).map(plainText).filter((p) => p.length >= 80).forEach((paragraph, i) => {
      cases.push({ id: `page:${page}:${i}`, input: { title, summary: paragraph } })
    })
  }
  return cases
}

export function goldenCases(): GoldenCase[] {
  return [...devCases(), ...feedCases(), ...pageCases()]
}

/** One compact line per article: id, about, mentions, topics, and a digest of the evidence shown in "Why these tags?". */
export function verdictLine(id: string, tags: ArticleTags): string {
  const digest = createHash('sha1').update(JSON.stringify(tags.evidence)).digest('hex').slice(0, 10)
  return JSON.stringify([id, tags.countries, tags.mentions, tags.topics, digest])
}

export function readGolden(): string[] {
  return readFileSync(GOLDEN_PATH, 'utf8').trimEnd().split('\n')
}

async function writeGolden(): Promise<void> {
  execFileSync('node', [join(ROOT, 'scripts/lexicon-snapshot.mjs')], { stdio: 'inherit' }) // the lexicon of this tree
  const { classifyArticle } = await import('../../../../src/main/core/classify/index')
  const lines = goldenCases().map((c) => verdictLine(c.id, classifyArticle(c.input)))
  writeFileSync(GOLDEN_PATH, `${lines.join('\n')}\n`)
  process.stdout.write(`${lines.length} verdicts written to ${GOLDEN_PATH}\n`)
}

if (process.argv[1]?.endsWith('golden.ts') && process.argv.includes('--write')) void writeGolden()
