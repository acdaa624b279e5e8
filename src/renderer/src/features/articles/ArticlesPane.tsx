import { useUi, type Selection } from '../../state/ui-store'
import { useFeedTitles } from '../feeds/useFeedTitles'
import { ArticleList } from './ArticleList'
import { ArticleListHeader } from './ArticleListHeader'
import { Toast } from './Toast'
import { useCurrentView } from './useCurrentView'
import { useViewList } from './useViewList'

const SMART_TITLES = { all: 'All articles', unread: 'Unread', today: 'Today', starred: 'Starred' } as const

function titleOf(selection: Selection, titles: Map<string, string>): string {
  if (selection.kind === 'feed') return titles.get(selection.feedId) ?? ''
  if (selection.kind === 'folder') return selection.path.split('/').join(' › ')
  return SMART_TITLES[selection.kind]
}

/** The middle pane: what is listed, the list, and the undo toast. */
export function ArticlesPane() {
  const view = useCurrentView()
  const selection = useUi((s) => s.selection)
  const selectedArticleId = useUi((s) => s.selectedArticleId)
  const titles = useFeedTitles()
  const list = useViewList(view, selectedArticleId)
  return (
    <>
      <ArticleListHeader title={titleOf(selection, titles)} view={view} count={list?.total ?? (list?.keys && !list.hasMore ? list.keys.length : undefined)} />
      <ArticleList view={view} list={list} />
      <Toast />
    </>
  )
}
