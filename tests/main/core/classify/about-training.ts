// The about model's training data and learner (train-about.ts runs them): every dev/eval set's lead, its named
// countries with their feature vectors (about-features.ts) and whether the labels put each in `about`; an L2
// logistic regression fitted by Newton's method on standardised features, returned in raw units.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { candidateFeatures } from '../../../../src/main/core/classify/about-features'
import type { StandIn } from '../../../../src/main/core/classify/about-features'
import { weighCountries } from '../../../../src/main/core/classify/country'
import { scanArticle } from '../../../../src/main/core/classify/index'
import { rulesAbout } from '../../../../src/main/core/classify/tiers'
import { loadRows } from './dev-scores'

/**
 * Every labelled set under tests/fixtures/classify except frozen/ and heldout* (never read here) and
 * dev-fresh.jsonl (the union of dev-fresh-a and dev-fresh-b). Each set is one cross-validation group.
 * dev-retired11/12/13/14/15/16/17 are the held-out sets of sessions 11 to 17, retired to dev data (in sessions 13 to 18)
 * once their figures had been reported.
 */
export const TRAINING_SETS = [
  'dev-tiers.jsonl', 'dev-general.jsonl', 'dev-precision.jsonl', 'dev-langs.jsonl', 'dev-fresh-a.jsonl',
  'dev-fresh-b.jsonl', 'dev-fresh2.jsonl', 'dev-topics.jsonl', 'dev-topics-fresh.jsonl', 'dev-topics-fresh2.jsonl',
  'dev-topics-fresh3.jsonl', 'eval-dev.jsonl', 'eval-heldout.jsonl', 'eval-tuning.jsonl', 'dev-fresh3.jsonl',
  'dev-retired11.jsonl', 'dev-retired12.jsonl', 'dev-fresh4.jsonl',
  'dev-fresh5.jsonl', 'dev-retired13.jsonl', 'dev-fresh6.jsonl', 'dev-fresh7.jsonl',
  'dev-retired14.jsonl',
  'dev-fresh8.jsonl', 'dev-fresh9.jsonl',
  'dev-fresh10.jsonl',
  'dev-retired15.jsonl',
  'dev-fresh11.jsonl',
  'dev-fresh12.jsonl',
  'dev-retired16.jsonl',
  'dev-fresh13.jsonl',
  'dev-fresh14.jsonl',
  'dev-retired17.jsonl',
  'dev-fresh15.jsonl',
  'dev-fresh16.jsonl',
].filter((set) => existsSync(join(__dirname, '../../../fixtures/classify', set)))

export interface Example {
  set: string
  lang: string
  /** For error analysis (train-about.ts --misses). */
  title: string
  gold: string[]
  codes: string[]
  features: number[][]
  /** Per candidate: what a stand-in needs (about-model.ts `pickAbout`). */
  tallies: StandIn[]
  /** The version-7 rules' decision on the same evidence. */
  rules: string[]
  /** The set's trap kinds for this lead (`train-about.ts --traps`), whether written as strings or as { kind }. */
  traps: string[]
  /** The lead's id, when the set gives one (error analysis). */
  id: string
}

/** Trap labels are strings in the older sets and { kind, note } objects from dev-retired11 on. */
function trapKinds(traps: unknown): string[] {
  if (!Array.isArray(traps)) return []
  return traps.map((t) => (typeof t === 'string' ? t : String((t as { kind?: unknown }).kind ?? '')))
}

/** One example per distinct lead (a lead copied into a later set counts once, in the first set). */
export function loadExamples(): Example[] {
  const seen = new Set<string>()
  const out: Example[] = []
  for (const set of TRAINING_SETS) {
    for (const row of loadRows(set)) {
      const key = `${row.title}\n${row.summary}`
      if (seen.has(key)) continue
      seen.add(key)
      const { countryContext } = scanArticle({ title: row.title, summary: row.summary, content: row.content, lang: row.lang })
      const example: Example = {
        set, lang: row.lang, title: row.title, gold: row.about, codes: [], features: [], tallies: [], rules: [],
        traps: trapKinds(row.traps), id: (row as { id?: string }).id ?? '',
      }
      if (countryContext.hits.length > 0) {
        const weighed = weighCountries(countryContext)
        const candidates = candidateFeatures(weighed)
        example.codes = candidates.codes
        example.features = candidates.features
        example.tallies = candidates.tallies
        example.rules = rulesAbout(weighed)
      }
      out.push(example)
    }
  }
  return out
}

export interface Fitted {
  weights: number[]
  bias: number
}

/**
 * L2-regularised logistic regression (the bias is not penalised), Newton's method on columns scaled to unit
 * deviation. The columns are not centred: with an unpenalised bias, centring moves only the bias, so the optimum is
 * the same, and uncentred indicator columns stay sparse, which makes each Newton step about ten times cheaper.
 */
