// How one pick rule fits sets labelled with different densities (train.ts --density): for each held-out set, its
// topics per lead labelled and predicted, its micro-F1 under the rule chosen on all sets, and the threshold that
// would have suited it alone (the other parts of the rule kept). Writers differ (1.17 to 1.46 topics a lead), so a
// set's own best threshold follows its density; the shipped rule is the pooled optimum, never a per-set one.
import { pickTopics } from '../../../../../src/main/core/classify/topic-model'
import type { PickRule } from '../../../../../src/main/core/classify/topic-model-types'
import { microF1, type TrainingRow } from './train'

const THRESHOLDS = Array.from({ length: 36 }, (_, i) => 0.15 + i * 0.01)

export function printDensityFit(rows: TrainingRow[], probs: Float64Array[], rule: PickRule): void {
  const lines = [`${'set'.padEnd(26)} labelled  model   F1    best threshold  F1 there  model there`]
  for (const set of [...new Set(rows.map((r) => r.set))].sort()) {
    const at = rows.flatMap((r, i) => (r.set === set ? [i] : []))
    const own = at.map((i) => rows[i])
    const predict = (threshold: number) => at.map((i) => pickTopics(probs[i], { ...rule, threshold }) as string[])
    const shipped = predict(rule.threshold)
    let best = { threshold: rule.threshold, f1: microF1(own, shipped), predicted: shipped }
    for (const threshold of THRESHOLDS) {
      const predicted = predict(threshold)
      const f1 = microF1(own, predicted)
      if (f1 > best.f1 + 1e-9) best = { threshold, f1, predicted }
    }
    const perLead = (p: string[][]) => (p.reduce((n, x) => n + x.length, 0) / p.length).toFixed(2)
    lines.push(`${set.padEnd(26)} ${perLead(own.map((r) => r.gold)).padStart(8)} ${perLead(shipped).padStart(6)} ` +
      `${microF1(own, shipped).toFixed(3)}  ${best.threshold.toFixed(2).padStart(14)}  ${best.f1.toFixed(3).padStart(8)}  ` +
      `${perLead(best.predicted).padStart(11)}`)
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}
