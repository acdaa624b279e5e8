// The paging shared by the article list's sources (the view's own list, and search hits): a live head read in one
// query, deeper pages read on demand, the deeper pages re-read when the head moves, and the open article kept listed
// after it leaves the list until the list changes.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { idOfSortKey, type StoredArticle } from '../../db'
import { useServices } from '../../lib/services'
import { insertSorted } from './insert-sorted'
import { usePacedLiveQuery } from '../../lib/use-paced-live-query'

/** Rows painted first: a screenful and a bit, read with their articles in one go. */
export const FIRST_PAGE = 20

export interface ViewList {
  /** Key of the data below; differs from the current list's key while the new list loads. */
  key: string
  /** The first rows, for the first paint. */
  first: StoredArticle[]
  /** The sortKeys known so far, in list order (undefined until the head has loaded). */
  keys?: string[]
  /** The list's size when a counter knows it; otherwise undefined (the list grows as it is scrolled). */
  total?: number
  hasMore: boolean
  /** Reads the next page; no-op while one is being read or at the end. */
  loadMore(): void
}

interface ListHeadRead {
  rows: StoredArticle[]
  keys: string[]
  hasMore: boolean
  total?: number
}

export interface ListSource {
  /** Identifies the list: a new key starts paging and the held selection again. */
  key: string
  /** The head: the first rows with their articles, and the next sortKeys. Read live; re-run when `key` changes. */
  readHead(): Promise<ListHeadRead>
  /** Up to `limit` sortKeys after `after`, and whether more follow. */
  readMore(limit: number, after: string): Promise<{ keys: string[]; hasMore: boolean }>
  /** Rows read per deeper page. */
  pageSize: number
  newest: boolean
}

export function usePagedList(source: ListSource, selectedId: string | null): ViewList | undefined {
  const { key } = source
  const { db } = useServices() // a different database (the bench switches) is a different list too
  // The reads close over the current view or query, which `key` identifies; the latest ones are used.
  const latest = useRef(source)
  latest.current = source
  const head = usePacedLiveQuery(async () => ({ key, ...(await latest.current.readHead()) }), [db, key])
  const [more, setMore] = useState<{ key: string; keys: string[]; hasMore: boolean }>({ key: '', keys: [], hasMore: true })
  const loading = useRef(false)

  const headKeys = head?.key === key ? head.keys : undefined
  const tail = more.key === key ? more : undefined
  // When the head moves (new articles, rows leaving an Unread view, a hit that stopped matching), the deeper pages
  // are re-read from the head's new end, so no row is lost between them or shown twice.
  const headEnd = headKeys?.[headKeys.length - 1]
  const tailLength = tail?.keys.length ?? 0
  useEffect(() => {
    if (!headEnd || tailLength === 0) return
    let cancelled = false
    void latest.current.readMore(tailLength, headEnd).then((r) => !cancelled && setMore({ key, keys: r.keys, hasMore: r.hasMore }))
    return () => {
      cancelled = true
    }
  }, [headEnd])

  const loadMore = useCallback(() => {
    if (!headKeys || loading.current) return
    const known = tail?.keys ?? []
    if (!(known.length ? tail?.hasMore : head?.hasMore)) return
    loading.current = true
    const after = known[known.length - 1] ?? headKeys[headKeys.length - 1]
    latest.current
      .readMore(latest.current.pageSize, after)
      .then((r) => setMore((m) => ({ key, keys: [...(m.key === key ? m.keys : []), ...r.keys], hasMore: r.hasMore })))
      .finally(() => (loading.current = false))
  }, [key, headKeys, tail, head?.hasMore])

  const sticky = useRef<{ key: string; sortKey: string } | undefined>(undefined)
  const { newest } = source
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
