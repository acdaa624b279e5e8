// Scores a "same story" predicate against labelled article pairs: pure functions, no I/O, no grouping engine.
// Zero denominators follow tag-eval's convention: nothing to find or nothing claimed counts as 1 (perfect), so a
// kind made only of negatives has recall 1 and a precision that drops to 0 with the first false "same".

/** One side of a labelled pair: the fields a feed item gives a grouping engine. */
export interface PairArticle {
  lang: string
  outlet: string
  outletCountry: string
  title: string
  summary: string
  url: string
  publishedAt: string
  about: string[]
}

export const PAIR_KINDS = [
  'same-wire-rewrite', 'same-event-different-angle', 'cross-language', 'hard-negative-same-countries', 'follow-up',
  'different', 'same-canonical-url',
] as const
export type PairKind = (typeof PAIR_KINDS)[number]

export interface LabelledPair {
  id: string
  a: PairArticle
  b: PairArticle
  same: boolean
  kind: PairKind
}

export type SamePredicate = (a: PairArticle, b: PairArticle) => boolean

export interface Confusion {
  tp: number
  fp: number
  fn: number
  tn: number
}

export interface PairScores extends Confusion {
  pairs: number
  precision: number
  recall: number
  f1: number
  /** Share of pairs whose label the predicate got right; the useful figure for all-negative kinds. */
  accuracy: number
}

export interface GroupingReport {
  overall: PairScores
  byKind: Record<string, PairScores>
  crossLanguage: PairScores
  sameLanguage: PairScores
}

/** Precision, recall, F1 and accuracy of "same" from a confusion count. */
export function scoreConfusion(c: Confusion): PairScores {
  const pairs = c.tp + c.fp + c.fn + c.tn
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  const accuracy = pairs === 0 ? 1 : (c.tp + c.tn) / pairs
  return { ...c, pairs, precision, recall, f1, accuracy }
}

const emptyConfusion = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 })

function tally(c: Confusion, gold: boolean, predicted: boolean): void {
  if (gold && predicted) c.tp++
  else if (gold) c.fn++
  else if (predicted) c.fp++
  else c.tn++
}

/** Runs the predicate once per pair and scores it overall, per kind, and across vs within languages. */
export function scorePairs(pairs: readonly LabelledPair[], same: SamePredicate): GroupingReport {
  const overall = emptyConfusion()
  const cross = emptyConfusion()
  const within = emptyConfusion()
  const kinds = new Map<string, Confusion>()
  for (const p of pairs) {
    const predicted = same(p.a, p.b)
    tally(overall, p.same, predicted)
    tally(p.a.lang === p.b.lang ? within : cross, p.same, predicted)
    if (!kinds.has(p.kind)) kinds.set(p.kind, emptyConfusion())
    tally(kinds.get(p.kind) as Confusion, p.same, predicted)
  }
  const byKind: Record<string, PairScores> = {}
  for (const [kind, c] of kinds) byKind[kind] = scoreConfusion(c)
  return {
    overall: scoreConfusion(overall),
    byKind,
    crossLanguage: scoreConfusion(cross),
    sameLanguage: scoreConfusion(within),
  }
}

/** Parses the JSON Lines of a pair file; blank lines are ignored, a malformed line throws with its number. */
export function parsePairs(text: string): LabelledPair[] {
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return []
    try {
      return [JSON.parse(line) as LabelledPair]
    } catch {
      throw new Error(`pairs line ${i + 1} is not JSON`)
    }
  })
}
