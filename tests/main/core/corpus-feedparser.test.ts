// Every feedparser test document goes through decodeFeed + parseFeed + normalize. None may crash or hang, and
// the `Expect:` expressions about fields we map are translated into checks against our output.
//
// Translation rules (what "applicable" means):
// - An expression is applicable when every field path in it is one we map (MAPPED below) and it names at least
//   one. Anything else (links[], generator, rights, encoding, bozo alone, has_key(), ...) is "not applicable".
// - wellformed/sanitize and entities/ test HTML sanitizing: only title expressions there apply.
// - Files with a Content-Location or Content-Language header test HTTP concerns parseFeed never sees: not applicable.
// - Titles, summaries and descriptions are plain text in our model: they pass when equal to the expected value
//   or to its plain-text rendering (feedparser keeps the sanitized HTML of html/xhtml titles).
// - In wellformed/base, where URL resolution is the point, content and summary compare as HTML: our contentHtml,
//   and the summary HTML with its URLs resolved the way normalize resolves them.
// - URLs compare after WHATWG serialization of the expected value (new URL().href adds the '/' of a bare host).
// - feedparser's composite author "Name (email)" is compared by its name part: we keep only the name.
import { readFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeFeed } from '../../../src/main/core/decode'
import { parseFeedDate } from '../../../src/main/core/feed-date'
import { htmlToText, resolveHtmlUrls } from '../../../src/main/core/html-text'
import { resolveHttpUrl } from '../../../src/main/core/canonical-url'
import { CORPORA, listFiles, parsePython, readFeedparserHeader, runDocument, type CorpusRun, type Py } from '../../helpers/corpus'

const ROOT = `${CORPORA}/feedparser`
const files = listFiles(ROOT).filter((f) => !f.endsWith('LICENSE'))

type Kind = 'text' | 'url' | 'exact' | 'lang' | 'date' | 'html' | 'version' | 'number' | 'author'
interface Mapped {
  value: unknown
  kind: Kind
}
interface Ctx {
  run: CorpusRun
  feedUrl: string
  dir: string
}
type Getter = (ctx: Ctx, idx: number[]) => Mapped

const item = (c: Ctx, i: number) => c.run.feed?.items[i]
const article = (c: Ctx, i: number) => c.run.articles[i]
const itemBase = (c: Ctx, i: number) => item(c, i)?.baseUrl ?? c.run.feed?.baseUrl ?? c.feedUrl
const m = (kind: Kind, value: unknown): Mapped => ({ kind, value })

// The feed title itself (plain text), not normalizeFeedInfo's host-name fallback for an empty one.
const title: Getter = (c) => m('text', c.run.feed?.title)
const entryTitle: Getter = (c, [i = 0]) => m('text', item(c, i)?.title === undefined ? undefined : article(c, i)?.title)
const entrySummary: Getter = (c, [i = 0]) =>
  c.dir.startsWith('wellformed/base')
    ? m('html', item(c, i)?.summaryHtml && resolveHtmlUrls(item(c, i)!.summaryHtml!, itemBase(c, i)))
    : m('text', article(c, i)?.summary)
const entryContent: Getter = (c, [i = 0]) =>
  item(c, i)?.contentHtml === undefined
    ? m('html', undefined)
    : c.dir.startsWith('wellformed/base')
      ? m('html', article(c, i)?.contentHtml)
      : m('text', htmlToText(article(c, i)?.contentHtml))
const entryLang: Getter = (c, [i = 0]) => m('lang', article(c, i)?.language)
const entryBase: Getter = (c, [i = 0]) => m('url', itemBase(c, i))
const feedLang: Getter = (c) => m('lang', c.run.info?.language)
const feedBase: Getter = (c) => m('url', c.run.feed?.baseUrl ?? c.feedUrl)
const feedDescription: Getter = (c) => m('text', c.run.info?.description)

