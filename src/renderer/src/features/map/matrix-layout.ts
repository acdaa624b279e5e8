// Which rows and columns the who-covers-whom table shows: every outlet country (few: one per feed's outlet), and the
// about-countries most covered in the view (a table 200 columns wide helps nobody).
import type { CountryCode } from '../../../../shared/model'
import { NO_OUTLET, type CoverageMatrix } from '../../db'

export const MATRIX_COLUMNS = 12

export interface MatrixLayout {
  /** Outlet countries, most articles first; NO_OUTLET last. */
  rows: { outlet: string; total: number }[]
  /** About-countries, most articles first. */
  columns: { code: CountryCode; total: number }[]
}

export function matrixLayout(matrix: CoverageMatrix, columns = MATRIX_COLUMNS): MatrixLayout {
  const totals = new Map<CountryCode, number>()
  const rows: MatrixLayout['rows'] = []
  for (const [outlet, cells] of matrix) {
    let total = 0
    for (const [c, n] of cells) {
      totals.set(c, (totals.get(c) ?? 0) + n)
      total += n
    }
    if (total > 0) rows.push({ outlet, total })
  }
  rows.sort((a, b) => Number(a.outlet === NO_OUTLET) - Number(b.outlet === NO_OUTLET) || b.total - a.total || a.outlet.localeCompare(b.outlet))
  const cols = [...totals].map(([code, total]) => ({ code, total })).sort((a, b) => b.total - a.total || a.code.localeCompare(b.code))
  return { rows, columns: cols.slice(0, columns) }
}
