import { viewKey, type View, listHead, listKeys } from '../../db'
import { useServices } from '../../lib/services'
import { FIRST_PAGE, usePagedList, type ViewList } from './usePagedList'

export { FIRST_PAGE, type ViewList } from './usePagedList'

/** The live head of the list (sortKeys); deeper pages are read on demand as the reader scrolls. */
export const HEAD = 100
const MORE = 500

/**
 * The current view's rows, never reading the whole view: one live query for the head (the first rows with their
 * articles, for a quick first paint, and the next sortKeys), and deeper pages read on demand. Every read is a range scan of at most a page.
 * The open article stays in the list after it leaves the view (read in the Unread view) until the view changes.
 */
export function useViewList(view: View | undefined, selectedId: string | null): ViewList | undefined {
  const { db } = useServices()
  return usePagedList(
    {
      key: view ? viewKey(view) : '',
      readHead: async () => (view ? listHead(db, view, FIRST_PAGE, HEAD) : { rows: [], keys: [], hasMore: false, total: 0 }),
      readMore: async (limit, after) => (view ? listKeys(db, view, limit, after) : { keys: [], hasMore: false }),
      pageSize: MORE,
      newest: (view?.order ?? 'newest') === 'newest',
    },
    selectedId,
  )
}
