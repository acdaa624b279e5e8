import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { coverageMatrix, NO_OUTLET, viewKey, type View } from '../../db'
import { countryName } from '../../lib/countries'
import { countOf } from '../../lib/format'
import { useServices } from '../../lib/services'
import { showCellInList, useMapView } from './map-store'
import { matrixLayout, MATRIX_COLUMNS } from './matrix-layout'

const outletName = (o: string) => (o === NO_OUTLET ? 'No outlet country set' : countryName(o))

/** Who covers whom: outlet countries (rows) × the countries their articles are about (columns) in this view. A cell
 *  lists its articles ("about Brazil, from outlets in Portugal"); a column heading opens that country's card. */
export function CoverageMatrixView({ view }: { view: View | undefined }) {
  const { db } = useServices()
  const key = view ? viewKey({ ...view, order: undefined }) : ''
  const result = useLiveQuery(() => (view ? coverageMatrix(db, view) : undefined), [db, key])
  const matrix = result?.cells
  const layout = useMemo(() => matrix && matrixLayout(matrix), [matrix])
  const setOpened = useMapView((s) => s.setOpened)
  if (!matrix || !layout) return <p className="hint">Counting…</p>
  if (layout.rows.length === 0) return <p className="hint">No article in this view is about a country yet.</p>
  return (
    <div>
      {/* Explained outside the table: a caption is as wide as the table, which scrolls sideways. */}
      <p className="hint" id="map-matrix-about">
        Articles by the outlet's country (rows) and the country they are about (columns): the {MATRIX_COLUMNS} countries most covered in this view. A number lists its articles.
        {result?.newestOnly !== undefined && (
          <>
            {' '}
            <strong data-matrix-newest={result.newestOnly}>Counted from this view's newest {result.newestOnly.toLocaleString()} articles only</strong>: who covers whom is kept
            counted for All articles, Unread, a time range, one topic, a feed or a folder; other views are counted from their newest articles.
          </>
        )}
      </p>
      <div className="map-matrix-frame">
        <table className="map-matrix" data-map-matrix="ready" aria-describedby="map-matrix-about">
          <caption>Who covers whom</caption>
          <thead>
            <tr>
              <th scope="col">Outlets in</th>
              {layout.columns.map(({ code }) => (
                <th key={code} scope="col" data-about={code}>
                  <button type="button" className="link-button" onClick={() => setOpened(code)} title={`Who covers ${countryName(code)}`}>
                    {countryName(code)}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {layout.rows.map(({ outlet }) => (
              <tr key={outlet} data-outlet={outlet}>
                <th scope="row">{outletName(outlet)}</th>
                {layout.columns.map(({ code }) => {
                  const n = matrix.get(outlet)?.get(code) ?? 0
                  const label = `${countOf(n, { one: 'article', other: 'articles' })} about ${countryName(code)} from outlets in ${outletName(outlet)}`
                  return (
                    <td key={code} data-about={code} data-count={n}>
                      {n > 0 && outlet !== NO_OUTLET ? (
                        <button type="button" className="link-button" aria-label={label} onClick={() => showCellInList(outlet, code)}>
                          {n.toLocaleString()}
                        </button>
                      ) : n > 0 ? (
                        n.toLocaleString()
                      ) : (
                        ''
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
