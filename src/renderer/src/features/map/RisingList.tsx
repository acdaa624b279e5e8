import { useLiveQuery } from 'dexie-react-hooks'
import type { CountryCode } from '../../../../shared/model'
import { firstPage } from '../../db'
import { countryName } from '../../lib/countries'
import { useServices } from '../../lib/services'
import { BASELINE_DAYS, MIN_TODAY, MIN_Z, type Rise } from './rising'
import { rangeStart } from './time-range'

/** The countries rising today (rising.ts states the rule), each with the newest headlines driving the rise. */
export function RisingList({ rises, onChoose }: { rises: Rise[]; onChoose(code: CountryCode): void }) {
  return (
    <section className="map-rising" aria-label="Rising today">
      <h3>Rising today</h3>
      <p className="hint">
        At least {MIN_TODAY} articles today and {MIN_Z} standard deviations above the country's daily mean of the {BASELINE_DAYS} days before.
      </p>
      {rises.length === 0 ? (
        <p className="hint">No country is rising today.</p>
      ) : (
        <ul>
          {rises.map((r) => (
            <RisingItem key={r.key} rise={r} onChoose={onChoose} />
          ))}
        </ul>
      )}
    </section>
  )
}

function RisingItem({ rise, onChoose }: { rise: Rise; onChoose(code: CountryCode): void }) {
  const { db } = useServices()
  const since = rangeStart('today')
  const headlines = useLiveQuery(() => firstPage(db, { scope: { kind: 'today', since }, countries: [rise.key] }, 3), [db, rise.key, since])
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
