import type { ArticleBody } from './useArticleBody'

/** The switch between the downloaded full article and the feed's version, with the download's state. */
export function FullTextToggle({ body }: { body: ArticleBody }) {
  return (
    <>
      {body.hasFullText && (
        <button type="button" aria-pressed={body.isShowingFullText} onClick={body.toggle}>
          {body.isShowingFullText ? 'Show feed version' : 'Show full article'}
        </button>
      )}
      {body.status === 'queued' && !body.hasFullText && <span className="reader-note">Downloading full article…</span>}
      {body.status === 'failed' && body.failure && (
        <span className="reader-note" title={body.failure}>
          Full article unavailable
        </span>
      )}
      {body.blockedImages > 0 && (
        <span className="reader-note">
          {body.blockedImages} image{body.blockedImages === 1 ? '' : 's'} not loaded
        </span>
      )}
    </>
  )
}
