import { useDeferredValue } from 'react'
import { getArticles, idOfSortKey, searchArticles, viewKey, type View } from '../../db'
import { useServices } from '../../lib/services'
import { FIRST_PAGE, usePagedList, type ViewList } from '../articles/usePagedList'

/** Hits read live at the top of the list; more are read as the reader scrolls. */
const HEAD = 100
const MORE = 300

/** The list key of a search: the view's key and the query, so the list starts at the top when either changes. */
function searchListKey(view: View, query: string): string {
  return `${viewKey(view)}|search:${query}`
}

/**
 * The current view narrowed to the articles matching `query` (db/search.ts), newest first, in the shape the article
 * list reads (features/articles/useViewList.ts). Inactive (undefined) without a view. The query is deferred, so
 * typing stays responsive while the previous hits are still shown. The open article stays listed after it stops
 * matching (read in an unread view) until the search or the view changes.
 */
export function useSearchList(view: View | undefined, query: string, selectedId: string | null): ViewList | undefined {
  const { db } = useServices()
  const deferred = useDeferredValue(query)
  const list = usePagedList(
    {
      key: view ? searchListKey(view, deferred) : '',
      readHead: async () => {
        if (!view) return { rows: [], keys: [], hasMore: false }
        const page = await searchArticles(db, deferred, { view, limit: HEAD })
        const rows = await getArticles(db, page.keys.slice(0, FIRST_PAGE).map(idOfSortKey))
        return { rows: rows.filter((a) => a !== undefined), keys: page.keys, hasMore: page.hasMore }
      },
      readMore: async (limit, after) => (view ? searchArticles(db, deferred, { view, limit, after }) : { keys: [], hasMore: false }),
      pageSize: MORE,
      newest: true,
    },
    selectedId,
  )
  return view ? list : undefined
}
