// Loads the extraction dev set (tests/fixtures/extract-dev, built by its build.ts) and scores extractions on it.
// Shared by the dev-set test and bench/extract-bench.ts so both report the same figures.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ExtractedArticle } from '../../../../src/main/core/extract/types'
import { htmlToText, tokenScores, type TokenScores } from './corpus'

const DEV_DIR = join(__dirname, '../../../fixtures/extract-dev')

export interface DevPage {
  name: string
  url: string
  html: string
  expectedText: string
  byline: string
}

export function loadDevSet(): DevPage[] {
  return readdirSync(DEV_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => {
      const meta = JSON.parse(readFileSync(join(DEV_DIR, name, 'meta.json'), 'utf8')) as { url: string; byline: string }
      return {
        name,
        url: meta.url,
        byline: meta.byline,
        html: readFileSync(join(DEV_DIR, name, 'source.html'), 'utf8'),
        expectedText: readFileSync(join(DEV_DIR, name, 'expected.txt'), 'utf8'),
      }
    })
}

/** Scores the article body as stored (contentHtml): what the reader is shown. */
export function scoreDevPage(article: ExtractedArticle, page: DevPage): TokenScores {
  return tokenScores(htmlToText(article.contentHtml ?? ''), page.expectedText)
}

/** Micro-free summary: the mean of per-page precision, recall and F1. */
export function meanScores(scores: TokenScores[]): TokenScores {
  const mean = (pick: (s: TokenScores) => number) => scores.reduce((sum, s) => sum + pick(s), 0) / scores.length
  return { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) }
}
