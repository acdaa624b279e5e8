// Loads Readability's own test pages (../shared/corpora/readability) and scores extractions against them.
// Shared by corpus.test.ts and bench/extract-bench.ts so both report the same figures.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { CORPORA_DIR } from '../../../helpers/corpora-dir'
import { Parser } from 'htmlparser2'
import { splitWords } from '../../../../src/main/core/extract/word-count'
import type { ExtractedArticle } from '../../../../src/main/core/extract/types'

const CORPUS_DIR = process.env.READABILITY_CORPUS ?? join(CORPORA_DIR, 'readability')
/** Upstream parses every test page as if it lived here; expected URLs in expected.html depend on it. */
export const CORPUS_PAGE_URL = 'http://fakehost/test/page.html'

interface ExpectedMetadata {
  title: string | null
  byline: string | null
  dir: string | null
  lang?: string | null
  excerpt?: string | null
  siteName: string | null
  publishedTime: string | null
  readerable: boolean
}

export interface CorpusPage {
  name: string
  sourceHtml: string
  expectedHtml: string
  expected: ExpectedMetadata
}

export function loadCorpus(): CorpusPage[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({
      name,
      sourceHtml: readFileSync(join(CORPUS_DIR, name, 'source.html'), 'utf8'),
      expectedHtml: readFileSync(join(CORPUS_DIR, name, 'expected.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(CORPUS_DIR, name, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata,
    }))
}

/**
 * Text of an HTML fragment with a space at every tag boundary. Both sides go through this, so the pretty-printing
 * of expected.html (newlines between blocks) cannot count as a difference, and "<p>a</p><p>b</p>" never glues into "ab".
 */
export function htmlToText(html: string): string {
  const parts: string[] = []
  let skipDepth = 0
  const parser = new Parser({
    onopentag(name) {
      if (name === 'script' || name === 'style') skipDepth++
      parts.push(' ')
    },
    onclosetag(name) {
      if (name === 'script' || name === 'style') skipDepth = Math.max(0, skipDepth - 1)
      parts.push(' ')
    },
    ontext(text) {
      if (skipDepth === 0) parts.push(text)
    },
  })
  parser.write(html)
  parser.end()
  return parts.join('')
}

export interface TokenScores {
  precision: number
  recall: number
  f1: number
}

/** Token precision, recall and F1 over multisets of lower-cased words (CJK: characters), as in SQuAD-style scoring. */
export function tokenScores(actualText: string, expectedText: string): TokenScores {
  const actual = splitWords(actualText.normalize('NFKC').toLowerCase())
  const expected = splitWords(expectedText.normalize('NFKC').toLowerCase())
  if (actual.length === 0 && expected.length === 0) return { precision: 1, recall: 1, f1: 1 }
  if (actual.length === 0 || expected.length === 0) return { precision: 0, recall: 0, f1: 0 }
  const counts = new Map<string, number>()
  for (const token of expected) counts.set(token, (counts.get(token) ?? 0) + 1)
  let overlap = 0
  for (const token of actual) {
    const left = counts.get(token) ?? 0
    if (left > 0) {
      overlap++
      counts.set(token, left - 1)
    }
  }
  const precision = overlap / actual.length
  const recall = overlap / expected.length
  return { precision, recall, f1: overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall) }
}

function tokenF1(actualText: string, expectedText: string): number {
  return tokenScores(actualText, expectedText).f1
}

export const METADATA_FIELDS = ['title', 'byline', 'siteName', 'excerpt', 'publishedTime', 'lang', 'dir', 'readerable'] as const
export type MetadataField = (typeof METADATA_FIELDS)[number]
/** Like upstream: these are compared only when the corpus gives a value; the others always (null = must be absent). */
const ONLY_WHEN_GIVEN = new Set<MetadataField>(['publishedTime', 'lang', 'dir'])

/** Per field: undefined when the corpus does not rule on it, else whether the extraction agrees. */
function compareMetadata(article: ExtractedArticle, expected: ExpectedMetadata): Partial<Record<MetadataField, boolean>> {
  const verdicts: Partial<Record<MetadataField, boolean>> = {}
  for (const field of METADATA_FIELDS) {
    // "" and null both mean "none": ExtractedArticle leaves empty fields out rather than carrying "".
    const want = expected[field] === '' ? null : (expected[field] ?? null)
    if (want === null && (ONLY_WHEN_GIVEN.has(field) || !(field in expected))) continue
    verdicts[field] = (article[field] ?? null) === want
  }
  return verdicts
}

/** Scores one page: F1 of the article text against expected.html, and the metadata verdicts. */
export function scorePage(article: ExtractedArticle, page: CorpusPage) {
  return {
    f1: tokenF1(htmlToText(article.contentHtml ?? ''), htmlToText(page.expectedHtml)),
    metadata: compareMetadata(article, page.expected),
  }
}
