// Scores country tiers and topics against a labelled set: pure functions, no I/O, no classifier.
// Zero denominators follow one convention: nothing to find or nothing claimed counts as 1 (perfect),
// so an empty gold set with an empty prediction is right and an F1 is 0 only when something was missed.

/** One labelled article of an evaluation set (the fields the scorer reads). */
export interface GoldRecord {
  id: string
  lang: string
  about: string[]
  mentions: string[]
  topics: string[]
  traps: Array<{ kind: string; note?: string }>
}

/** What a classifier said about one article. */
export interface Prediction {
  about: string[]
  mentions: string[]
  topics: string[]
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface PRF extends Counts {
  precision: number
  recall: number
  f1: number
}

export interface GroupScores {
  articles: number
  /** Micro precision / recall / F1 of the predicted `about` set against the gold `about` set. */
  about: PRF
  /** Fraction of articles whose predicted `about` set equals the gold one. */
  aboutExact: number
  /** Gold mentions found anywhere in predicted about ∪ mentions, over all gold mentions. */
  mentionsRecall: number
  /** Predicted mentions that are gold mentions or gold about, over all predicted mentions. */
  mentionsPrecision: number
  goldMentions: number
  predictedMentions: number
  /** Micro precision / recall / F1 of topics. */
  topics: PRF
}

export interface TrapRow {
  kind: string
  /** Articles carrying at least one trap of this kind. */
  articles: number
  /** Fraction of those whose predicted `about` set is exactly the gold one. */
  aboutExact: number
  /** Fraction of those with no predicted topic outside the gold topics. */
  topicsNoFalse: number
}

export interface Scored {
  gold: GoldRecord
  predicted: Prediction
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator
}

export function prf(c: Counts): PRF {
  const precision = ratio(c.tp, c.tp + c.fp)
  const recall = ratio(c.tp, c.tp + c.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { ...c, precision, recall, f1 }
}

/** Adds one article's set comparison to running counts (duplicates in either list count once). */
function addSets(c: Counts, gold: readonly string[], predicted: readonly string[]): void {
  const g = new Set(gold)
  const p = new Set(predicted)
  for (const x of p) if (g.has(x)) c.tp++; else c.fp++
  for (const x of g) if (!p.has(x)) c.fn++
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a)
  const sb = new Set(b)
  return sa.size === sb.size && [...sa].every((x) => sb.has(x))
}

/** All metrics over one group of articles (a language, all non-English, everything). */
export function scoreGroup(items: readonly Scored[]): GroupScores {
  const about: Counts = { tp: 0, fp: 0, fn: 0 }
  const topics: Counts = { tp: 0, fp: 0, fn: 0 }
  let exact = 0
  let goldMentions = 0
  let mentionsFound = 0
  let predictedMentions = 0
  let mentionsRight = 0
  for (const { gold, predicted } of items) {
    addSets(about, gold.about, predicted.about)
    addSets(topics, gold.topics, predicted.topics)
    if (sameSet(gold.about, predicted.about)) exact++
    const findable = new Set([...predicted.about, ...predicted.mentions])
    for (const m of new Set(gold.mentions)) {
      goldMentions++
      if (findable.has(m)) mentionsFound++
    }
    const named = new Set([...gold.about, ...gold.mentions])
    for (const m of new Set(predicted.mentions)) {
      predictedMentions++
      if (named.has(m)) mentionsRight++
    }
  }
  return {
    articles: items.length,
    about: prf(about),
    aboutExact: ratio(exact, items.length),
    mentionsRecall: ratio(mentionsFound, goldMentions),
    mentionsPrecision: ratio(mentionsRight, predictedMentions),
    goldMentions,
    predictedMentions,
    topics: prf(topics),
  }
}

/** Pairs gold records with predictions by position; the lists must be the same length. */
export function pair(gold: readonly GoldRecord[], predicted: readonly Prediction[]): Scored[] {
  if (gold.length !== predicted.length) throw new Error(`${gold.length} gold records but ${predicted.length} predictions`)
  return gold.map((g, i) => ({ gold: g, predicted: predicted[i] }))
}

/** Scores per language (in `languages` order), then 'non-en' (every language but English) and 'all'. */
export function scoreByLanguage(items: readonly Scored[], languages: readonly string[]): Map<string, GroupScores> {
  const out = new Map<string, GroupScores>()
  for (const lang of languages) out.set(lang, scoreGroup(items.filter((s) => s.gold.lang === lang)))
  out.set('non-en', scoreGroup(items.filter((s) => s.gold.lang !== 'en')))
  out.set('all', scoreGroup(items))
  return out
}

/** One row per trap kind found in the gold records, in `kinds` order first, then any others. */
export function scoreTraps(items: readonly Scored[], kinds: readonly string[] = []): TrapRow[] {
  const found = new Set(items.flatMap((s) => s.gold.traps.map((t) => t.kind)))
  const order = [...kinds.filter((k) => found.has(k)), ...[...found].filter((k) => !kinds.includes(k)).sort()]
  return order.map((kind) => {
    const withKind = items.filter((s) => s.gold.traps.some((t) => t.kind === kind))
    const exact = withKind.filter((s) => sameSet(s.gold.about, s.predicted.about)).length
    const clean = withKind.filter((s) => s.predicted.topics.every((t) => s.gold.topics.includes(t))).length
    return { kind, articles: withKind.length, aboutExact: ratio(exact, withKind.length), topicsNoFalse: ratio(clean, withKind.length) }
  })
}
