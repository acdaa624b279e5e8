import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useRef } from 'react'
import { idOfSortKey } from '../../db/article-tags'
import type { StoredArticle } from '../../db/schema'
import { viewKey, type View } from '../../db/view'
import { firstPage, viewSortKeys } from '../../db/view-query'
import { useServices } from '../../lib/services'

/** Rows painted before the whole key list has arrived: a screenful and a bit. */
export const FIRST_PAGE = 40

export interface ViewList {
  /** viewKey of the data below; differs from the current view's key while the new view loads. */
  key: string
  /** The view's sortKeys in list order, once loaded. */
  keys?: string[]
  /** The first rows, for the first paint. */
  first: StoredArticle[]
}

/** Inserts a sortKey into a list ordered newest (descending) or oldest first, keeping the order. */
export function insertSorted(keys: string[], sortKey: string, newest: boolean): string[] {
  let lo = 0
  let hi = keys.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (newest ? keys[mid] > sortKey : keys[mid] < sortKey) lo = mid + 1
    else hi = mid
  }
  return [...keys.slice(0, lo), sortKey, ...keys.slice(lo)]
}

/**
 * The current view's rows: a first page quickly, then every sortKey (for the virtualized list and j/k). The open
 * article stays in the list after it leaves the view (read in the Unread view), until the view changes, so the
 * reader's place in the list is not lost.
 */
export function useViewList(view: View | undefined, selectedId: string | null): ViewList | undefined {
  const { db } = useServices()
  const key = view ? viewKey(view) : ''
  const first = useLiveQuery(async () => ({ key, rows: view ? await firstPage(db, view, FIRST_PAGE) : [] }), [db, key])
  const all = useLiveQuery(async () => ({ key, keys: view ? await viewSortKeys(db, view) : [] }), [db, key])
  const sticky = useRef<{ key: string; sortKey: string } | undefined>(undefined)

  const newest = (view?.order ?? 'newest') === 'newest'
  // Memoized: the list re-renders on every scroll frame, and this walks the whole key list.
  const keys = useMemo(() => {
    if (all?.key !== key) return undefined
    if (!selectedId) return all.keys
    const held = sticky.current
    const suffix = `|${selectedId}`
    const present = all.keys.find((k) => k.endsWith(suffix) && idOfSortKey(k) === selectedId)
    if (present) sticky.current = { key, sortKey: present }
    else if (held && held.key === key && idOfSortKey(held.sortKey) === selectedId) return insertSorted(all.keys, held.sortKey, newest)
    return all.keys
  }, [all, key, selectedId, newest])
  if (!first || first.key !== key) return first && { key: first.key, first: first.rows }
  return { key, keys, first: first.rows }
}
