import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect } from 'react'
import { getArticle, markRead } from '../../db/queries'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { useFeedTitles } from '../feeds/useFeedTitles'
import { ReaderArticle } from './ReaderArticle'

/** Shows the selected article and marks it read when it is opened, however it was opened. */
export function ReaderPane() {
  const { db } = useServices()
  const id = useUi((s) => s.selectedArticleId)
  const titles = useFeedTitles()
  const article = useLiveQuery(() => (id ? getArticle(db, id) : undefined), [db, id])

  useEffect(() => {
    if (id) void markRead(db, id, true)
  }, [db, id])

  if (!id) return <p className="empty">Select an article to read it here. Press ? for keyboard shortcuts.</p>
  if (!article || article.id !== id) return null
  return <ReaderArticle article={article} source={titles.get(article.feedId) ?? article.sourceTitle ?? ''} />
}
