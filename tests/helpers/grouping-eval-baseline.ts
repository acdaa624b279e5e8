// The naive baseline a grouping engine must beat: two articles are "the same" when their titles share at least
// half of their word tokens (Jaccard >= 0.5). Independent of any engine; no translation, no dates, no countries.

import type { PairArticle } from './grouping-eval'

const BASELINE_THRESHOLD = 0.5

/** Lower-cased letter/digit runs of a title; scripts without spaces (Chinese, Japanese) stay one run per phrase. */
export function titleTokens(title: string): Set<string> {
  return new Set(title.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0))
}

export function jaccard(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 && y.size === 0) return 0
  let shared = 0
  for (const t of x) if (y.has(t)) shared++
  return shared / (x.size + y.size - shared)
}

export function naiveTitleJaccardSame(a: PairArticle, b: PairArticle): boolean {
  return jaccard(titleTokens(a.title), titleTokens(b.title)) >= BASELINE_THRESHOLD
}
