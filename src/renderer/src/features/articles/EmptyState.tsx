import { type View, hasFacetFilters } from '../../db'
import { useUi } from '../../state/ui-store'
import { useFeeds } from '../feeds/useFeeds'
import { OpmlImportButton } from '../sidebar/OpmlImportButton'

/** What an empty list means, and what to do about it. */
export function EmptyState({ view }: { view: View | undefined }) {
  const feeds = useFeeds()
  const openDialog = useUi((s) => s.openDialog)
  const clearFilters = useUi((s) => s.clearFilters)
  if (feeds && feeds.length === 0) {
    return (
      <div className="empty-state">
        <h3>Welcome to Meridian</h3>
        <p>Subscribe to a news site to start reading: paste a feed or site address, or bring your subscriptions from another reader as an OPML file.</p>
        <div className="empty-actions">
          <button type="button" className="primary" onClick={() => openDialog('add-feed')}>
            Add a feed…
          </button>
          <OpmlImportButton />
        </div>
      </div>
    )
  }
  if (view && hasFacetFilters(view)) {
    return (
      <div className="empty-state">
        <p>No articles match these filters.</p>
        <button type="button" onClick={clearFilters}>
          Clear filters
        </button>
      </div>
    )
  }
  const unread = view?.unreadOnly || view?.scope.kind === 'unread'
  return (
    <div className="empty-state">
      <p>{unread ? 'All caught up: nothing unread here.' : view?.scope.kind === 'starred' ? 'Star articles to keep them here.' : 'No articles here yet.'}</p>
    </div>
  )
}
