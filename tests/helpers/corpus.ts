// Shared helpers for the peer-corpus tests: listing files, running parse + normalize on one document, and
// translating feedparser's `Expect:` Python expressions into checks against our output.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { CORPORA_DIR } from './corpora-dir'
import { parseFeed } from '../../src/main/core/parse-feed'
import { normalizeFeedInfo, normalizeItem } from '../../src/main/core/normalize'
import { FeedError } from '../../src/main/core/errors'
import type { ParsedFeed } from '../../src/main/core/types'
import type { FeedInfo, IncomingArticle } from '../../src/shared/model'

export const CORPORA = join(CORPORA_DIR, 'feeds')
const FIXED_NOW = new Date('2026-06-01T12:00:00Z')

export function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? listFiles(path) : [path]
    })
}

export interface CorpusRun {
  feedUrl: string
  feed?: ParsedFeed
  info?: FeedInfo
  articles: IncomingArticle[]
  /** A FeedError (one-line message): an accepted outcome for broken or unrecognised documents. */
  feedError?: FeedError
  /** Anything else thrown: a crash, never acceptable. */
  crash?: unknown
  ms: number
}

/** parseFeed + normalizeFeedInfo + normalizeItem over every item, catching and classifying failures. */
export async function runDocument(text: string, feedUrl: string, feedId = 'corpus'): Promise<CorpusRun> {
  const start = performance.now()
  try {
    const feed = await parseFeed(text, feedUrl)
    const info = normalizeFeedInfo(feed, feedUrl)
    const articles = feed.items.map((item) => normalizeItem(item, { feedId, feedUrl, feed, now: FIXED_NOW }))
    return { feedUrl, feed, info, articles, ms: performance.now() - start }
  } catch (err) {
    const ms = performance.now() - start
    if (err instanceof FeedError) return { feedUrl, articles: [], feedError: err, ms }
    return { feedUrl, articles: [], crash: err, ms }
  }
}

/** The comment header feedparser puts at the top of each test file. */
export interface FeedparserHeader {
  expect?: string
  description?: string
  headers: Record<string, string>
}

export function readFeedparserHeader(text: string): FeedparserHeader {
  const comment = /<!--([\s\S]*?)-->/.exec(text)?.[1] ?? /"__TEST__"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text)?.[1] ?? ''
  const headers: Record<string, string> = {}
  let expect: string | undefined
  let description: string | undefined
  for (const line of comment.split('\n')) {
    const m = /^\s*(Header|Expect|Description|SkipUnless):\s*(.*)$/.exec(line)
    if (!m) continue
    const value = m[2]!.trim()
    if (m[1] === 'Header') {
      const colon = value.indexOf(':')
      if (colon > 0) headers[value.slice(0, colon).trim().toLowerCase()] = value.slice(colon + 1).trim()
    } else if (m[1] === 'Expect') expect = value
    else if (m[1] === 'Description') description = value
  }
  // json/example.json carries the whole header on one line: "Description: ... Expect: ... -->".
  if (!expect && /Expect:/.test(comment)) expect = comment.split('Expect:')[1]!.replace(/-->\s*$/, '').trim()
  return { expect, description, headers }
}

// ---- a small parser for the Python expressions in feedparser's `Expect:` lines ----

export type Py =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'const'; v: null | boolean }
  | { t: 'name'; v: string }
  | { t: 'index'; obj: Py; key: Py }
  | { t: 'attr'; obj: Py; name: string }
  | { t: 'call'; fn: Py; args: Py[] }
  | { t: 'tuple' | 'list'; items: Py[] }
  | { t: 'dict'; entries: [Py, Py][] }
  | { t: 'not' | 'neg'; e: Py }
  | { t: 'and' | 'or'; items: Py[] }
  | { t: 'cmp'; ops: string[]; operands: Py[] }
  | { t: 'add'; l: Py; r: Py }

type Token = { k: 'str'; v: string } | { k: 'num'; v: number } | { k: 'name'; v: string } | { k: 'op'; v: string }

function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < src.length) {
    const c = src[i]!
    if (/\s/.test(c)) {
      i++
      continue
    }
    const str = /^([uUbBrR]{0,2})('|")/.exec(src.slice(i))
    if (str) {
      const raw = /r/i.test(str[1]!)
      const quote = str[2]!
      let j = i + str[0].length
      let value = ''
      while (j < src.length && src[j] !== quote) {
        if (src[j] === '\\' && !raw) {
          const [decoded, used] = decodeEscape(src, j)
          value += decoded
          j += used
        } else if (src[j] === '\\' && raw) {
          value += src[j]! + (src[j + 1] ?? '')
          j += 2
        } else value += src[j++]!
      }
      if (j >= src.length) throw new Error(`unterminated string in: ${src}`)
      tokens.push({ k: 'str', v: value })
      i = j + 1
      continue
    }
    const num = /^\d+(?:\.\d+)?/.exec(src.slice(i))
    if (num) {
      tokens.push({ k: 'num', v: Number(num[0]) })
      i += num[0].length
      continue
    }
    const name = /^[A-Za-z_][\w]*/.exec(src.slice(i))
    if (name) {
      tokens.push({ k: 'name', v: name[0] })
      i += name[0].length
      continue
    }
    const op = /^(==|!=|[()[\]{},.:+-])/.exec(src.slice(i))
    if (!op) throw new Error(`unexpected character ${JSON.stringify(c)} in: ${src}`)
    tokens.push({ k: 'op', v: op[0] })
    i += op[0].length
  }
  return tokens
}

