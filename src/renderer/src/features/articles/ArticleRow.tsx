import { useId } from 'react'
import type { StoredArticle } from '../../db/schema'
import { formatRelativeTime } from '../../lib/format'

interface Props {
  article: StoredArticle
  source: string
  now: number
  isSelected: boolean
  onOpen(articleId: string): void
}

/** One list row. The list item is named by the title alone, so it can be found by its title. */
export function ArticleRow({ article, source, now, isSelected, onOpen }: Props) {
  const titleId = useId()
  const classes = ['article-row', article.isRead ? 'is-read' : 'is-unread', isSelected ? 'is-selected' : '']
  return (
    <li aria-labelledby={titleId} className={classes.join(' ').trim()}>
      <button type="button" aria-current={isSelected ? 'true' : undefined} onClick={() => onOpen(article.id)}>
        <span className="row-title" id={titleId}>
          {article.title || '(untitled)'}
        </span>
        <span className="row-meta">
          {!article.isRead && <span className="visually-hidden">Unread. </span>}
          {article.isStarred === 1 && <span aria-label="Starred">★ </span>}
          <span className="row-source">{source}</span>
          <time dateTime={article.publishedAt}>{formatRelativeTime(article.publishedAt, now)}</time>
        </span>
      </button>
    </li>
  )
}
