// Trains the classifier's learned topic layer (src/main/core/classify/data/topic-weights.ts) on every labelled
// dev/eval set under tests/fixtures/classify (never frozen/ or heldout*), choosing the penalty and pick rule by
// cross-validation that leaves one set out, and compares it with version 7's rules on the same rows.
// `npx tsx tests/main/core/classify/topic-lab/train.ts` prints the CV tables (`--misses` the rows it gets wrong,
// `--pairs` the second topics missed and added, `--density` how the pick rule fits each set's label density,
// `--bars` whether a second-topic bar per language or per topic beats the shared one under nested CV, `--third`
// whether a third-topic bar of its own does, and how each set moves the shared bar, `--stack` whether a second-stage
// model over the first stage's probabilities and pair features does);
// `--write` also writes the weights; `--compare` runs the nested comparison of rules-cv.ts instead.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { TOPICS } from '../../../../../src/shared/model'
import { rulesTopics } from '../../../../../src/main/core/classify/topic'
import type { Hit } from '../../../../../src/main/core/classify/matcher'
import { hasRealEvidence, type TopicEvidence } from '../../../../../src/main/core/classify/topic-features'
import { articleContext, FEATURE_COUNT, FEATURE_NAMES, fillFeatures } from '../../../../../src/main/core/classify/topic-feature-vector'
import { pickTopics, topicProbabilities } from '../../../../../src/main/core/classify/topic-model'
import type { PickRule, TopicModel } from '../../../../../src/main/core/classify/topic-model-types'
import { destandardise, fitLogistic, scaling, standardise } from './logistic'
import { readArticle } from './read'
import { printMisses, printPairs, printReport } from './report'
import { compareByNestedCV } from './rules-cv'
import { pairPriors } from './pairs'
import { compareBars } from './bars-cv'
import { printDensityFit } from './density'
import { compareThirdBar } from './third-cv'
import { compareStack } from './stack-cv'

const FIXTURES = join(__dirname, '../../../../fixtures/classify')
const MODEL_FILE = join(__dirname, '../../../../../src/main/core/classify/data/topic-weights.ts')
const ALL_LAMBDAS = [0.3, 1, 3, 10, 30, 100, 300]
/** `--lambda=10,30` narrows the penalties tried (quicker experiments); the committed weights use them all. */
export const LAMBDAS = listArgument('lambda')?.map(Number) ?? ALL_LAMBDAS
/** `--drop=pairPrior,topicCount` trains without those features (an ablation: their weights stay 0). */
const DROPPED = new Set((listArgument('drop') ?? []).map((name) => FEATURE_NAMES.indexOf(name)))

function listArgument(name: string): string[] | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3).split(',')
}
const THRESHOLDS = Array.from({ length: 46 }, (_, i) => 0.15 + i * 0.01)
const FIRST_THRESHOLDS = [0, 0.05, 0.1, 0.15, 0.2, 0.3]
const SECOND_SHARES = [0, 0.3, 0.5, 0.7]
const MAX_TOPICS = [2, 3]

/** Every pick rule the cross-validation tries. */
export function pickRules(): PickRule[] {
  const rules: PickRule[] = []
  for (const threshold of THRESHOLDS) {
    for (const firstThreshold of FIRST_THRESHOLDS) {
      for (const secondShare of SECOND_SHARES) {
        for (const maxTopics of MAX_TOPICS) rules.push({ threshold, firstThreshold, secondShare, maxTopics })
      }
    }
  }
  return rules
}

export interface TrainingRow {
  set: string
  title: string
  /** Line number in the set, from 0. */
  line: number
  lang: string
  gold: string[]
  /** What version 7's rules tag, for comparison. */
  rules: string[]
  evidence: TopicEvidence
  /** The topic hits and feed categories, for re-running the rules with other bars (rules-cv.ts). */
  hits: Hit[]
  categories: string[]
}

/** Every labelled set but the frozen one, the held-out ones (heldout18, ...) and dev-fresh (the union of -a and -b). */
export function trainingSets(): string[] {
  return readdirSync(FIXTURES).filter((n) => n.endsWith('.jsonl') && !n.startsWith('heldout') &&
    n !== 'golden-verdicts.jsonl' && n !== 'dev-fresh.jsonl').sort()
}

export function loadTrainingRows(): TrainingRow[] {
  const seen = new Set<string>()
  const rows: TrainingRow[] = []
  for (const set of trainingSets()) {
    readFileSync(join(FIXTURES, set), 'utf8').trim().split('\n').forEach((text, line) => {
      const r = JSON.parse(text) as { title: string; summary?: string; content?: string; lang: string; topics?: string[]; categories?: string[] }
      const key = `${r.title}\n${r.summary}`
      if (!r.topics || seen.has(key)) return
      seen.add(key)
      const { lang, evidence, hits } = readArticle(r)
      rows.push({ set, title: r.title, line, lang, gold: r.topics, rules: rulesTopics(hits, r.categories ?? []).topics, evidence, hits,
        categories: r.categories ?? [] })
    })
  }
  return rows
}

