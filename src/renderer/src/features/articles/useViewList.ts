import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { idOfSortKey } from '../../db/article-tags'
import type { StoredArticle } from '../../db/schema'
import { viewKey, type View } from '../../db/view'
import { listHead, listKeys } from '../../db/view-query'
import { useServices } from '../../lib/services'
import { insertSorted } from './insert-sorted'

/** Rows painted first: a screenful and a bit, read with their articles in one go. */
export const FIRST_PAGE = 20
/** The live head of the list (sortKeys); deeper pages are read on demand as the reader scrolls. */
const HEAD = 100
const MORE = 500

export interface ViewList {
  /** viewKey of the data below; differs from the current view's key while the new view loads. */
  key: string
  /** The first rows, for the first paint. */
  first: StoredArticle[]
  /** The sortKeys known so far, in list order (undefined until the head has loaded). */
  keys?: string[]
  /** The view's size when a counter knows it; otherwise undefined (the list grows as it is scrolled). */
  total?: number
  hasMore: boolean
  /** Reads the next page; no-op while one is being read or at the end. */
  loadMore(): void
}

/**
 * The current view's rows, never reading the whole view: one live query for the head (the first rows with their
 * articles, for a quick first paint, and the next sortKeys), and deeper pages read on demand. Every read is a range scan of at most a page.
 * The open article stays in the list after it leaves the view (read in the Unread view) until the view changes.
 */
export function useViewList(view: View | undefined, selectedId: string | null): ViewList | undefined {
  const { db } = useServices()
  const key = view ? viewKey(view) : ''
  const head = useLiveQuery(
    async () => ({ key, ...(view ? await listHead(db, view, FIRST_PAGE, HEAD) : { rows: [], keys: [], hasMore: false, total: 0 }) }),
    [db, key],
  )
  const [more, setMore] = useState<{ key: string; keys: string[]; hasMore: boolean }>({ key: '', keys: [], hasMore: true })
  const loading = useRef(false)

  const headKeys = head?.key === key ? head.keys : undefined
  const tail = more.key === key ? more : undefined
  // When the head moves (new articles, or rows leaving an Unread view), the deeper pages are re-read from the head's
  // new end, so no row is lost between them or shown twice.
  const headEnd = headKeys?.[headKeys.length - 1]
  const tailLength = tail?.keys.length ?? 0
  useEffect(() => {
    if (!view || !headEnd || tailLength === 0) return
    let cancelled = false
    void listKeys(db, view, tailLength, headEnd).then((r) => !cancelled && setMore({ key, keys: r.keys, hasMore: r.hasMore }))
    return () => {
      cancelled = true
    }
  }, [headEnd])

  const loadMore = useCallback(() => {
    if (!view || !headKeys || loading.current) return
    const known = tail?.keys ?? []
    const hasMore = known.length ? tail?.hasMore : head?.hasMore
    if (!hasMore) return
    loading.current = true
    const after = known[known.length - 1] ?? headKeys[headKeys.length - 1]
    listKeys(db, view, MORE, after)
      .then((r) => setMore((m) => ({ key, keys: [...(m.key === key ? m.keys : []), ...r.keys], hasMore: r.hasMore })))
      .finally(() => (loading.current = false))
  }, [db, view, key, headKeys, tail, head?.hasMore])

  const sticky = useRef<{ key: string; sortKey: string } | undefined>(undefined)
  const newest = (view?.order ?? 'newest') === 'newest'
  // Joined apart from the selection, so opening an article hands the list the same array (no re-render of rows).
  const all = useMemo(() => headKeys && (tail ? [...headKeys, ...tail.keys] : headKeys), [headKeys, tail])
  const keys = useMemo(() => {
    if (!all) return undefined
    if (!selectedId) return all
    const suffix = `|${selectedId}`
    const present = all.find((k) => k.endsWith(suffix) && idOfSortKey(k) === selectedId)
    const held = sticky.current
    if (present) sticky.current = { key, sortKey: present }
    else if (held && held.key === key && idOfSortKey(held.sortKey) === selectedId) return insertSorted(all, held.sortKey, newest)
    return all
  }, [all, selectedId, key, newest])

  if (!head || head.key !== key) return head && { key: head.key, first: head.rows, hasMore: false, loadMore }
  const hasMore = tail && tail.keys.length ? tail.hasMore : head.hasMore
  return { key, first: head.rows, keys, total: head.total, hasMore, loadMore }
}
