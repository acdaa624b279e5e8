// Mark all as read for the current view, with an undo that flips back exactly the articles it changed
// (articles that were read before stay read). While a search is active the list shows only its hits, so only
// the hits are marked: the reader marks what they see, not the whole view behind the search.
import { markManyRead } from '../../db/queries'
import type { MeridianDb } from '../../db/schema'
import { searchArticles } from '../../db/search'
import { parseQuery } from '../../db/search-tokens'
import type { View } from '../../db/view'
import { articleIdsOf, viewSortKeys } from '../../db/view-query'
import type { Toast } from '../../state/ui-store'

/** The unread articles the list shows: the view's, or with a query, the view's search hits. */
async function unreadShown(db: MeridianDb, view: View, query: string): Promise<string[]> {
  // Only unread rows can change, so the unread twin of the view is all that needs reading.
  const unread: View = { ...view, unreadOnly: true }
  if (parseQuery(query).length === 0) return articleIdsOf(await viewSortKeys(db, unread))
  return articleIdsOf((await searchArticles(db, query, { view: unread, limit: Number.MAX_SAFE_INTEGER })).keys)
}

export async function markViewRead(db: MeridianDb, view: View, showToast: (t: Toast | null) => void, query = ''): Promise<number> {
  const ids = await unreadShown(db, view, query)
  const changed = await markManyRead(db, ids, true)
  if (changed.length === 0) {
    showToast({ message: 'Nothing unread here.' })
    return 0
  }
  showToast({
    message: `Marked ${changed.length} article${changed.length === 1 ? '' : 's'} as read.`,
    undo: async () => {
      await markManyRead(db, changed, false)
      showToast({ message: 'Marked unread again.' })
    },
  })
  return changed.length
}
