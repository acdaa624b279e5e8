import type { CountryCode } from '../../../../shared/model'
import { countryName } from '../../lib/countries'

/** The map's counts as a table, most articles first; each country name filters the list like a click on the map. */
export function MapTable({ entries, onChoose }: { entries: [CountryCode, number][]; onChoose(code: CountryCode): void }) {
  if (entries.length === 0) return <p className="hint">No article in this view is about a country yet.</p>
  return (
    <table className="map-table">
      <caption>Articles about each country in this view</caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col">Articles</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([code, n]) => (
          <tr key={code} data-country={code}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onChoose(code)}>
                {countryName(code)}
              </button>
            </th>
            <td>{n.toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
