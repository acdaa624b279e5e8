// Scores one extracted article body against its expected text: token precision, recall and F1, and image recall.
// Independent of the extractor's own code (its word counter and URL resolution): the oracle must not share its bugs.
import { Parser } from 'htmlparser2'

/** Han, kana and their shared marks (々, ー): written without spaces, so each character is one token. */
const CJK = String.raw`[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]`
/** A CJK letter on its own, or a run of letters, marks and digits of any other script (marks keep Devanagari whole). */
const TOKEN = new RegExp(String.raw`(?:(?=[\p{L}\p{N}])${CJK})|(?:(?!${CJK})[\p{L}\p{M}\p{N}])+`, 'gu')

/** Lower-cased NFKC tokens; punctuation and whitespace never count. */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? []
}

export interface TextScore {
  precision: number
  recall: number
  f1: number
  extractedTokens: number
  expectedTokens: number
}

/**
 * Multiset overlap of tokens. Precision is 1 for an empty extraction only when nothing was expected either;
 * recall is 1 when nothing was expected (nothing could be missed).
 */
export function scoreText(extracted: string, expected: string): TextScore {
  const got = tokenize(extracted)
  const want = tokenize(expected)
  const left = new Map<string, number>()
  for (const token of want) left.set(token, (left.get(token) ?? 0) + 1)
  let overlap = 0
  for (const token of got) {
    const n = left.get(token) ?? 0
    if (n > 0) {
      overlap++
      left.set(token, n - 1)
    }
  }
  const precision = got.length === 0 ? (want.length === 0 ? 1 : 0) : overlap / got.length
  const recall = want.length === 0 ? 1 : overlap / want.length
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, extractedTokens: got.length, expectedTokens: want.length }
}

/** Absolute http(s) URLs of every <img src> in an HTML fragment, resolved against the page URL. */
export function imageSources(html: string, pageUrl: string): string[] {
  const found: string[] = []
  const parser = new Parser({
    onopentag(name, attrs) {
      const src = attrs.src?.trim()
      if (name !== 'img' || !src) return
      const url = resolve(src, pageUrl)
      if (url && /^https?:$/.test(url.protocol)) found.push(url.href)
    },
  }, { decodeEntities: true })
  parser.write(html)
  parser.end()
  return found
}

function resolve(href: string, base: string): URL | undefined {
  try {
    return new URL(href, base)
  } catch {
    return undefined
  }
}

/** Share of expected image URLs found among the extracted ones; undefined when the page expects no image. */
export function imageRecall(expected: readonly string[], extracted: readonly string[]): number | undefined {
  if (expected.length === 0) return undefined
  const have = new Set(extracted.map((u) => resolve(u, 'http://invalid/')?.href ?? u))
  const hits = expected.filter((u) => have.has(new URL(u).href)).length
  return hits / expected.length
}
