import { useLiveQuery } from 'dexie-react-hooks'
import { listArticles } from '../../db/queries'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { useFeedTitles } from '../feeds/useFeedTitles'
import { ArticleListHeader } from './ArticleListHeader'
import { ArticleRow } from './ArticleRow'

/** First page only for now; issue 4 replaces this with a virtualized list paging on sortKey (ListOptions.after). */
export const PAGE_SIZE = 200

export function ArticleList() {
  const { db } = useServices()
  const selectedFeedId = useUi((s) => s.selectedFeedId)
  const selectedArticleId = useUi((s) => s.selectedArticleId)
  const selectArticle = useUi((s) => s.selectArticle)
  const filter = useUi((s) => s.filter)
  const order = useUi((s) => s.order)
  const titles = useFeedTitles()
  const articles = useLiveQuery(
    () => listArticles(db, { ...filter, feedId: selectedFeedId ?? undefined }, { limit: PAGE_SIZE, order }),
    [db, selectedFeedId, filter, order],
  )
  const now = Date.now()
  return (
    <>
      <ArticleListHeader title={selectedFeedId ? (titles.get(selectedFeedId) ?? '') : 'All articles'} />
      {articles && articles.length === 0 && (
        <p className="empty">{filter.unreadOnly ? 'No unread articles here.' : 'No articles yet.'}</p>
      )}
      {articles && articles.length > 0 && (
        <ul className="article-list" aria-label="Article list">
          {articles.map((a) => (
            <ArticleRow
              key={a.id}
              article={a}
              source={titles.get(a.feedId) ?? a.sourceTitle ?? ''}
              now={now}
              isSelected={a.id === selectedArticleId}
              onOpen={selectArticle}
            />
          ))}
        </ul>
      )}
    </>
  )
}