/** Field paths we map, keyed with list indices elided: entries[0]['tags'][1]['term'] -> entries[].tags[].term */
const MAPPED: Record<string, Getter> = {
  'feed.title': title,
  'feed.title_detail.value': title,
  'feed.link': (c) => m('url', c.run.info?.siteUrl),
  'feed.language': feedLang,
  'feed.title_detail.language': feedLang,
  'feed.subtitle_detail.language': feedLang,
  'feed.tagline_detail.language': feedLang,
  'feed.description': feedDescription,
  'feed.subtitle': feedDescription,
  'feed.tagline': feedDescription,
  'feed.subtitle_detail.value': feedDescription,
  'feed.tagline_detail.value': feedDescription,
  'feed.title_detail.base': feedBase,
  'feed.subtitle_detail.base': feedBase,
  'feed.tagline_detail.base': feedBase,
  'feed.image.href': (c) => m('url', c.run.info?.imageUrl),
  'feed.ttl': (c) => m('number', c.run.feed?.ttlMinutes),
  version: (c) => m('version', c.run.feed?.version),
  'len(entries)': (c) => m('number', c.run.feed ? c.run.articles.length : undefined),
  'entries[].title': entryTitle,
  'entries[].title_detail.value': entryTitle,
  'entries[].link': (c, [i = 0]) => m('url', article(c, i)?.url),
  'entries[].id': (c, [i = 0]) => m('exact', article(c, i)?.guid),
  'entries[].guid': (c, [i = 0]) => m('exact', article(c, i)?.guid),
  'entries[].summary': entrySummary,
  'entries[].description': entrySummary,
  'entries[].summary_detail.value': entrySummary,
  'entries[].content[].value': entryContent,
  'entries[].title_detail.base': entryBase,
  'entries[].summary_detail.base': entryBase,
  'entries[].content[].base': entryBase,
  'entries[].title_detail.language': entryLang,
  'entries[].summary_detail.language': entryLang,
  'entries[].content[].language': entryLang,
  'entries[].author': (c, [i = 0]) => m('author', article(c, i)?.author),
  'entries[].author_detail.name': (c, [i = 0]) => m('exact', article(c, i)?.author),
  'entries[].tags[].term': (c, [i = 0, j = 0]) => m('exact', article(c, i)?.categories[j]),
  'entries[].tags[].label': (c, [i = 0, j = 0]) => m('exact', article(c, i)?.categories[j]),
  'entries[].category': (c, [i = 0]) => m('exact', article(c, i)?.categories[0]),
  'len(entries[].tags)': (c, [i = 0]) => m('number', article(c, i)?.categories.length),
  'entries[].enclosures[].href': (c, [i = 0, j = 0]) => m('url', article(c, i)?.enclosures[j]?.url),
  'entries[].enclosures[].url': (c, [i = 0, j = 0]) => m('url', article(c, i)?.enclosures[j]?.url),
  'entries[].enclosures[].type': (c, [i = 0, j = 0]) => m('exact', article(c, i)?.enclosures[j]?.type),
  'entries[].enclosures[].length': (c, [i = 0, j = 0]) => m('number', article(c, i)?.enclosures[j]?.length),
  'entries[].published': (c, [i = 0]) => m('exact', item(c, i)?.published),
  'entries[].updated': (c, [i = 0]) => m('exact', item(c, i)?.updated ?? item(c, i)?.published),
  'entries[].published_parsed': (c, [i = 0]) => m('date', parseFeedDate(item(c, i)?.published)),
  'entries[].created_parsed': (c, [i = 0]) => m('date', parseFeedDate(item(c, i)?.published)),
  'entries[].updated_parsed': (c, [i = 0]) => m('date', parseFeedDate(item(c, i)?.updated ?? item(c, i)?.published)),
  'entries[].image.href': (c, [i = 0]) => m('url', resolveHttpUrl(item(c, i)?.itunesImage, itemBase(c, i))),
}

class NotApplicable extends Error {}

/** Path key and list indices of a field access chain, or undefined when the node is not one. */
function pathOf(node: Py): { key: string; idx: number[] } | undefined {
  if (node.t === 'name') return { key: node.v, idx: [] }
  if (node.t === 'call' && node.fn.t === 'name' && node.fn.v === 'len' && node.args.length === 1) {
    const inner = pathOf(node.args[0]!)
    return inner && { key: `len(${inner.key})`, idx: inner.idx }
  }
  if (node.t !== 'index' && node.t !== 'attr') return undefined
  const parent = pathOf(node.obj)
  if (!parent) return undefined
  if (node.t === 'attr') return { key: `${parent.key}.${node.name}`, idx: parent.idx }
  if (node.key.t === 'num') return { key: `${parent.key}[]`, idx: [...parent.idx, node.key.v] }
  if (node.key.t === 'str') return { key: `${parent.key}.${node.key.v}`, idx: parent.idx }
  return undefined
}

