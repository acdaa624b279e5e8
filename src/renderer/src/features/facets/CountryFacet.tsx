import { useId, useMemo, useState } from 'react'
import type { CountryCode } from '../../../../shared/model'
import { countryName, matchesCountry } from '../../lib/countries'
import { Flag } from '../flags/Flag'
import { SidebarSection } from '../sidebar/SidebarSection'
import { FacetOption } from './FacetOption'
import './facets.css'

const COLLAPSED = 10

interface Props {
  /** 'Countries' or 'Outlet country'. */
  title: string
  /** Remembers whether the section is folded. */
  sectionId: string
  counts: Map<CountryCode, number> | undefined
  selected: CountryCode[]
  onToggle(code: CountryCode): void
  /** Shown with a search box ('/' focuses the first one). */
  isSearchable?: boolean
  /** Offers "any of these" / "none of these" for the ticked values (the outlet-country axis). */
  mode?: { value: 'include' | 'exclude'; onChange(mode: 'include' | 'exclude'): void }
  /** Offers "Also articles that only mention it": the ticked countries and the counts then take the `mentions` tier too. */
  mentions?: { isIncluded: boolean; onChange(isIncluded: boolean): void }
  /** Daily counts per country of the last 30 days ('FR' → counts), for sparklines. */
  trends?: Map<string, number[]>
}

/** Countries with flags and counts for the current view, most articles first, searchable by name in the
 *  reader's language; several selected means any of them. */
export function CountryFacet({ title, sectionId, counts, selected, onToggle, isSearchable, mode, mentions, trends }: Props) {
  const [query, setQuery] = useState('')
  const [showAll, setShowAll] = useState(false)
  const searchId = useId()
  const entries = useMemo(() => {
    const map = new Map(counts ?? [])
    for (const c of selected) if (!map.has(c)) map.set(c, 0) // a selected country stays visible to be unticked
    const collator = new Intl.Collator()
    // Names looked up once per country, not once per comparison: the list re-sorts on every filter change.
    return [...map]
      .filter(([code]) => matchesCountry(code, query))
      .map(([code, n]) => ({ code, n, name: countryName(code) }))
      .sort((a, b) => b.n - a.n || collator.compare(a.name, b.name))
  }, [counts, selected, query])
  const visible = showAll || query ? entries : entries.slice(0, COLLAPSED)
  return (
    <SidebarSection id={sectionId} title={title}>
      {mode && (
        <select
          className="facet-mode"
          aria-label={`${title}: how ticked values filter`}
          value={mode.value}
          onChange={(e) => mode.onChange(e.target.value === 'exclude' ? 'exclude' : 'include')}
        >
          <option value="include">Only from the ticked countries</option>
          <option value="exclude">From outside the ticked countries</option>
        </select>
      )}
      {isSearchable && (
        <>
          <label htmlFor={searchId} className="visually-hidden">
            Search countries
          </label>
          <input id={searchId} type="search" className="facet-search" placeholder="Search countries" value={query} onChange={(e) => setQuery(e.target.value)} />
        </>
      )}
      {mentions && (
        <label className="facet-switch">
          <input type="checkbox" checked={mentions.isIncluded} onChange={(e) => mentions.onChange(e.target.checked)} /> Also articles that only mention it
        </label>
      )}
      {counts && entries.length === 0 && <p className="hint">{query ? 'No country by that name here.' : 'None in this view yet.'}</p>}
      <ul className="facet-list" aria-label={title}>
        {visible.map(({ code, n, name }) => (
          <FacetOption key={code} label={name} icon={<Flag code={code} name={name} />} count={n} isSelected={selected.includes(code)} isExcluding={mode?.value === 'exclude'} trend={trends?.get(code)} onToggle={() => onToggle(code)} />
        ))}
      </ul>
      {!query && entries.length > COLLAPSED && (
        <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${entries.length}`}
        </button>
      )}
    </SidebarSection>
  )
}
