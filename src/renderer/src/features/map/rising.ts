// "Rising" (issue 20): the countries whose coverage today is well above their own recent baseline. The rule, stated
// once here and in the README: over the BASELINE_DAYS days before today, the country's daily counts have mean m and
// standard deviation s (population); today's count x is rising when x ≥ MIN_TODAY and z = (x − m) / max(s, 1) ≥
// MIN_Z. The floor of 1 on s keeps a country usually never in the news from dividing by zero: five articles about it
// today after two quiet weeks is z = 5, a rise. "Today" is the reader's local day so far, so a rise shows once the
// day's count is high enough, never because the day is young.
export const BASELINE_DAYS = 14
export const MIN_TODAY = 5
export const MIN_Z = 3

export interface Rise {
  /** The series' key ('FR'). */
  key: string
  today: number
  mean: number
  sd: number
  z: number
}

/** Mean and population standard deviation of a baseline. */
export function baselineOf(counts: readonly number[]): { mean: number; sd: number } {
  if (counts.length === 0) return { mean: 0, sd: 0 }
  const mean = counts.reduce((a, b) => a + b, 0) / counts.length
  const variance = counts.reduce((a, b) => a + (b - mean) ** 2, 0) / counts.length
  return { mean, sd: Math.sqrt(variance) }
}

/** The rise of one series whose last entry is today and the BASELINE_DAYS before it the baseline; undefined when it
 *  is not rising. A series shorter than that uses the days it has (missing days count 0). */
export function riseOf(key: string, series: readonly number[]): Rise | undefined {
  const today = series[series.length - 1] ?? 0
  if (today < MIN_TODAY) return undefined
  const before = series.slice(0, -1).slice(-BASELINE_DAYS)
  const padded = [...Array.from({ length: BASELINE_DAYS - before.length }, () => 0), ...before]
  const { mean, sd } = baselineOf(padded)
  const z = (today - mean) / Math.max(sd, 1)
  return z >= MIN_Z ? { key, today, mean, sd, z } : undefined
}

/** Every rising series, the steepest first. */
export function risingOf(series: ReadonlyMap<string, readonly number[]>): Rise[] {
  const rises: Rise[] = []
  for (const [key, counts] of series) {
    const rise = riseOf(key, counts)
    if (rise) rises.push(rise)
  }
  return rises.sort((a, b) => b.z - a.z || b.today - a.today || a.key.localeCompare(b.key))
}
