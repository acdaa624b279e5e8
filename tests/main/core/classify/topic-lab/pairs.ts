// The pair priors of the topic model (its `pairPrior` feature): how often the labels keep topic t when topic k
// leads the evidence and t has real evidence of its own (war leads usually carry politics, floods weather), as
// smoothed log-odds. Learned on the training rows only, so the cross-validation stays honest.
import { TOPICS } from '../../../../../src/shared/model'
import { hasRealEvidence } from '../../../../../src/main/core/classify/topic-features'
import { articleContext } from '../../../../../src/main/core/classify/topic-feature-vector'
import type { TrainingRow } from './train'

/** A pair seen this many times weighs as much as the topic's own base rate. */
const SMOOTHING = 10

export function pairPriors(rows: TrainingRow[]): number[][] {
  const n = TOPICS.length
  const seen = Array.from({ length: n }, () => new Float64Array(n))
  const kept = Array.from({ length: n }, () => new Float64Array(n))
  const base = { seen: new Float64Array(n), kept: new Float64Array(n) }
  for (const r of rows) {
    const top = articleContext(r.evidence, r.lang).topIndex
    if (top < 0) continue
    for (let t = 0; t < n; t++) {
      if (t === top || !hasRealEvidence(r.evidence, t)) continue
      const labelled = r.gold.includes(TOPICS[t]) ? 1 : 0
      seen[top][t]++
      kept[top][t] += labelled
      base.seen[t]++
      base.kept[t] += labelled
    }
  }
  return seen.map((row, k) => Array.from(row, (count, t) => {
    const prior = (base.kept[t] + 1) / (base.seen[t] + 2)
    const rate = (kept[k][t] + SMOOTHING * prior) / (count + SMOOTHING)
    return Number(Math.log(rate / (1 - rate)).toPrecision(5))
  }))
}
