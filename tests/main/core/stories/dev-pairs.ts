// The grouping dev sets (tests/fixtures/grouping/dev and dev-fresh, tuned on, never reported as quality): every
// pair of a set's articles, labelled "same" exactly when both carry the same story id.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PairArticle } from '../../../helpers/grouping-eval'

export interface DevArticle extends PairArticle {
  story: string
}

export interface DevPair {
  a: DevArticle
  b: DevArticle
  same: boolean
}

const FIXTURES = join(__dirname, '../../../fixtures/grouping')
const DEV_FILE = join(FIXTURES, 'dev/articles.jsonl')
const FRESH_FILE = join(FIXTURES, 'dev-fresh/articles.jsonl')
/** dev-fresh is split by date: January's stories are tuned on, February's only checked (dev-fresh/README.md). */
const FRESH_CHECK_FROM = '2027-02-01'

function readArticles(file: string): DevArticle[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevArticle)
}

export function devArticles(): DevArticle[] {
  return readArticles(DEV_FILE)
}

/** dev-fresh's articles, or one half of them: 'tune' (January) or 'check' (February). */
export function freshArticles(half?: 'tune' | 'check'): DevArticle[] {
  const all = readArticles(FRESH_FILE)
  if (!half) return all
  return all.filter((a) => (a.publishedAt >= FRESH_CHECK_FROM) === (half === 'check'))
}

export function devPairs(articles: readonly DevArticle[] = devArticles()): DevPair[] {
  const pairs: DevPair[] = []
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      pairs.push({ a: articles[i], b: articles[j], same: articles[i].story === articles[j].story })
    }
  }
  return pairs
}
