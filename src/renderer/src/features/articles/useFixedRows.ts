// Which rows of a fixed-height list are on screen, by arithmetic on scrollTop. A general virtualizer keeps one
// measurement object per row and rebuilds them whenever the row count changes: with 100,000 articles that is
// 100,000 objects on every filter change. Every article row has the same height, so none of that is needed.
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

/** A pane without layout yet (or a test DOM, where nothing has a size) reports height 0, which would render no
 *  rows at all; a screenful is assumed instead. */
const FALLBACK_HEIGHT = 800

export interface FixedRows {
  /** First and one-past-last index to render (overscan included). */
  start: number
  end: number
  totalHeight: number
  /** Scrolls the least needed to bring row `index` fully into view. */
  scrollIntoView(index: number): void
  onScroll(): void
  /** Back to the first row (a new view), touching the DOM only when the list is not at the top already. */
  scrollToTop(): void
}

export function useFixedRows(scrollRef: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number): FixedRows {
  const [viewport, setViewport] = useState({ first: 0, rows: Math.ceil(FALLBACK_HEIGHT / rowHeight) + 1 })

  // The last scroll position and height read, so that scrollIntoView can tell a visible row without reading the
  // DOM: right after a click the layout is dirty, and reading scrollTop would force it in the middle of the update.
  const last = useRef({ top: 0, height: FALLBACK_HEIGHT })
  const measure = useCallback(() => {
    const el = scrollRef.current
    if (!el) return
    const height = el.clientHeight || FALLBACK_HEIGHT
    last.current = { top: el.scrollTop, height }
    const first = Math.floor(el.scrollTop / rowHeight)
    const rows = Math.ceil(height / rowHeight) + 1
    setViewport((v) => (v.first === first && v.rows === rows ? v : { first, rows }))
  }, [scrollRef, rowHeight])

  useLayoutEffect(() => {
    const el = scrollRef.current
    if (!el) return
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => measure())
    observer.observe(el)
    return () => observer.disconnect()
  }, [scrollRef, measure, count > 0])

  // Rendered in the scroll event itself, so the frame that shows the new scroll position has its rows.
  const onScroll = useCallback(() => {
    const el = scrollRef.current
    if (!el) return
    last.current = { top: el.scrollTop, height: last.current.height }
    const first = Math.floor(el.scrollTop / rowHeight)
    if (first !== viewport.first) flushSync(measure)
  }, [scrollRef, rowHeight, viewport.first, measure])

  const scrollToTop = useCallback(() => {
    const el = scrollRef.current
    if (!el || last.current.top === 0) return
    el.scrollTop = 0
    last.current = { top: 0, height: last.current.height }
    setViewport((v) => (v.first === 0 ? v : { first: 0, rows: v.rows }))
  }, [scrollRef])

  const scrollIntoView = useCallback(
    (index: number) => {
      const el = scrollRef.current
      const top = index * rowHeight
      const seen = last.current
      if (!el || (top >= seen.top && top + rowHeight <= seen.top + seen.height)) return
      const height = el.clientHeight || FALLBACK_HEIGHT
      if (top < el.scrollTop) el.scrollTop = top
      else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height
    },
    [scrollRef, rowHeight],
  )

  return {
    start: Math.min(count, Math.max(0, viewport.first - overscan)),
    end: Math.min(count, viewport.first + viewport.rows + overscan),
    totalHeight: count * rowHeight,
    scrollIntoView,
    onScroll,
    scrollToTop,
  }
}
