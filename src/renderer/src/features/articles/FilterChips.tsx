import type { TopicId } from '../../../../shared/model'
import type { CountryCode } from '../../../../shared/model'
import { countryName } from '../../lib/countries'
import { Flag } from '../flags/Flag'
import { topicLabel } from '../../lib/topics'
import { useUi, type FacetName } from '../../state/ui-store'

interface Chip {
  facet: FacetName
  value: string
  /** Plain text, for the accessible name. */
  name: string
  /** The country whose flag the chip shows. */
  flag?: CountryCode
}

/** The active filters as removable chips, with one button that clears them all. */
export function FilterChips() {
  const countries = useUi((s) => s.countries)
  const topics = useUi((s) => s.topics)
  const outlets = useUi((s) => s.outlets)
  const outletPrefix = useUi((s) => (s.outletMode === 'exclude' ? 'Outlet not in' : 'Outlet'))
  const toggleFacet = useUi((s) => s.toggleFacet)
  const clearFilters = useUi((s) => s.clearFilters)
  const chips: Chip[] = [
    ...countries.map((c) => ({ facet: 'countries' as const, value: c, name: countryName(c), flag: c })),
    ...topics.map((t) => ({ facet: 'topics' as const, value: t, name: topicLabel(t as TopicId) })),
    ...outlets.map((c) => ({ facet: 'outlets' as const, value: c, name: `${outletPrefix} ${countryName(c)}`, flag: c })),
  ]
  if (chips.length === 0) return null
  return (
    <div className="filter-chips" role="group" aria-label="Active filters">
      {chips.map((chip) => (
        <button
          key={`${chip.facet}:${chip.value}`}
          type="button"
          className="chip is-active"
          aria-label={`Remove filter ${chip.name}`}
          onClick={() => toggleFacet(chip.facet, chip.value)}
        >
          {chip.flag && <Flag code={chip.flag} />}
          {chip.name} <span aria-hidden="true">×</span>
        </button>
      ))}
      {chips.length > 0 && (
        <button type="button" className="link-button" onClick={clearFilters}>
          Clear all
        </button>
      )}
    </div>
  )
}
