// rss-parser's own fixtures through decodeFeed + parseFeed + normalize, compared field by field with its golden
// outputs (title, link, item count, item titles, links, guids, isoDate). The comparison is generic: every
// golden file is read the same way, with no per-file expected values.
import { existsSync, readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeFeed } from '../../../src/main/core/decode'
import { parseFeedDate } from '../../../src/main/core/feed-date'
import { htmlToText } from '../../../src/main/core/html-text'
import { resolveHttpUrl } from '../../../src/main/core/canonical-url'
import { CORPORA, listFiles, runDocument, type CorpusRun } from '../../helpers/corpus'

const ROOT = `${CORPORA}/rss-parser`
const inputs = listFiles(`${ROOT}/input`)
/** Upstream serves encoding.rss with this header; the golden was written for that path (corpora README). */
const CONTENT_TYPES: Record<string, string> = { encoding: 'text/xml; charset=latin1' }

interface GoldenItem {
  title?: unknown
  link?: string
  guid?: string
  id?: string
  isoDate?: string
}
interface Golden {
  title?: unknown
  link?: string
  items: GoldenItem[]
}

type Field = 'feed.title' | 'feed.link' | 'item count' | 'item.title' | 'item.link' | 'item.guid' | 'item.isoDate'
interface Comparison {
  file: string
  field: Field
  ours: unknown
  golden: unknown
  equal: boolean
}

/** rss-parser leaves xhtml titles as xml2js objects and 'EMPTY' (the xml2js-options fixture) for empty tags. */
const goldenText = (v: unknown): string | undefined =>
  typeof v === 'string' ? (v === 'EMPTY' ? undefined : htmlToText(v) || undefined) : undefined
const trimmed = (v: string | undefined) => v?.trim() || undefined

function compare(file: string, run: CorpusRun, golden: Golden): Comparison[] {
  const out: Comparison[] = []
  const add = (field: Field, ours: unknown, expected: unknown) => {
    // Some goldens were written from a wrong decoding (latin-1 read as UTF-8): U+FFFD marks them unusable.
    if (typeof expected === 'string' && expected.includes('\uFFFD')) misdecoded++
    else out.push({ file, field, ours, golden: expected, equal: ours === expected })
  }
  const feed = run.feed!
  if (golden.title !== undefined) add('feed.title', htmlToText(feed.title) || undefined, goldenText(golden.title))
  // Our siteUrl is absolute and WHATWG-serialized ('http://host' becomes 'http://host/'); compare it that way.
  if (golden.link !== undefined) add('feed.link', feed.siteUrl, resolveHttpUrl(golden.link, run.feedUrl) ?? trimmed(golden.link))
  add('item count', feed.items.length, golden.items.length)
  golden.items.forEach((g, i) => {
    const item = feed.items[i]
    if (g.title !== undefined) add('item.title', htmlToText(item?.title) || undefined, goldenText(g.title))
    if (g.link !== undefined) add('item.link', trimmed(item?.link), trimmed(g.link))
    const guid = g.guid ?? g.id
    if (typeof guid === 'string') add('item.guid', trimmed(item?.guid), trimmed(guid))
    if (g.isoDate !== undefined) add('item.isoDate', parseFeedDate(item?.published ?? item?.updated)?.toISOString(), g.isoDate)
  })
  return out
}

let misdecoded = 0
const runs = new Map<string, CorpusRun>()
const comparisons: Comparison[] = []
for (const path of inputs) {
  const name = basename(path, extname(path))
  const run = await runDocument(decodeFeed(readFileSync(path), CONTENT_TYPES[name]).text, `https://example.com/${name}`)
  runs.set(name, run)
  const goldenPath = `${ROOT}/output/${name}.json`
  if (run.feed && existsSync(goldenPath)) comparisons.push(...compare(name, run, JSON.parse(readFileSync(goldenPath, 'utf8')).feed))
}

describe('rss-parser corpus', () => {
  it(`parses all ${inputs.length} inputs without a crash or a hang (each under 5 s)`, () => {
    expect([...runs].filter(([, r]) => r.crash).map(([n, r]) => `${n}: ${String(r.crash)}`)).toEqual([])
    expect([...runs].filter(([, r]) => r.ms > 5000).map(([n]) => n)).toEqual([])
  })

  it('parses every input that has a golden output, and rejects unrecognized.rss as a web page', () => {
    const withGolden = [...runs].filter(([n]) => existsSync(`${ROOT}/output/${n}.json`))
    expect(withGolden.filter(([, r]) => !r.feed).map(([n, r]) => `${n}: ${r.feedError?.message}`)).toEqual([])
    expect(runs.get('unrecognized')?.feedError?.code).toBe('not-a-feed')
    expect(runs.get('unrecognized')?.feedError?.message).toBe('not a feed: this is a web page; try discovery')
  })

  it('agrees with the golden outputs on at least 99% of compared fields', () => {
    const fields = [...new Set(comparisons.map((c) => c.field))]
    const summary = fields.map((f) => {
      const of = comparisons.filter((c) => c.field === f)
      return `  ${f}: ${of.filter((c) => c.equal).length}/${of.length}`
    })
    const equal = comparisons.filter((c) => c.equal).length
    console.log(
      `rss-parser corpus: ${equal}/${comparisons.length} fields equal, ${misdecoded} skipped (golden mis-decoded)\n${summary.join('\n')}`,
    )
    const differences = comparisons.filter((c) => !c.equal)
    if (process.env.CORPUS_VERBOSE) for (const d of differences) console.log(`DIFF ${d.file} ${d.field}: ours ${JSON.stringify(d.ours)} golden ${JSON.stringify(d.golden)}`)
    expect(comparisons.length).toBeGreaterThan(1000)
    expect(equal / comparisons.length).toBeGreaterThan(0.99)
  })

  it('produces articles with ids unique per guid, a title when the item has any text, and an ISO date', () => {
    for (const [name, run] of runs) {
      run.articles.forEach((a, i) => {
        const item = run.feed!.items[i]!
        expect(a.id, name).toMatch(/^corpus:[\w-]{16}$/)
        if (htmlToText(item.title ?? item.summaryHtml ?? item.contentHtml)) expect(a.title, `${name} ${a.id}`).not.toBe('')
        expect(new Date(a.publishedAt).toISOString()).toBe(a.publishedAt)
      })
      // Ids collide exactly when the feed repeats a guid (itunes-missing-image.rss does, once).
      const ids = run.articles.map((a) => a.id)
      const keys = run.articles.map((a) => a.guid ?? a.url ?? a.title)
      expect(new Set(ids).size, `${name}: colliding ids`).toBe(new Set(keys).size)
    }
  })
})
