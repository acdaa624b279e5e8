/** The series of one facet ('c:' or 't:') keyed by value ('FR'), from the daily counts keyed by facet tag. */
export function trendsOf(series: Map<string, number[]> | undefined, prefix: string): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const [k, counts] of series ?? []) if (k.startsWith(prefix)) out.set(k.slice(prefix.length), counts)
  return out
}
