// The grouping dev set (tests/fixtures/grouping/dev/articles.jsonl, tuned on, never reported as quality): every
// pair of its articles, labelled "same" exactly when both carry the same story id.
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

const DEV_FILE = join(__dirname, '../../../fixtures/grouping/dev/articles.jsonl')

export function devArticles(): DevArticle[] {
  return readFileSync(DEV_FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevArticle)
}

export function devPairs(): DevPair[] {
  const articles = devArticles()
  const pairs: DevPair[] = []
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      pairs.push({ a: articles[i], b: articles[j], same: articles[i].story === articles[j].story })
    }
  }
  return pairs
}