export function fitLogistic(rows: number[][], labels: number[], lambda: number): Fitted {
  const d = rows[0].length
  const mean = Array.from({ length: d }, () => 0)
  const sd = Array.from({ length: d }, () => 0)
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += r[j] / rows.length
  for (const r of rows) for (let j = 0; j < d; j++) sd[j] += (r[j] - mean[j]) ** 2 / rows.length
  for (let j = 0; j < d; j++) sd[j] = Math.sqrt(sd[j]) || 1
  const xs = rows.map((r) => [1, ...r.map((v, j) => v / sd[j])])
  const nonZero = xs.map((x) => x.flatMap((v, j) => (v === 0 ? [] : [j])))
  const beta = Array.from({ length: d + 1 }, () => 0)
  for (let iter = 0; iter < 100; iter++) {
    const grad = beta.map((b, j) => (j === 0 ? 0 : lambda * b))
    const hess = beta.map((_, i) => beta.map((__, j) => (i === j && i > 0 ? lambda : 0)))
    xs.forEach((x, n) => {
      const nz = nonZero[n]
      let z = 0
      for (const j of nz) z += beta[j] * x[j]
      const p = 1 / (1 + Math.exp(-z))
      const w = Math.max(p * (1 - p), 1e-9)
      for (const i of nz) {
        grad[i] += (p - labels[n]) * x[i]
        const wi = w * x[i]
        const row = hess[i]
        for (const j of nz) if (j >= i) row[j] += wi * x[j]
      }
    })
    for (let i = 0; i <= d; i++) for (let j = 0; j < i; j++) hess[i][j] = hess[j][i]
    const step = solve(hess, grad)
    let change = 0
    for (let j = 0; j <= d; j++) {
      beta[j] -= step[j]
      change = Math.max(change, Math.abs(step[j]))
    }
    if (change < 1e-7) break
  }
  return { weights: beta.slice(1).map((b, j) => b / sd[j]), bias: beta[0] }
}

/** Gaussian elimination with partial pivoting (the Hessian is small and positive definite). */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length
  const a = matrix.map((row, i) => [...row, rhs[i]])
  for (let c = 0; c < n; c++) {
    let pivot = c
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r
    ;[a[c], a[pivot]] = [a[pivot], a[c]]
    for (let r = c + 1; r < n; r++) {
      const f = a[r][c] / a[c][c]
      if (f !== 0) for (let k = c; k <= n; k++) a[r][k] -= f * a[c][k]
    }
  }
  const x = Array.from({ length: n }, () => 0)
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r][n]
    for (let k = r + 1; k < n; k++) s -= a[r][k] * x[k]
    x[r] = s / a[r][r]
  }
  return x
}

/** One split of a boosted ensemble: `left` when feature < threshold, else `right` (log-odds). */
export interface Stump {
  feature: number
  threshold: number
  left: number
  right: number
}

/**
 * Gradient-boosted stumps under the logistic loss (Newton leaf values, shrinkage `rate`, L2 `lambda` on the leaves),
 * the alternative the brief names: compared with the logistic regression by the same cross-validation.
 */
export function fitStumps(rows: number[][], labels: number[], rounds: number, rate = 0.1, lambda = 1): { bias: number; stumps: Stump[] } {
  const n = rows.length
  const d = rows[0].length
  const positive = labels.reduce((s, y) => s + y, 0)
  const bias = Math.log((positive + 1) / (n - positive + 1))
  const z = Array.from({ length: n }, () => bias)
  const order = Array.from({ length: d }, (_, j) => Array.from({ length: n }, (__, i) => i).sort((a, b) => rows[a][j] - rows[b][j]))
  const stumps: Stump[] = []
  for (let round = 0; round < rounds; round++) {
    const g = z.map((v, i) => 1 / (1 + Math.exp(-v)) - labels[i])
    const h = z.map((v) => { const p = 1 / (1 + Math.exp(-v)); return Math.max(p * (1 - p), 1e-9) })
    const gAll = g.reduce((s, v) => s + v, 0)
    const hAll = h.reduce((s, v) => s + v, 0)
    let best = { gain: 0, feature: -1, threshold: 0, left: 0, right: 0 }
    for (let j = 0; j < d; j++) {
      let gl = 0
      let hl = 0
      const idx = order[j]
      for (let k = 0; k < n - 1; k++) {
        gl += g[idx[k]]
        hl += h[idx[k]]
        const a = rows[idx[k]][j]
        const b = rows[idx[k + 1]][j]
        if (a === b) continue
        const gr = gAll - gl
        const hr = hAll - hl
        const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - (gAll * gAll) / (hAll + lambda)
        if (gain > best.gain) best = { gain, feature: j, threshold: (a + b) / 2, left: -gl / (hl + lambda), right: -gr / (hr + lambda) }
      }
    }
    if (best.feature < 0) break
    const stump = { feature: best.feature, threshold: best.threshold, left: rate * best.left, right: rate * best.right }
    stumps.push(stump)
    for (let i = 0; i < n; i++) z[i] += rows[i][stump.feature] < stump.threshold ? stump.left : stump.right
  }
  return { bias, stumps }
}

export function stumpLogit(model: { bias: number; stumps: Stump[] }, x: readonly number[]): number {
  let z = model.bias
  for (const s of model.stumps) z += x[s.feature] < s.threshold ? s.left : s.right
  return z
}
