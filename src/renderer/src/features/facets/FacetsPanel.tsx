import { useLiveQuery } from 'dexie-react-hooks'
import { facetCounts } from '../../db/facets'
import { viewKey } from '../../db/view'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { useCurrentView } from '../articles/useCurrentView'
import { CountryFacet } from './CountryFacet'
import { TopicFacet } from './TopicFacet'

/** Countries, topics and outlet countries of the current view. Counts ignore the list's order. */
export function FacetsPanel() {
  const { db } = useServices()
  const view = useCurrentView()
  const countries = useUi((s) => s.countries)
  const topics = useUi((s) => s.topics)
  const outlets = useUi((s) => s.outlets)
  const toggleFacet = useUi((s) => s.toggleFacet)
  const key = view ? viewKey({ ...view, order: undefined }) : ''
  const counts = useLiveQuery(async () => (view ? { key, ...(await facetCounts(db, view)) } : undefined), [db, key])
  return (
    <div className="facets" data-facets-view={counts?.key ?? ''}>
      <CountryFacet title="Countries" counts={counts?.countries} selected={countries} onToggle={(c) => toggleFacet('countries', c)} isSearchable />
      <TopicFacet counts={counts?.topics} selected={topics} onToggle={(t) => toggleFacet('topics', t)} />
      <CountryFacet title="Outlet country" counts={counts?.outlets} selected={outlets} onToggle={(c) => toggleFacet('outlets', c)} />
    </div>
  )
}