function decodeEscape(src: string, at: number): [string, number] {
  const next = src[at + 1] ?? ''
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' }
  const hex = (len: number) => String.fromCodePoint(parseInt(src.slice(at + 2, at + 2 + len), 16))
  if (next === 'x') return [hex(2), 4]
  if (next === 'u') return [hex(4), 6]
  if (next === 'U') return [hex(8), 10]
  if (next in simple) return [simple[next]!, 2]
  return [`\\${next}`, 2]
}

/** Parses one Expect expression. Throws on syntax it does not cover; the caller counts those as untranslatable. */
export function parsePython(src: string): Py {
  const tokens = tokenize(src)
  let pos = 0
  const peek = (): Token | undefined => tokens[pos]
  const isOp = (v: string) => peek()?.k === 'op' && peek()!.v === v
  const isName = (v: string) => peek()?.k === 'name' && peek()!.v === v
  const expectOp = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v} at token ${pos} in: ${src}`)
    pos++
  }
  const orExpr = (): Py => {
    const items = [andExpr()]
    while (isName('or')) {
      pos++
      items.push(andExpr())
    }
    return items.length === 1 ? items[0]! : { t: 'or', items }
  }
  const andExpr = (): Py => {
    const items = [notExpr()]
    while (isName('and')) {
      pos++
      items.push(notExpr())
    }
    return items.length === 1 ? items[0]! : { t: 'and', items }
  }
  const notExpr = (): Py => {
    if (isName('not')) {
      pos++
      return { t: 'not', e: notExpr() }
    }
    return comparison()
  }
  const comparison = (): Py => {
    const operands = [sum()]
    const ops: string[] = []
    for (;;) {
      if (isOp('==') || isOp('!=')) ops.push((tokens[pos++] as { v: string }).v)
      else if (isName('is')) {
        pos++
        if (isName('not')) {
          pos++
          ops.push('is not')
        } else ops.push('is')
      } else if (isName('in')) {
        pos++
        ops.push('in')
      } else if (isName('not') && tokens[pos + 1]?.k === 'name' && (tokens[pos + 1] as { v: string }).v === 'in') {
        pos += 2
        ops.push('not in')
      } else break
      operands.push(sum())
    }
    return ops.length ? { t: 'cmp', ops, operands } : operands[0]!
  }
  const sum = (): Py => {
    let left = unary()
    while (isOp('+')) {
      pos++
      left = { t: 'add', l: left, r: unary() }
    }
    return left
  }
  const unary = (): Py => {
    if (isOp('-')) {
      pos++
      return { t: 'neg', e: unary() }
    }
    return postfix(atom())
  }
  const postfix = (base: Py): Py => {
    for (;;) {
      if (isOp('[')) {
        pos++
        const key = orExpr()
        expectOp(']')
        base = { t: 'index', obj: base, key }
      } else if (isOp('.')) {
        pos++
        const name = tokens[pos++]
        if (name?.k !== 'name') throw new Error(`expected a name after '.' in: ${src}`)
        base = { t: 'attr', obj: base, name: name.v }
      } else if (isOp('(')) {
        pos++
        base = { t: 'call', fn: base, args: sequence(')') }
      } else return base
    }
  }
  const sequence = (close: string): Py[] => {
    const items: Py[] = []
    while (!isOp(close)) {
      items.push(orExpr())
      if (!isOp(close)) expectOp(',')
    }
    pos++
    return items
  }
  const atom = (): Py => {
    const tok = tokens[pos++]
    if (!tok) throw new Error(`unexpected end of: ${src}`)
    if (tok.k === 'str') {
      let v = tok.v
      while (peek()?.k === 'str') v += (tokens[pos++] as { v: string }).v // implicit concatenation
      return { t: 'str', v }
    }
    if (tok.k === 'num') return { t: 'num', v: tok.v }
    if (tok.k === 'name') {
      if (tok.v === 'None') return { t: 'const', v: null }
      if (tok.v === 'True' || tok.v === 'False') return { t: 'const', v: tok.v === 'True' }
      return { t: 'name', v: tok.v }
    }
    if (tok.v === '(') {
      const items: Py[] = []
      let sawComma = false
      while (!isOp(')')) {
        items.push(orExpr())
        if (isOp(',')) {
          sawComma = true
          pos++
        } else if (!isOp(')')) expectOp(')')
      }
      pos++
      return items.length === 1 && !sawComma ? items[0]! : { t: 'tuple', items }
    }
    if (tok.v === '[') return { t: 'list', items: sequence(']') }
    if (tok.v === '{') {
      const entries: [Py, Py][] = []
      while (!isOp('}')) {
        const key = orExpr()
        expectOp(':')
        entries.push([key, orExpr()])
        if (!isOp('}')) expectOp(',')
      }
      pos++
      return { t: 'dict', entries }
    }
    throw new Error(`unexpected ${tok.v} in: ${src}`)
  }
  const tree = orExpr()
  if (pos !== tokens.length) throw new Error(`trailing tokens in: ${src}`)
  return tree
}
