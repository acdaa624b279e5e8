// Mark all as read for the current view, with an undo that flips back exactly the articles it changed
// (articles that were read before stay read).
import { markManyRead } from '../../db/queries'
import type { MeridianDb } from '../../db/schema'
import type { View } from '../../db/view'
import { articleIdsOf, viewSortKeys } from '../../db/view-query'
import type { Toast } from '../../state/ui-store'

export async function markViewRead(db: MeridianDb, view: View, showToast: (t: Toast | null) => void): Promise<number> {
  // Only unread rows can change, so the unread twin of the view is all that needs reading.
  const ids = articleIdsOf(await viewSortKeys(db, { ...view, unreadOnly: true }))
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
