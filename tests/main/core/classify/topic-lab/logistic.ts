// L2-regularised logistic regression by Newton's method, for the topic model's training (topic-train.ts): a few
// dozen features and a few thousand rows, so exact second-order steps converge in a handful of iterations.

/** Rows of features (without the bias), 0/1 labels and the penalty on every weight but the bias. */
export interface LogisticProblem {
  x: Float64Array[]
  y: Uint8Array
  lambda: number
}

/** Weights, bias first, on standardised features; see `destandardise` for raw ones. */
export function fitLogistic({ x, y, lambda }: LogisticProblem, iterations = 30): Float64Array {
  const d = (x[0]?.length ?? 0) + 1
  const w = new Float64Array(d)
  for (let iter = 0; iter < iterations; iter++) {
    const g = new Float64Array(d)
    const h = Array.from({ length: d }, () => new Float64Array(d))
    for (let r = 0; r < x.length; r++) {
      const row = x[r]
      let z = w[0]
      for (let i = 1; i < d; i++) z += w[i] * row[i - 1]
      const p = 1 / (1 + Math.exp(-z))
      const err = p - y[r]
      const s = Math.max(p * (1 - p), 1e-9)
      for (let i = 0; i < d; i++) {
        const xi = i === 0 ? 1 : row[i - 1]
        g[i] += err * xi
        for (let j = 0; j <= i; j++) h[i][j] += s * xi * (j === 0 ? 1 : row[j - 1])
      }
    }
    for (let i = 1; i < d; i++) {
      g[i] += lambda * w[i]
      h[i][i] += lambda
    }
    h[0][0] += 1e-6
    const step = solveSymmetric(h, g)
    let biggest = 0
    for (let i = 0; i < d; i++) {
      w[i] -= step[i]
      biggest = Math.max(biggest, Math.abs(step[i]))
    }
    if (biggest < 1e-7) break
  }
  return w
}

/** Solves H s = g for a symmetric positive definite H given by its lower triangle (Cholesky). */
function solveSymmetric(h: Float64Array[], g: Float64Array): Float64Array {
  const d = g.length
  const l = Array.from({ length: d }, () => new Float64Array(d))
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = h[i][j]
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k]
      l[i][j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j]
    }
  }
  const z = new Float64Array(d)
  for (let i = 0; i < d; i++) {
    let sum = g[i]
    for (let k = 0; k < i; k++) sum -= l[i][k] * z[k]
    z[i] = sum / l[i][i]
  }
  const s = new Float64Array(d)
  for (let i = d - 1; i >= 0; i--) {
    let sum = z[i]
    for (let k = i + 1; k < d; k++) sum -= l[k][i] * s[k]
    s[i] = sum / l[i][i]
  }
  return s
}

/** Per-feature mean and spread of the training rows; a constant feature gets spread 1 (its weight stays 0). */
export function scaling(x: Float64Array[]): { mean: Float64Array; sd: Float64Array } {
  const d = x[0]?.length ?? 0
  const mean = new Float64Array(d)
  const sd = new Float64Array(d)
  for (const row of x) for (let i = 0; i < d; i++) mean[i] += row[i] / x.length
  for (const row of x) for (let i = 0; i < d; i++) sd[i] += (row[i] - mean[i]) ** 2 / x.length
  for (let i = 0; i < d; i++) sd[i] = sd[i] > 1e-12 ? Math.sqrt(sd[i]) : 1
  return { mean, sd }
}

export function standardise(x: Float64Array[], s: { mean: Float64Array; sd: Float64Array }): Float64Array[] {
  return x.map((row) => row.map((v, i) => (v - s.mean[i]) / s.sd[i]))
}

/** Weights on raw features from weights on standardised ones. */
export function destandardise(w: Float64Array, s: { mean: Float64Array; sd: Float64Array }): number[] {
  const raw = [w[0]]
  for (let i = 1; i < w.length; i++) {
    raw.push(w[i] / s.sd[i - 1])
    raw[0] -= (w[i] * s.mean[i - 1]) / s.sd[i - 1]
  }
  return raw
}
