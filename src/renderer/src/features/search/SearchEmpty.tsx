import { useUi } from '../../state/ui-store'

/** The list's empty state while a search finds nothing in the current view. */
export function SearchEmpty({ query }: { query: string }) {
  const setQuery = useUi((s) => s.setQuery)
  return (
    <div className="empty-state" role="status">
      <p>No articles match “{query.trim()}”.</p>
      <button type="button" onClick={() => setQuery('')}>
        Clear search
      </button>
    </div>
  )
}
