import { useMemo, useState, type MouseEvent } from 'react'
import { toggleStar } from '../../db/queries'
import type { StoredArticle } from '../../db/schema'
import { interceptLinkClick } from '../../lib/external-links'
import { formatDateTime } from '../../lib/format'
import { sanitizeArticleHtml } from '../../lib/sanitize'
import { useServices } from '../../lib/services'

interface Props {
  article: StoredArticle
  source: string
}

export function ReaderArticle({ article, source }: Props) {
  const { db, api } = useServices()
  const [openError, setOpenError] = useState<string>()
  const html = useMemo(
    () => (article.contentHtml ? sanitizeArticleHtml(article.contentHtml, article.url) : undefined),
    [article.contentHtml, article.url],
  )

  async function openExternal(url: string) {
    setOpenError(undefined)
    try {
      const result = await api.openExternal(url)
      if (!result.ok) setOpenError(result.error.message)
    } catch (err) {
      setOpenError(`Could not open ${url}: ${err instanceof Error ? err.message : String(err)}`)
    }
  }

  const onContentClick = (event: MouseEvent) => interceptLinkClick(event, (url) => void openExternal(url))
  return (
    <div className="reader">
      <header className="reader-header">
        <p className="reader-source">{source}</p>
        <h1>{article.title || '(untitled)'}</h1>
        <p className="reader-byline">
          {article.author && <span className="reader-author">{article.author}</span>}
          <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time>
        </p>
        <div className="reader-actions">
          <button type="button" disabled={!article.url} onClick={() => article.url && void openExternal(article.url)}>
            Open original
          </button>
          <button type="button" aria-pressed={article.isStarred === 1} onClick={() => void toggleStar(db, article.id)}>
            {article.isStarred ? '★ Starred' : '☆ Star'}
          </button>
        </div>
        {openError && <p role="alert" className="error-text">{openError}</p>}
      </header>
      {html !== undefined ? (
        // Sanitized by DOMPurify (lib/sanitize.ts); link clicks go to the system browser, never this window.
        <div className="reader-content" onClick={onContentClick} dangerouslySetInnerHTML={{ __html: html }} />
      ) : (
        <div className="reader-content">
          <p>{article.summary}</p>
        </div>
      )}
    </div>
  )
}
