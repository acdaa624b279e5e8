import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { getArticles, idOfSortKey, type StoredArticle, type View } from '../../db'
import { useStoryRows } from '../stories/useStoryRows'
import { useStorySummaries } from '../stories/useStorySummaries'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { useFeedTitles } from '../feeds/useFeedTitles'
import { ArticleRow } from './ArticleRow'
import { EmptyState } from './EmptyState'
import { indexOfId, publishListArticles, publishListKeys } from './list-navigation'
import type { ViewList } from './usePagedList'
import { useFixedRows } from './useFixedRows'
import { usePacedLiveQuery } from '../../lib/use-paced-live-query'

const ROW_HEIGHT = 84
/** Rows are fetched in aligned chunks, so a small scroll does not start a new query. */
const CHUNK = 40

/** True when a row would render the same for both copies of an article (what ArticleRow shows). Articles are
 *  also handed to the reader from here, so the body must match too. */
function isSameRow(a: StoredArticle, b: StoredArticle): boolean {
  return (
    a.isRead === b.isRead &&
    a.isStarred === b.isStarred &&
    a.title === b.title &&
    a.sortKey === b.sortKey &&
    a.feedId === b.feedId &&
    a.sourceTitle === b.sourceTitle &&
    a.imageUrl === b.imageUrl &&
    a.contentHtml === b.contentHtml &&
    a.summary === b.summary &&
    a.countries.join() === b.countries.join() &&
    a.topics.join() === b.topics.join() &&
    (a.labels ?? []).join() === (b.labels ?? []).join() &&
    a.isHighlighted === b.isHighlighted &&
    a.isHidden === b.isHidden
  )
}

/** The virtualized article list: only the rows on screen (plus a few) exist in the DOM, at any list size. */
export function ArticleList({ view, list: viewList }: { view: View | undefined; list: ViewList | undefined }) {
  const { db } = useServices()
  const { list, storyOf } = useStoryRows(viewList)
  const selectedArticleId = useUi((s) => s.selectedArticleId)
  const selectArticle = useUi((s) => s.selectArticle)
  const titles = useFeedTitles()
  const scrollRef = useRef<HTMLDivElement>(null)
  const keys = list?.keys
  const loaded = keys?.length ?? list?.first.length ?? 0
  // A known total sizes the scrollbar for the whole view; rows past what is loaded show as placeholders until
  // their page arrives. Otherwise the list grows a page at a time as its end comes into view.
  const count = list?.total !== undefined && keys ? Math.max(list.total, loaded) : loaded + (list?.hasMore ? 10 : 0)

  const rows = useFixedRows(scrollRef, count, ROW_HEIGHT, 6)
  const from = Math.floor(rows.start / CHUNK) * CHUNK
  const to = Math.ceil(rows.end / CHUNK) * CHUNK
  const lastIndex = Math.max(0, rows.end - 1)
  useEffect(() => {
    if (list?.hasMore && lastIndex >= loaded - 60) list.loadMore()
  }, [list, lastIndex, loaded])
  const windowIds = useMemo(() => (keys ? keys.slice(from, to).map(idOfSortKey) : []), [keys, from, to])
  const windowKey = windowIds.join('\n')
  const fetched = usePacedLiveQuery(async () => ({ windowKey, rows: await getArticles(db, windowIds) }), [db, windowKey])
  // Keyed by content: the list's keys and the story lookup are new arrays after every burst (each read takes every
  // member article of the stories in the window; while bursts land, useStorySummaries holds a change for its re-read).
  const storiesKey = useMemo(() => windowIds.flatMap((id) => storyOf.get(id) ?? []).join('\n'), [windowIds, storyOf])
  const stories = useStorySummaries(storiesKey)

  // Every re-read (a read mark or a star anywhere in the window) hands back new objects for all its articles;
  // keeping the previous object when nothing a row shows has changed lets the memoized rows skip re-rendering.
  const previous = useRef<ReadonlyMap<string, StoredArticle>>(new Map())
  const byId = useMemo(() => {
    const map = new Map<string, StoredArticle>()
    const keep = (a: StoredArticle) => {
      const old = previous.current.get(a.id)
      map.set(a.id, old && isSameRow(old, a) ? old : a)
    }
    for (const a of list?.first ?? []) keep(a)
    for (const a of fetched?.rows ?? []) if (a) keep(a)
    return map
  }, [list?.first, fetched])
  useEffect(() => {
    previous.current = byId
    publishListArticles(byId)
  }, [byId])

  useEffect(() => publishListKeys(keys ?? (list?.first ?? []).map((a) => a.sortKey)), [keys, list?.first])
  // Keep the open article on screen when it is chosen from the keyboard.
  useEffect(() => {
    if (!selectedArticleId || !keys) return
    const i = indexOfId(selectedArticleId)
    if (i >= 0) rows.scrollIntoView(i)
  }, [selectedArticleId, keys, rows.scrollIntoView])
  const setPaintedViewKey = useUi((s) => s.setPaintedViewKey)
  useEffect(() => {
    if (list?.key) requestAnimationFrame(() => setPaintedViewKey(list.key))
  }, [list?.key, setPaintedViewKey])
  // A new view starts at the top, from its first paint.
  useLayoutEffect(() => rows.scrollToTop(), [list?.key, rows.scrollToTop])

  const now = Math.ceil(Date.now() / 60_000) * 60_000 // minute steps, so memoized rows do not all re-render
  if (list && count === 0) return <EmptyState view={view} />
  return (
    <div ref={scrollRef} className="article-scroller" data-view={list?.key ?? ''} data-count={count} onScroll={rows.onScroll}>
      <div role="list" aria-label="Article list" style={{ height: rows.totalHeight, position: 'relative' }}>
        {Array.from({ length: rows.end - rows.start }, (_, n) => {
          const index = rows.start + n
          const sortKey = keys?.[index]
          const id = keys ? sortKey && idOfSortKey(sortKey) : list?.first[index]?.id
          const article = id ? byId.get(id) : undefined
          return (
            <div key={index} className="row-slot" style={{ transform: `translateY(${index * ROW_HEIGHT}px)`, height: ROW_HEIGHT }}>
              {article ? (
                <ArticleRow
                  article={article}
                  source={titles.get(article.feedId) ?? article.sourceTitle ?? ''}
                  now={now}
                  isSelected={article.id === selectedArticleId}
                  onOpen={selectArticle}
                  position={index + 1}
                  setSize={count}
                  story={stories?.get(storyOf.get(article.id) ?? '')}
                />
              ) : (
                <div role="listitem" className="article-row is-loading" aria-busy="true" aria-label="Loading" />
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
