import type { CountryCode } from '../../../../shared/model'
import { countryName } from '../../lib/countries'
import { countOf } from '../../lib/format'

interface Props {
  title: string
  entries: [CountryCode, number][]
  onCurrent(code: CountryCode | null): void
  onChoose(code: CountryCode): void
}

/** Countries as buttons with their counts: the small states the map cannot show at this size. */
export function CountryCountList({ title, entries, onCurrent, onChoose }: Props) {
  if (entries.length === 0) return null
  return (
    <section className="map-small" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {entries.map(([code, n]) => (
          <li key={code}>
            <button type="button" className="link-button" onFocus={() => onCurrent(code)} onMouseEnter={() => onCurrent(code)} onClick={() => onChoose(code)}>
              {countryName(code)} <span className="list-count">{countOf(n, { one: 'article', other: 'articles' })}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
