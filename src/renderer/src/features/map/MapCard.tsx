import type { CountryCode } from '../../../../shared/model'
import type { View } from '../../db'
import { countryName } from '../../lib/countries'
import { countOf } from '../../lib/format'
import { useNewestHeadlines } from './useMapCounts'

/** What the hovered or focused country holds: its name, its count and its three newest headlines. */
export function MapCard({ view, code, count }: { view: View | undefined; code: CountryCode | null; count: number }) {
  const headlines = useNewestHeadlines(view, count > 0 ? code : null)
  if (!code) return <p className="map-card hint">Point at a country, or tab to the map and use the arrow keys.</p>
  return (
    <section className="map-card" aria-label={`${countryName(code)} in this view`}>
      <h3>
        {countryName(code)} <span className="list-count">{countOf(count, { one: 'article', other: 'articles' })}</span>
      </h3>
      {count > 0 && (
        <ul>
          {(headlines ?? []).map((a) => (
            <li key={a.id}>{a.title}</li>
          ))}
        </ul>
      )}
    </section>
  )
}
