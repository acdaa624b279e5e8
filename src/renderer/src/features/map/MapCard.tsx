import type { CountryCode } from '../../../../shared/model'
import type { View, ViewDaily } from '../../db'
import { countryName } from '../../lib/countries'
import { countOf } from '../../lib/format'
import { describeSeries, Sparkline } from '../facets/Sparkline'
import { useMapView } from './map-store'
import { useNewestHeadlines } from './useMapCounts'
import { trendBasisNote } from './trend-basis'
import { WatchButton } from './WatchButton'

interface Props {
  view: View | undefined
  code: CountryCode | null
  count: number
  /** The view's daily counts of the last 30 days (useViewDaily): the days, and the country's counts. */
  daily: { days: string[]; counts: number[] } | undefined
  /** What those counts cover: the view, or the whole library (trend-basis.ts). */
  basis: ViewDaily['basis'] | undefined
}

/** What the hovered or focused country holds: its name, its count, its last 30 days as a sparkline and its three
 *  newest headlines; a star to watch it, and a way to its coverage card. */
export function MapCard({ view, code, count, daily, basis }: Props) {
  const headlines = useNewestHeadlines(view, count > 0 ? code : null)
  const setOpened = useMapView((s) => s.setOpened)
  if (!code) return <p className="map-card hint">Point at a country, or tab to the map and use the arrow keys.</p>
  return (
    <section className="map-card" aria-label={`${countryName(code)} in this view`}>
      <h3>
        <WatchButton code={code} /> {countryName(code)} <span className="list-count">{countOf(count, { one: 'article', other: 'articles' })}</span>
      </h3>
      {daily && (
        <p className="map-trend">
          <Sparkline counts={daily.counts} label={`Articles a day about ${countryName(code)}, ${describeSeries(daily.days, daily.counts)}`} />{' '}
          <span className="hint">{describeSeries(daily.days, daily.counts)}</span>
        </p>
      )}
      {daily && basis === 'library' && (
        <p className="hint" data-trend-basis="library">
          {trendBasisNote(basis)}
        </p>
      )}
      {count > 0 && (
        <ul>
          {(headlines ?? []).map((a) => (
            <li key={a.id}>{a.title}</li>
          ))}
        </ul>
      )}
      <button type="button" className="link-button" onClick={() => setOpened(code)}>
        Who covers {countryName(code)}?
      </button>
    </section>
  )
}
