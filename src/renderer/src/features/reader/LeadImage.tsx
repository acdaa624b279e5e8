import { useState } from 'react'
import type { StoredArticle } from '../../db'
import { useImageSrc } from '../../offline/useImageSrc'

/** The feed's image for the article, unless the content shows it already. */
export function LeadImage({ article }: { article: StoredArticle }) {
  const [failed, setFailed] = useState(false)
  const url = useImageSrc(article.imageUrl) // stored copy, or remote only when allowed (offline/useImageSrc.ts)
  if (!url || failed || (article.imageUrl && article.contentHtml?.includes(article.imageUrl))) return null
  return <img className="reader-lead" src={url} alt="" referrerPolicy="no-referrer" onError={() => setFailed(true)} />
}
