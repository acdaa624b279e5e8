import { memo, useId } from 'react'
import { toggleStar, type StoredArticle, type StorySummary } from '../../db'
import { countryName, readerLocale } from '../../lib/countries'
import { FeedIcon } from '../feeds/FeedIcon'
import { Flag } from '../flags/Flag'
import { DATE_UNKNOWN, formatRelativeTime } from '../../lib/format'
import { useServices } from '../../lib/services'
import { useArticleContextMenu } from '../context-menu/useContextMenus'
import { topicLabel } from '../../lib/topics'
import { Thumbnail } from './Thumbnail'
import { LabelChips } from '../labels/LabelChips'
import { RowLabelButton } from '../labels/RowLabelButton'

interface Props {
  article: StoredArticle
  source: string
  now: number
  isSelected: boolean
  onOpen(articleId: string): void
  /** 1-based place in the whole list and the list's size: only a window of rows exists in the DOM. */
  position?: number
  setSize?: number
  /** The row stands for a story reported by several outlets (one row per story). */
  story?: StorySummary
}

/** One list row: unread dot, title, source and time, flags and topic chips, star, thumbnail. The list item is
 *  named by the title alone, so it can be found by its title. */
export const ArticleRow = memo(function ArticleRow({ article, source, now, isSelected, onOpen, position, setSize, story }: Props) {
  const { db } = useServices()
  const titleId = useId()
  const classes = ['article-row', article.isRead ? 'is-read' : 'is-unread', isSelected ? 'is-selected' : '', article.isHighlighted ? 'is-highlighted' : '', article.isHidden ? 'is-hidden' : '']
  const title = article.title || '(untitled)'
  const locale = readerLocale() // read once per row: navigator.language is a call into the browser each time
  const onContextMenu = useArticleContextMenu(article, title, onOpen)
  return (
    <div role="listitem" aria-labelledby={titleId} aria-posinset={position} aria-setsize={setSize} className={classes.join(' ').trim()} data-id={article.id} onContextMenu={onContextMenu}>
      <button type="button" className="row-open" aria-current={isSelected ? 'true' : undefined} onClick={() => onOpen(article.id)}>
        <span className="unread-dot" aria-hidden="true" />
        <span className="row-text">
          <span className="row-title" id={titleId}>
            {title}
          </span>
          <span className="row-meta">
            {!article.isRead && <span className="visually-hidden">Unread. </span>}
            <span className="row-source">
              <FeedIcon feedId={article.feedId} name={source} />
              <span className="row-source-name">{source}</span>
            </span>
            {article.isDateMissing ? <span className="row-date-unknown">{DATE_UNKNOWN}</span> : <time dateTime={article.publishedAt}>{formatRelativeTime(article.publishedAt, now)}</time>}
            {article.countries.slice(0, 4).map((c) => {
              return <Flag key={c} code={c} name={countryName(c, locale)} />
            })}
            {story && (
              <span className="row-story">
                {story.sources} sources · {story.countries} {story.countries === 1 ? 'country' : 'countries'}
              </span>
            )}
            {article.topics.slice(0, 2).map((t) => (
              <span key={t} className="row-topic">
                {topicLabel(t)}
              </span>
            ))}
            <LabelChips labelIds={article.labels} />
            {article.isHidden && <span className="row-hidden">hidden</span>}
          </span>
        </span>
        {article.imageUrl && <Thumbnail url={article.imageUrl} />}
      </button>
      <button
        type="button"
        className={article.isStarred ? 'row-star is-starred' : 'row-star'}
        aria-pressed={article.isStarred === 1}
        aria-label="Star"
        aria-describedby={titleId}
        onClick={() => void toggleStar(db, article.id)}
      >
        {article.isStarred ? '★' : '☆'}
      </button>
      <RowLabelButton article={article} describedBy={titleId} />
    </div>
  )
})
