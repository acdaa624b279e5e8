import type { Rise } from './rising'
import { risingOf } from './rising'

/** The rising countries among daily series keyed by facet tag ('c:FR' → counts, today last). */
export function risingCountries(series: Map<string, number[]> | undefined): Rise[] {
  const countries = new Map<string, number[]>()
  for (const [k, counts] of series ?? []) if (k.startsWith('c:')) countries.set(k.slice(2), counts)
  return risingOf(countries)
}