/** Per topic, the rows where it has real evidence (the only ones the model decides) and their features. */
function topicData(rows: TrainingRow[], t: number, pairs: number[][]): { index: number[]; x: Float64Array[]; y: Uint8Array } {
  const index: number[] = []
  const x: Float64Array[] = []
  const labels: number[] = []
  rows.forEach((r, i) => {
    if (!hasRealEvidence(r.evidence, t)) return
    const f = new Float64Array(FEATURE_COUNT)
    fillFeatures(r.evidence, t, articleContext(r.evidence, r.lang), pairs, f)
    for (const i of DROPPED) f[i] = 0
    index.push(i)
    x.push(f)
    labels.push(r.gold.includes(TOPICS[t]) ? 1 : 0)
  })
  return { index, x, y: Uint8Array.from(labels) }
}

/** Raw weights per topic and the pair priors, trained on `rows`. */
function train(rows: TrainingRow[], lambda: number): { weights: number[][]; pairs: number[][] } {
  const pairs = pairPriors(rows)
  const weights = TOPICS.map((_, t) => {
    const { x, y } = topicData(rows, t, pairs)
    if (x.length === 0 || y.every((v) => v === 0)) return [-10, ...Array.from({ length: FEATURE_COUNT }, () => 0)]
    const s = scaling(x)
    return destandardise(fitLogistic({ x: standardise(x, s), y, lambda }), s)
  })
  return { weights, pairs }
}

function modelOf(trained: { weights: number[][]; pairs: number[][] }, rule: PickRule): TopicModel {
  return { ...rule, features: FEATURE_NAMES, ...trained }
}

/** Out-of-fold probabilities: each set scored by a model trained on all the others. */
export function crossValidate(rows: TrainingRow[], lambda: number): Float64Array[] {
  const out: Float64Array[] = rows.map(() => new Float64Array(TOPICS.length))
  for (const set of new Set(rows.map((r) => r.set))) {
    const model = modelOf(train(rows.filter((r) => r.set !== set), lambda), { threshold: 0.5, secondShare: 0, firstThreshold: 0, maxTopics: 3 })
    rows.forEach((r, i) => { if (r.set === set) out[i] = topicProbabilities(r.evidence, r.lang, model) })
  }
  return out
}

export function microF1(rows: TrainingRow[], predicted: string[][]): number {
  let tp = 0
  let wrong = 0
  rows.forEach((r, i) => {
    for (const t of predicted[i]) if (r.gold.includes(t)) tp++; else wrong++
    for (const t of r.gold) if (!predicted[i].includes(t)) wrong++
  })
  return (2 * tp) / (2 * tp + wrong || 1)
}

function main(): void {
  const rows = loadTrainingRows()
  const rules = pickRules()
  let best = { f1: -1, lambda: 0, rule: rules[0], predicted: [] as string[][], probs: [] as Float64Array[] }
  for (const lambda of LAMBDAS) {
    const probs = crossValidate(rows, lambda)
    let bestHere = 0
    for (const rule of rules) {
      const predicted = probs.map((p) => pickTopics(p, rule) as string[])
      const f1 = microF1(rows, predicted)
      bestHere = Math.max(bestHere, f1)
      if (f1 > best.f1) best = { f1, lambda, rule, predicted, probs }
    }
    process.stdout.write(`lambda ${lambda}: best CV micro-F1 ${bestHere.toFixed(4)}\n`)
  }
  const r = best.rule
  process.stdout.write(`chosen: lambda ${best.lambda}, threshold ${r.threshold.toFixed(2)}, first ${r.firstThreshold}, ` +
    `second share ${r.secondShare}, max ${r.maxTopics}\n`)
  printReport(rows, best.predicted)
  if (process.argv.includes('--pairs')) {
    printPairs(rows, (row) => row.rules, 'rules')
    printPairs(rows, (_, i) => best.predicted[i], 'model')
  }
  if (process.argv.includes('--misses')) printMisses(rows, best.predicted)
  if (process.argv.includes('--density')) printDensityFit(rows, best.probs, best.rule)
  if (process.argv.includes('--bars')) compareBars(rows, best.probs)
  if (process.argv.includes('--third')) compareThirdBar(rows, best.probs)
  if (process.argv.includes('--stack')) compareStack(rows, best.probs)
  if (process.argv.includes('--write')) writeModel(modelOf(train(rows, best.lambda), best.rule), rows.length, best)
}

function writeModel(m: TopicModel, n: number, cv: { f1: number; lambda: number }): void {
  const round = (v: number) => Number(v.toPrecision(5))
  const weights = m.weights.map((w, t) => `    /* ${TOPICS[t]} */ [${w.map(round).join(', ')}],`).join('\n')
  const pairs = m.pairs.map((row, k) => `    /* ${TOPICS[k]} */ [${row.join(', ')}],`).join('\n')
  writeFileSync(MODEL_FILE, `// Generated by tests/main/core/classify/topic-lab/train.ts --write: do not edit by hand.
// ${n} labelled leads, L2 penalty ${cv.lambda}; leave-one-set-out CV micro-F1 ${cv.f1.toFixed(4)}.
import type { TopicModel } from '../topic-model-types'

export const TOPIC_MODEL: TopicModel = {
  threshold: ${m.threshold.toFixed(2)},
  secondShare: ${m.secondShare},
  firstThreshold: ${m.firstThreshold},
  maxTopics: ${m.maxTopics},
  features: ${JSON.stringify(m.features)},
  weights: [
${weights}
  ],
  pairs: [
${pairs}
  ],
}
`)
}

if (process.argv[1]?.endsWith('topic-lab/train.ts')) {
  if (process.argv.includes('--compare')) compareByNestedCV()
  else main()
}
