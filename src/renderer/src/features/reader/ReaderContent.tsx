import type { StoredArticle } from '../../db'
import { interceptLinkClick } from '../../lib/external-links'
import { FullTextToggle } from '../../offline/FullTextToggle'
import { useArticleBody } from '../../offline/useArticleBody'

/** The article body: the feed's HTML sanitized by DOMPurify, or the summary when the feed gave no HTML. */
export function ReaderContent({ article, onOpenLink }: { article: StoredArticle; onOpenLink(url: string): void }) {
  // Offline reading (issue 5): the downloaded full text or the feed's version, sanitized, stored images swapped in.
  const body = useArticleBody(article)
  const html = body.html
  if (html === undefined) {
    return (
      <div className="reader-content">
        <FullTextToggle body={body} />
        <p>{article.summary}</p>
      </div>
    )
  }
  // Sanitized by DOMPurify (lib/sanitize.ts); link clicks go to the system browser, never this window.
  return (
    <>
      <FullTextToggle body={body} />
      <div className="reader-content" onClick={(e) => interceptLinkClick(e, onOpenLink)} dangerouslySetInnerHTML={{ __html: html }} />
    </>
  )
}
