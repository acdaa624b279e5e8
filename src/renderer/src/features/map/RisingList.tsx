import { useLiveQuery } from 'dexie-react-hooks'
import type { CountryCode } from '../../../../shared/model'
import { firstPage, type View, type ViewDaily } from '../../db'
import { countryName } from '../../lib/countries'
import { useServices } from '../../lib/services'
import { BASELINE_DAYS, MIN_TODAY, MIN_Z, type Rise } from './rising'
import { rangeStart, viewInRange } from './time-range'
import { trendBasisNote } from './trend-basis'

interface Props {
  view: View | undefined
  rises: Rise[]
  basis: ViewDaily['basis'] | undefined
  onChoose(code: CountryCode): void
}

/** The countries rising today in the view (rising.ts states the rule), each with the newest headlines driving the
 *  rise. */
export function RisingList({ view, rises, basis, onChoose }: Props) {
  return (
    <section className="map-rising" aria-label="Rising today">
      <h3>Rising today</h3>
      <p className="hint">
        At least {MIN_TODAY} articles today and {MIN_Z} standard deviations above the country's daily mean of the {BASELINE_DAYS} days before.{' '}
        {trendBasisNote(basis)}
      </p>
      {rises.length === 0 ? (
        <p className="hint">No country is rising today.</p>
      ) : (
        <ul>
          {rises.map((r) => (
            <RisingItem key={r.key} view={basis === 'library' ? undefined : view} rise={r} onChoose={onChoose} />
          ))}
        </ul>
      )}
    </section>
  )
}

/** One rising country and its newest headlines of today in the view (the whole library without one). */
function RisingItem({ view, rise, onChoose }: { view: View | undefined; rise: Rise; onChoose(code: CountryCode): void }) {
  const { db } = useServices()
  const since = rangeStart('today')
  // A feed, a folder or Starred takes no date range: their newest rows are read and those before today dropped.
  const today: View = { ...viewInRange(view ?? { scope: { kind: 'all' } }, 'today'), countries: [rise.key], order: 'newest' }
  const headlines = useLiveQuery(
    async () => (await firstPage(db, today, 3)).filter((a) => a.publishedAt >= since),
    [db, JSON.stringify(today), since],
  )
  return (
    <li data-rising={rise.key}>
      <button type="button" className="link-button" onClick={() => onChoose(rise.key)}>
        {countryName(rise.key)}
      </button>{' '}
      <span className="list-count">
        {rise.today} today, usually {rise.mean.toFixed(1)} a day
      </span>
      <ul>
        {(headlines ?? []).map((a) => (
          <li key={a.id}>{a.title}</li>
        ))}
      </ul>
    </li>
  )
}