/** Throws NotApplicable for paths we do not map; returns how many mapped paths the expression uses. */
function countMapped(node: Py, ctxDir: string): number {
  if (node.t === 'name' && node.v === 'bozo') return 0
  const path = pathOf(node)
  if (path) {
    const isTitle = /^(?:feed|entries\[\])\.title(?:_detail\.value)?$/.test(path.key)
    if (!MAPPED[path.key] || (/^(?:wellformed\/sanitize|entities)\//.test(ctxDir) && !isTitle)) throw new NotApplicable(path.key)
    return 1
  }
  switch (node.t) {
    case 'str': case 'num': case 'const': return 0
    case 'not': case 'neg': return countMapped(node.e, ctxDir)
    case 'and': case 'or': case 'tuple': case 'list': return node.items.reduce((n, e) => n + countMapped(e, ctxDir), 0)
    case 'cmp': return node.operands.reduce((n, e) => n + countMapped(e, ctxDir), 0)
    case 'add': return countMapped(node.l, ctxDir) + countMapped(node.r, ctxDir)
    default: throw new NotApplicable(`unsupported ${node.t}`)
  }
}

function evaluate(node: Py, ctx: Ctx): unknown {
  if (node.t === 'name' && node.v === 'bozo') return ctx.run.feed === undefined
  const path = pathOf(node)
  if (path) return MAPPED[path.key]!(ctx, path.idx)
  switch (node.t) {
    case 'str': case 'num': case 'const': return node.v
    case 'not': return !truthy(evaluate(node.e, ctx))
    case 'neg': return -(evaluate(node.e, ctx) as number)
    case 'and': return node.items.every((e) => truthy(evaluate(e, ctx)))
    case 'or': return node.items.some((e) => truthy(evaluate(e, ctx)))
    case 'tuple': case 'list': return node.items.map((e) => evaluate(e, ctx))
    case 'add': return String(evaluate(node.l, ctx)) + String(evaluate(node.r, ctx))
    case 'cmp':
      return node.ops.every((op, k) => {
        const equal = same(evaluate(node.operands[k]!, ctx), evaluate(node.operands[k + 1]!, ctx))
        if (op === '==' || op === 'is') return equal
        if (op === '!=' || op === 'is not') return !equal
        throw new NotApplicable(`operator ${op}`)
      })
    default: throw new NotApplicable(`unsupported ${node.t}`)
  }
}

const isMapped = (v: unknown): v is Mapped => typeof v === 'object' && v !== null && 'kind' in v && 'value' in v
const truthy = (v: unknown): boolean => {
  const x = isMapped(v) ? v.value : v
  return Array.isArray(x) ? x.length > 0 : Boolean(x)
}

function same(a: unknown, b: unknown): boolean {
  if (isMapped(a) && isMapped(b)) return a.value === b.value
  if (isMapped(b)) return same(b, a)
  if (!isMapped(a)) return JSON.stringify(a) === JSON.stringify(b)
  const ours = a.value
  if (b === null) return ours === undefined || ours === null
  // An empty element and a missing one read the same in our model; so does markup without text (<img>).
  if (a.kind === 'html' && b === '') return ours === undefined || ours === ''
  if (a.kind === 'text' && htmlToText(String(b)) === '' && (ours === undefined || ours === '')) return true
  if (ours === undefined || ours === null) return false
  switch (a.kind) {
    case 'text': {
      const expected = String(b).replace(/\s+/g, ' ').trim()
      return ours === expected || ours === htmlToText(String(b))
    }
    case 'html': return squash(String(ours)) === squash(String(b))
    case 'url': return ours === b || ours === resolveHttpUrl(String(b))
    case 'lang': return String(ours).toLowerCase() === String(b).toLowerCase()
    case 'number': return Number(ours) === Number(b)
    case 'author': return ours === b || ours === String(b).replace(/\s*\([^()]*@[^()]*\)$/, '')
    case 'version': return String(ours).replace(/\./g, '') === String(b).replace(/^(rss09\d)[un]$/, '$1')
    case 'date': {
      const d = ours as Date
      const parts = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
      return Array.isArray(b) && parts.every((p, k) => p === b[k])
    }
    default: return ours === b
  }
}
const squash = (html: string) => html.replace(/\s+/g, ' ').replace(/> </g, '><').trim()

/** Why an expression is not applicable, for the printed breakdown. */
type Skip = 'no Expect line' | 'HTTP header test' | 'syntax not translated' | 'field not mapped' | 'no mapped field'

interface CaseResult {
  file: string
  expect: string
  status: 'passed' | 'failed' | 'not-applicable'
  skip?: Skip
  reason?: string
}

async function runCase(file: string): Promise<{ result: CaseResult; run: CorpusRun }> {
  const rel = relative(ROOT, file)
  const bytes = readFileSync(file)
  const header = readFeedparserHeader(bytes.toString('latin1'))
  const feedUrl = `http://127.0.0.1:8097/tests/${rel}`
  const contentType = header.headers['content-type'] ?? (rel.includes('http') ? 'text/xml' : undefined)
  const run = await runDocument(decodeFeed(bytes, contentType).text, feedUrl)
  const base = { file: rel, expect: header.expect ?? '' }
  const skip = (why: Skip, reason?: string) => ({ run, result: { ...base, status: 'not-applicable' as const, skip: why, reason } })
  if (!header.expect) return skip('no Expect line')
  if (header.headers['content-location'] || header.headers['content-language']) return skip('HTTP header test')
  let tree: Py
  try {
    tree = parsePython(header.expect)
  } catch (err) {
    return skip('syntax not translated', (err as Error).message)
  }
  try {
    if (countMapped(tree, rel) === 0) return skip('no mapped field')
  } catch (err) {
    return skip('field not mapped', (err as Error).message)
  }
  if (!run.feed) return { run, result: { ...base, status: 'failed', reason: `no feed: ${run.feedError?.message ?? String(run.crash)}` } }
  try {
    const passed = truthy(evaluate(tree, { run, feedUrl, dir: rel }))
    return { run, result: { ...base, status: passed ? 'passed' : 'failed' } }
  } catch (err) {
    if (err instanceof NotApplicable) return skip('syntax not translated', err.message)
    throw err
  }
}

// Sequential, so that each document's time is its own.
const outcomes: Awaited<ReturnType<typeof runCase>>[] = []
for (const file of files) outcomes.push(await runCase(file))
const results = outcomes.map((o) => o.result)
const applicable = results.filter((r) => r.status !== 'not-applicable')
const passed = applicable.filter((r) => r.status === 'passed')

describe('feedparser corpus', () => {
  it(`parses all ${files.length} documents without a crash or a hang (each under 5 s), with one-line errors only`, () => {
    const crashes = outcomes.filter((o) => o.run.crash).map((o) => `${o.result.file}: ${String(o.run.crash)}`)
    expect(crashes).toEqual([])
    const multiLine = outcomes.filter((o) => o.run.feedError?.message.includes('\n')).map((o) => o.result.file)
    expect(multiLine).toEqual([])
    const slow = outcomes.filter((o) => o.run.ms > 5000).map((o) => o.result.file)
    expect(slow).toEqual([])
  })

  // 708 of 801 pass today (88.4%). The 93 failures are structural or deliberate: element-level xml:base and
  // xml:lang (our model keeps one base and one language per item), CDF documents (a format we do not read),
  // documents truncated mid-tag that a strict XML parser rejects, prefixed root elements (<r:rss>), category
  // label preferred over term, a few obscure elements (fullitem, xhtml:body). 87% leaves a margin of about ten
  // expressions for decoder changes; any regression in titles, links or dates costs far more than that.
  it('passes the applicable Expect expressions at a rate above 87%', () => {
    const byDir = new Map<string, { applicable: number; passed: number }>()
    for (const r of applicable) {
      const dir = dirname(r.file)
      const entry = byDir.get(dir) ?? { applicable: 0, passed: 0 }
      entry.applicable++
      if (r.status === 'passed') entry.passed++
      byDir.set(dir, entry)
    }
    const skips = new Map<string, number>()
    for (const r of results) if (r.skip) skips.set(r.skip, (skips.get(r.skip) ?? 0) + 1)
    console.log(
      `feedparser corpus: ${files.length} files, ${applicable.length} applicable, ${passed.length} passed, ` +
        `${results.length - applicable.length} not applicable (${[...skips].map(([k, n]) => `${k}: ${n}`).join(', ')})\n` +
        [...byDir].map(([dir, n]) => `  ${dir}: ${n.passed}/${n.applicable}`).join('\n'),
    )
    if (process.env.CORPUS_VERBOSE) {
      for (const r of applicable) if (r.status === 'failed') console.log(`FAIL ${r.file}: ${r.expect} ${r.reason ?? ''}`)
    }
    expect(applicable.length).toBeGreaterThan(500)
    expect(passed.length / applicable.length).toBeGreaterThan(0.87)
  })
})
