// What the map's trends (the card's sparkline and "Rising today") count, in words: the view itself, or the whole
// library when the view has no day counters and is too large to scan (db/view-daily.ts).
import { DAILY_SCAN_LIMIT, type ViewDaily } from '../../db'

export function trendBasisNote(basis: ViewDaily['basis'] | undefined): string {
  if (basis === 'library') return `This view has no daily counts and over ${DAILY_SCAN_LIMIT.toLocaleString('en')} articles in 30 days: trends are the whole library's.`
  return 'Counted in this view.'
}
