import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { idOfSortKey } from '../../db/article-tags'
import { searchArticles } from '../../db/search'
import { viewKey, type View } from '../../db/view'
import { useServices } from '../../lib/services'
import { insertSorted } from '../articles/insert-sorted'
import { FIRST_PAGE, type ViewList } from '../articles/useViewList'

/** Hits read live at the top of the list; more are read as the reader scrolls. */
const HEAD = 100
const MORE = 300

/** The list key of a search: the view's key and the query, so the list starts at the top when either changes. */
export function searchListKey(view: View, query: string): string {
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
  const key = view ? searchListKey(view, deferred) : ''
  const head = useLiveQuery(async () => {
    if (!view) return { key, rows: [], keys: [], hasMore: false }
    const page = await searchArticles(db, deferred, { view, limit: HEAD })
    const rows = await db.articles.bulkGet(page.keys.slice(0, FIRST_PAGE).map(idOfSortKey))
    return { key, rows: rows.filter((a) => a !== undefined), keys: page.keys, hasMore: page.hasMore }
  }, [db, key])
  const [more, setMore] = useState<{ key: string; keys: string[]; hasMore: boolean }>({ key: '', keys: [], hasMore: true })
  const loading = useRef(false)
  const headKeys = head?.key === key ? head.keys : undefined
  const tail = more.key === key ? more : undefined
  // When the head moves (a new hit, or one that stopped matching), the deeper pages are re-read from its new end.
  const headEnd = headKeys?.[headKeys.length - 1]
  const tailLength = tail?.keys.length ?? 0
  useEffect(() => {
    if (!view || !headEnd || tailLength === 0) return
    let cancelled = false
    void searchArticles(db, deferred, { view, limit: tailLength, after: headEnd }).then((r) => !cancelled && setMore({ key, keys: r.keys, hasMore: r.hasMore }))
    return () => {
      cancelled = true
    }
  }, [headEnd])

  const loadMore = useCallback(() => {
    if (!view || !headKeys || loading.current) return
    const known = tail?.keys ?? []
    if (!(known.length ? tail?.hasMore : head?.hasMore)) return
    loading.current = true
    const after = known[known.length - 1] ?? headKeys[headKeys.length - 1]
    searchArticles(db, deferred, { view, limit: MORE, after })
      .then((r) => setMore((m) => ({ key, keys: [...(m.key === key ? m.keys : []), ...r.keys], hasMore: r.hasMore })))
      .finally(() => (loading.current = false))
  }, [db, view, deferred, key, headKeys, tail, head?.hasMore])

  const sticky = useRef<{ key: string; sortKey: string } | undefined>(undefined)
  // Joined apart from the selection, so opening an article hands the list the same array.
  const all = useMemo(() => headKeys && (tail ? [...headKeys, ...tail.keys] : headKeys), [headKeys, tail])
  const keys = useMemo(() => {
    if (!all) return undefined
    if (!selectedId) return all
    const present = all.find((k) => idOfSortKey(k) === selectedId)
    const held = sticky.current
    if (present) sticky.current = { key, sortKey: present }
    else if (held && held.key === key && idOfSortKey(held.sortKey) === selectedId) return insertSorted(all, held.sortKey, true)
    return all
  }, [all, selectedId, key])

  if (!view) return undefined
  if (!head || head.key !== key) return head && { key: head.key, first: head.rows, hasMore: false, loadMore }
  const hasMore = tail && tail.keys.length ? tail.hasMore : head.hasMore
  return { key, first: head.rows, keys, total: hasMore ? undefined : keys?.length, hasMore, loadMore }
}
