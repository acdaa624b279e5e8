import type { StoredArticle } from '../../db'
import { DATE_UNKNOWN, formatDateTime } from '../../lib/format'

export function ReaderHeader({ article, source }: { article: StoredArticle; source: string }) {
  return (
    <header className="reader-header">
      <p className="reader-source">{source}</p>
      <h1>{article.title || '(untitled)'}</h1>
      <p className="reader-byline">
        {article.author && <span className="reader-author">{article.author}</span>}
        {article.isDateMissing ? <span>{`${DATE_UNKNOWN} (first seen ${formatDateTime(article.publishedAt)})`}</span> : <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time>}
      </p>
    </header>
  )
}
