import { useLiveQuery } from 'dexie-react-hooks'
import { memo, useEffect } from 'react'
import { getArticle } from '../../db'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { useFeedTitles } from '../feeds/useFeedTitles'
import { listArticleOf } from '../articles/list-navigation'
import { ReaderArticle } from './ReaderArticle'
import { flushReadMarks, queueReadMark } from './read-marks'
import { storySources } from '../../db'
import { useStorySettings } from '../../state/story-settings'

/** Shows the selected article and marks it read when it is opened, however it was opened. Memoized: it takes no
 *  props, so a filter change that re-renders the layout above it leaves the open article alone. */
export const ReaderPane = memo(function ReaderPane() {
  const { db } = useServices()
  const id = useUi((s) => s.selectedArticleId)
  const titles = useFeedTitles()
  const live = useLiveQuery(async () => ({ id, article: id ? await getArticle(db, id) : undefined }), [db, id])
  // Until IndexedDB answers for this id, the list's copy of the article paints it: a click on a row then shows the
  // article in the same frame, instead of after a read that may queue behind the previous article's read mark.
  const article = live?.id === id ? live.article : id ? listArticleOf(id) : undefined

  // An article counts as read from the moment it is shown: its mark is queued now, so m pressed at once finds it
  // waiting and keeps the article unread (useKeyboard.ts), as m pressed later does. The write itself waits for the
  // reader to stop going from article to article (read-marks.ts), so it never queues ahead of reading the article,
  // and happens at once when the window goes away.
  const shownId = article?.id === id ? id : null
  const readStoryTogether = useStorySettings((s) => s.readStoryTogether)
  const shownStory = article?.id === id ? article?.storyId : undefined
  useEffect(() => {
    if (!shownId) return
    queueReadMark(db, shownId)
    // "Reading one report marks the whole story read": the other reports are queued with it.
    if (readStoryTogether && shownStory) void storySources(db, shownStory).then((all) => all.forEach((a) => a.isRead || queueReadMark(db, a.id)))
  }, [db, shownId, shownStory, readStoryTogether])

  useEffect(() => {
    const flush = () => void flushReadMarks(db)
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [db])

  if (!id) return <p className="empty">Select an article to read it here. Press ? for keyboard shortcuts.</p>
  if (!article || article.id !== id) return null
  return <ReaderArticle article={article} source={titles.get(article.feedId) ?? article.sourceTitle ?? ''} />
})
