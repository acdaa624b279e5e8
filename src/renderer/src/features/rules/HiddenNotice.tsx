// In the reader, over an article a rule hid (seen with "Show hidden"): says so and shows it again for good.
import { showArticle, type StoredArticle } from '../../db'
import { useServices } from '../../lib/services'

export function HiddenNotice({ article }: { article: StoredArticle }) {
  const { db } = useServices()
  if (!article.isHidden) return null
  return (
    <p className="hidden-notice" role="status">
      A rule or a muted word hides this article.{' '}
      <button type="button" onClick={() => void showArticle(db, article.id)}>
        Show it again
      </button>
    </p>
  )
}
