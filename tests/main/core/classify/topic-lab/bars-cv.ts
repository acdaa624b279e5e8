// Does a second-topic bar per language or per topic beat the one shared bar? (train.ts --bars). Nested over the
// leave-one-set-out folds: for each held-out set the shared pick rule, and then each language's (or topic's) own
// threshold, are chosen on the other sets' out-of-fold probabilities only, and the held-out set is scored with both.
import { TOPICS } from '../../../../../src/shared/model'
import type { PickRule } from '../../../../../src/main/core/classify/topic-model-types'
import { pickTopics } from '../../../../../src/main/core/classify/topic-model'
import { pickRules, type TrainingRow } from './train'

const BARS = Array.from({ length: 36 }, (_, i) => 0.15 + i * 0.015)

interface Counts { tp: number; wrong: number }

/** pickTopics with a threshold per topic for the topics after the first (the first keeps the rule's bars). */
function pickWithBars(p: Float64Array, rule: PickRule, bars: Float64Array): string[] {
  const first = pickTopics(p, { ...rule, threshold: 1.01, maxTopics: 1 })
  if (first.length === 0) return []
  const best = TOPICS.indexOf(first[0])
  const kept = [best]
  for (let t = 0; t < p.length; t++) if (t !== best && p[t] > 0 && p[t] >= Math.max(bars[t], rule.secondShare * p[best])) kept.push(t)
  kept.sort((a, b) => p[b] - p[a] || a - b)
  return kept.slice(0, rule.maxTopics).map((t) => TOPICS[t])
}

function count(rows: TrainingRow[], at: number[], predict: (i: number) => string[]): Counts {
  const c = { tp: 0, wrong: 0 }
  for (const i of at) {
    const got = predict(i)
    for (const t of got) if (rows[i].gold.includes(t)) c.tp++; else c.wrong++
    for (const t of rows[i].gold) if (!got.includes(t)) c.wrong++
  }
  return c
}

const f1 = (c: Counts) => (2 * c.tp) / (2 * c.tp + c.wrong || 1)

/** Per-language (key = the row's language, a single threshold) or per-topic (key = the topic) second bars. */
function chooseBars(rows: TrainingRow[], at: number[], probs: Float64Array[], rule: PickRule, kind: 'language' | 'topic'): (i: number) => Float64Array {
  if (kind === 'language') {
    const byLang = new Map<string, number>()
    for (const lang of new Set(at.map((i) => rows[i].lang))) {
      const own = at.filter((i) => rows[i].lang === lang)
      let best = { bar: rule.threshold, f1: -1 }
      for (const bar of BARS) {
        const score = f1(count(rows, own, (i) => pickWithBars(probs[i], rule, new Float64Array(TOPICS.length).fill(bar))))
        if (score > best.f1 + 1e-9) best = { bar, f1: score }
      }
      byLang.set(lang, best.bar)
    }
    return (i) => new Float64Array(TOPICS.length).fill(byLang.get(rows[i].lang) ?? rule.threshold)
  }
  const bars = new Float64Array(TOPICS.length).fill(rule.threshold)
  for (let t = 0; t < TOPICS.length; t++) {
    // Only the rows where topic t has a probability can change with its bar; the others' counts stay as they are.
    const touched = at.filter((i) => probs[i][t] > 0)
    const rest = at.filter((i) => probs[i][t] === 0)
    const others = count(rows, rest, (i) => pickWithBars(probs[i], rule, bars))
    let best = { bar: bars[t], f1: -1 }
    for (const bar of BARS) {
      bars[t] = bar
      const own = count(rows, touched, (i) => pickWithBars(probs[i], rule, bars))
      const score = f1({ tp: own.tp + others.tp, wrong: own.wrong + others.wrong })
      if (score > best.f1 + 1e-9) best = { bar, f1: score }
    }
    bars[t] = best.bar
  }
  return () => bars
}

export function compareBars(rows: TrainingRow[], probs: Float64Array[]): void {
  const sets = [...new Set(rows.map((r) => r.set))].sort()
  const rules = pickRules().filter((r) => r.secondShare === 0 || r.secondShare === 0.5)
  const totals = { shared: { tp: 0, wrong: 0 }, language: { tp: 0, wrong: 0 }, topic: { tp: 0, wrong: 0 } }
  const lines = [`${'held-out set'.padEnd(26)} shared  per-language  per-topic`]
  // Each shared rule's counts per set, once: the rule chosen without a set is the best on the others' sums.
  const rowsOf = new Map(sets.map((set) => [set, rows.flatMap((r, i) => (r.set === set ? [i] : []))]))
  const perSet = rules.map((rule) => new Map(sets.map((set) => [set, count(rows, rowsOf.get(set)!, (i) => pickTopics(probs[i], rule))])))
  const totalsOf = perSet.map((m) => [...m.values()].reduce((a, b) => ({ tp: a.tp + b.tp, wrong: a.wrong + b.wrong }), { tp: 0, wrong: 0 }))
  for (const set of sets) {
    const train = rows.flatMap((r, i) => (r.set === set ? [] : [i]))
    const test = rows.flatMap((r, i) => (r.set === set ? [i] : []))
    let rule = rules[0]
    let bestF1 = -1
    rules.forEach((candidate, k) => {
      const own = perSet[k].get(set)!
      const score = f1({ tp: totalsOf[k].tp - own.tp, wrong: totalsOf[k].wrong - own.wrong })
      if (score > bestF1) { bestF1 = score; rule = candidate }
    })
    const shared = count(rows, test, (i) => pickTopics(probs[i], rule))
    const byLang = chooseBars(rows, train, probs, rule, 'language')
    const byTopic = chooseBars(rows, train, probs, rule, 'topic')
    const language = count(rows, test, (i) => pickWithBars(probs[i], rule, byLang(i)))
    const topic = count(rows, test, (i) => pickWithBars(probs[i], rule, byTopic(i)))
    for (const [k, c] of [['shared', shared], ['language', language], ['topic', topic]] as const) {
      totals[k].tp += c.tp
      totals[k].wrong += c.wrong
    }
    lines.push(`${set.padEnd(26)} ${f1(shared).toFixed(3)}  ${f1(language).toFixed(3).padStart(12)}  ${f1(topic).toFixed(3).padStart(9)}`)
  }
  lines.push(`${'all (nested)'.padEnd(26)} ${f1(totals.shared).toFixed(4)} ${f1(totals.language).toFixed(4).padStart(12)}  ${f1(totals.topic).toFixed(4).padStart(9)}`)
  process.stdout.write(`${lines.join('\n')}\n`)
}
