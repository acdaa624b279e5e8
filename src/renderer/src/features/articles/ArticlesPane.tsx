import { lazy, Suspense } from 'react'
import { hasSearchTerms } from '../../db'
import { useUi, type Selection } from '../../state/ui-store'
import { useFeedTitles } from '../feeds/useFeedTitles'
import { useLabelNames } from '../labels/useLabels'
import { useMapView } from '../map/map-store'
import { SearchBox } from '../search/SearchBox'
import { SearchEmpty } from '../search/SearchEmpty'
import { useSearchList } from '../search/useSearchList'
import { ArticleList } from './ArticleList'
import { ArticleListHeader } from './ArticleListHeader'
import { Toast } from './Toast'
import { useCurrentView } from './useCurrentView'
import { useViewList } from './useViewList'
import { ListAwaitsUpgrade } from '../status/UpgradeNotice'
import { useMigrationProgress } from '../status/data-migration'

// The map and its world atlas load on first use, not at start-up.
const MapView = lazy(() => import('../map/MapView').then((m) => ({ default: m.MapView })))

const SMART_TITLES = { all: 'All articles', unread: 'Unread', today: 'Today', starred: 'Starred' } as const

function titleOf(selection: Selection, titles: Map<string, string>, labels: Map<string, string>): string {
  if (selection.kind === 'feed') return titles.get(selection.feedId) ?? ''
  if (selection.kind === 'label') return labels.get(selection.labelId) ?? ''
  if (selection.kind === 'folder') return selection.path.split('/').join(' › ')
  return SMART_TITLES[selection.kind]
}

/** The middle pane: the search box, what is listed, the list (the view's, or its search hits), and the undo toast. */
export function ArticlesPane() {
  const view = useCurrentView()
  const selection = useUi((s) => s.selection)
  const selectedArticleId = useUi((s) => s.selectedArticleId)
  const query = useUi((s) => s.query)
  const titles = useFeedTitles()
  const labelNames = useLabelNames()
  const isSearching = hasSearchTerms(query)
  // While a library upgrade builds the lists, nothing is listed from them: a partial list would be a wrong one. Until
  // that is known (one small read) the list is read but not shown, so a normal start's first paint does not wait.
  const migration = useMigrationProgress()
  const isUpgrading = migration?.isRunning !== false
  const isReadable = migration?.isRunning !== true
  const isMapOpen = useMapView((s) => s.isOpen)
  // Both hooks always run (hooks cannot be conditional); the inactive one gets no view and reads nothing. Behind the
  // map neither reads: the map's own counts should not wait behind a list nobody sees.
  const viewList = useViewList(isSearching || isMapOpen || !isReadable ? undefined : view, selectedArticleId)
  const searchList = useSearchList(isSearching && !isMapOpen && isReadable ? view : undefined, query, selectedArticleId)
  const list = isSearching ? searchList : viewList
  const isNoMatch = isSearching && list?.keys?.length === 0 && !list.hasMore
  return (
    <>
      <SearchBox />
      <ArticleListHeader title={titleOf(selection, titles, labelNames)} view={view} count={isMapOpen ? undefined : (list?.total ?? (list?.keys && !list.hasMore ? list.keys.length : undefined))} />
      {isUpgrading ? migration && <ListAwaitsUpgrade /> : isMapOpen ? <Suspense fallback={null}><MapView view={view} /></Suspense> : isNoMatch ? <SearchEmpty query={query} /> : <ArticleList view={view} list={list} />}
      <Toast />
    </>
  )
}
