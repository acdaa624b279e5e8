// Mark all as read for the current view, with an undo that flips back exactly the articles it changed
// (articles that were read before stay read). While a search is active the list shows only its hits, so only
// the hits are marked: the reader marks what they see, not the whole view behind the search. "Mark older than"
// does the same for the articles published before a cutoff.
import { markManyRead, type MeridianDb, searchArticles, parseQuery, type View, articleIdsOf, viewSortKeys } from '../../db'
import { countOf } from '../../lib/format'
import type { Toast } from '../../state/ui-store'

export type Age = 'day' | 'week' | 'month'
const AGE_MS: Record<Age, number> = { day: 86_400_000, week: 7 * 86_400_000, month: 30 * 86_400_000 }
export const AGE_LABELS: Record<Age, string> = { day: 'Older than a day', week: 'Older than a week', month: 'Older than a month' }

/** The unread articles the list shows: the view's, or with a query, the view's search hits. */
async function unreadShown(db: MeridianDb, view: View, query: string, before?: string): Promise<string[]> {
  // Only unread rows can change, so the unread twin of the view is all that needs reading.
  const unread: View = { ...view, unreadOnly: true }
  const keys = parseQuery(query).length === 0 ? await viewSortKeys(db, unread) : (await searchArticles(db, query, { view: unread, limit: Number.MAX_SAFE_INTEGER })).keys
  // sortKeys start with the ISO publication time, so they compare with an ISO cutoff as strings.
  return articleIdsOf(before === undefined ? keys : keys.filter((k) => k < before))
}

export async function markViewRead(db: MeridianDb, view: View, showToast: (t: Toast | null) => void, query = '', olderThan?: Age, now = Date.now()): Promise<number> {
  const before = olderThan ? new Date(now - AGE_MS[olderThan]).toISOString() : undefined
  const ids = await unreadShown(db, view, query, before)
  const changed = await markManyRead(db, ids, true)
  if (changed.length === 0) {
    showToast({ message: olderThan ? `Nothing unread ${AGE_LABELS[olderThan].toLowerCase()} here.` : 'Nothing unread here.' })
    return 0
  }
  showToast({
    message: `Marked ${countOf(changed.length, { one: 'article', other: 'articles' })} as read.`,
    undo: async () => {
      await markManyRead(db, changed, false)
      showToast({ message: 'Marked unread again.' })
    },
  })
  return changed.length
}
