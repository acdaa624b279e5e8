// Summary statistics for repeated runs: every published figure is a median with its run count and spread.
export interface Spread {
  median: number
  min: number
  max: number
  runs: number
}

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}

export function spread(values: number[]): Spread {
  return { median: round(quantile(values, 0.5)), min: round(Math.min(...values)), max: round(Math.max(...values)), runs: values.length }
}

export interface Percentiles {
  p50: number
  p95: number
  min: number
  max: number
  runs: number
}

export function percentiles(values: number[]): Percentiles {
  return { p50: round(quantile(values, 0.5)), p95: round(quantile(values, 0.95)), min: round(Math.min(...values)), max: round(Math.max(...values)), runs: values.length }
}

/** Three significant decimals at most: enough for ms and MB, short in JSON. */
export function round(n: number): number {
  if (!Number.isFinite(n)) return n
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2
  return Number(n.toFixed(digits))
}
