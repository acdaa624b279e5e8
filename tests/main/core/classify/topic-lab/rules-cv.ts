// Rules against the learned layer under the same leave-one-set-out folds, each with its selection chosen by CV:
// the rules' bars (topic-bars.ts: shares, minimum scores, most topics) and the model's penalty and pick rule are
// chosen on the other sets for every held-out set (nested), so neither figure was tuned on the set it scores.
// `npx tsx tests/main/core/classify/topic-lab/train.ts --compare` prints micro-F1 per set, language and topic, and
// topics per lead, for version 7's hand-set bars, the bars chosen by CV, and the model.
import { rulesTopics } from '../../../../../src/main/core/classify/topic'
import { TOPIC_BARS, type TopicBars } from '../../../../../src/main/core/classify/topic-bars'
import { pickTopics } from '../../../../../src/main/core/classify/topic-model'
import type { PickRule } from '../../../../../src/main/core/classify/topic-model-types'
import { printComparison, printDensity } from './report'
import { crossValidate, LAMBDAS, loadTrainingRows, pickRules, type TrainingRow } from './train'

/** The grid of bars the rules' CV tries around version 7's. */
function candidateBars(): TopicBars[] {
  const out: TopicBars[] = []
  for (const minShare of [0.4, 0.5, 0.6]) {
    for (const minSecondary of [3, 4, 5]) {
      for (const politicsShare of [0.25, 0.35, 0.45]) {
        for (const minPolitics of [2, 3]) {
          for (const strongShare of [0.25, 0.35]) {
            for (const secondaryWords of [2, 3]) {
              for (const maxTopics of [2, 3]) {
                out.push({ ...TOPIC_BARS, minShare, minSecondary, politicsShare, minPolitics, strongShare, secondaryWords, maxTopics })
              }
            }
          }
        }
      }
    }
  }
  return out
}

interface Counts {
  tp: number
  wrong: number
}

function countsPerSet(rows: TrainingRow[], sets: string[], predict: (r: TrainingRow, i: number) => string[]): Counts[] {
  const at = new Map(sets.map((s, i) => [s, i]))
  const out = sets.map(() => ({ tp: 0, wrong: 0 }))
  rows.forEach((r, i) => {
    const c = out[at.get(r.set)!]
    const got = predict(r, i)
    for (const t of got) if (r.gold.includes(t)) c.tp++; else c.wrong++
    for (const t of r.gold) if (!got.includes(t)) c.wrong++
  })
  return out
}

/** For each held-out set, the candidate with the best micro-F1 on all the other sets. */
function nestedChoice(perCandidate: Counts[][]): number[] {
  const sets = perCandidate[0].length
  const total = perCandidate.map((c) => c.reduce((a, b) => ({ tp: a.tp + b.tp, wrong: a.wrong + b.wrong }), { tp: 0, wrong: 0 }))
  return Array.from({ length: sets }, (_, s) => {
    let best = 0
    let bestF1 = -1
    perCandidate.forEach((c, k) => {
      const tp = total[k].tp - c[s].tp
      const f1 = (2 * tp) / (2 * tp + total[k].wrong - c[s].wrong || 1)
      if (f1 > bestF1) { bestF1 = f1; best = k }
    })
    return best
  })
}

function rulesByCV(rows: TrainingRow[], sets: string[]): { predicted: string[][]; chosen: TopicBars[] } {
  const bars = candidateBars()
  const predictWith = (b: TopicBars) => (r: TrainingRow) => rulesTopics(r.hits, r.categories, b).topics as string[]
  const chosen = nestedChoice(bars.map((b) => countsPerSet(rows, sets, predictWith(b)))).map((k) => bars[k])
  const setIndex = new Map(sets.map((s, i) => [s, i]))
  return { predicted: rows.map((r) => predictWith(chosen[setIndex.get(r.set)!])(r)), chosen }
}

function modelByCV(rows: TrainingRow[], sets: string[]): { predicted: string[][]; chosen: Array<[number, PickRule]> } {
  const candidates: Array<[number, PickRule, Float64Array[]]> = []
  for (const lambda of LAMBDAS) {
    const probs = crossValidate(rows, lambda)
    for (const rule of pickRules().filter((_, i) => i % 2 === 0)) candidates.push([lambda, rule, probs])
  }
  const counts = candidates.map(([, rule, probs]) => countsPerSet(rows, sets, (_, i) => pickTopics(probs[i], rule)))
  const chosen = nestedChoice(counts).map((k) => candidates[k])
  const setIndex = new Map(sets.map((s, i) => [s, i]))
  const predicted = rows.map((r, i) => {
    const [, rule, probs] = chosen[setIndex.get(r.set)!]
    return pickTopics(probs[i], rule) as string[]
  })
  return { predicted, chosen: chosen.map(([lambda, rule]) => [lambda, rule]) }
}

/** Prints the nested comparison of the rules and the model (train.ts --compare). */
export function compareByNestedCV(): void {
  const rows = loadTrainingRows()
  const sets = [...new Set(rows.map((r) => r.set))]
  const rules = rulesByCV(rows, sets)
  const model = modelByCV(rows, sets)
  const keys: Array<keyof TopicBars> = ['minShare', 'minSecondary', 'politicsShare', 'minPolitics', 'strongShare', 'secondaryWords', 'maxTopics']
  sets.forEach((s, i) => {
    const b = rules.chosen[i]
    const [lambda, p] = model.chosen[i]
    process.stdout.write(`${s.padEnd(26)} bars ${keys.map((k) => `${k} ${b[k]}`).join(' ')} | model lambda ${lambda} ` +
      `threshold ${p.threshold.toFixed(2)} first ${p.firstThreshold} share ${p.secondShare} max ${p.maxTopics}\n`)
  })
  const columns: Array<[string, string[][]]> = [['v7 bars', rows.map((r) => r.rules)], ['CV bars', rules.predicted], ['model', model.predicted]]
  printComparison(rows, columns)
  printDensity(rows, columns)
}
