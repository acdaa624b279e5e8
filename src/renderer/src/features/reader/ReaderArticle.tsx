import { useState, type CSSProperties } from 'react'
import type { StoredArticle } from '../../db'
import { isHttpUrl } from '../../../../shared/validate'
import { useServices } from '../../lib/services'
import { LINE_WIDTHS, useReadingSettings } from '../../state/reading-settings'
import { LeadImage } from './LeadImage'
import { ReaderActions } from './ReaderActions'
import { ReaderContent } from './ReaderContent'
import { ReaderHeader } from './ReaderHeader'
import { ReaderTags } from './ReaderTags'
import { TagEditor } from '../tagging/TagEditor'
import { StorySources } from '../stories/StorySources'
import { HiddenNotice } from '../rules/HiddenNotice'
import { MuteSelectionButton } from '../rules/MuteSelectionButton'

interface Props {
  article: StoredArticle
  source: string
}

/** One article, composed of small parts so a part (full text, cached images) can be swapped on its own. */
export function ReaderArticle({ article, source }: Props) {
  const { api } = useServices()
  const settings = useReadingSettings()
  const [openError, setOpenError] = useState<string>()

  async function openExternal(url: string) {
    setOpenError(undefined)
    if (!isHttpUrl(url)) return setOpenError(`Only web (http or https) links open in the browser, not ${url}`)
    try {
      const result = await api.openExternal(url)
      if (!result.ok) setOpenError(result.error.message)
    } catch (err) {
      setOpenError(`Could not open ${url}: ${err instanceof Error ? err.message : String(err)}`)
    }
  }

  const style = {
    '--reader-font-size': `${settings.fontSize}px`,
    '--reader-width': LINE_WIDTHS[settings.lineWidth],
    '--reader-font': settings.fontFamily === 'serif' ? 'var(--font-reading)' : 'var(--font-ui)',
  } as CSSProperties
  return (
    <div className="reader" style={style} data-article-id={article.id}>
      <ReaderHeader article={article} source={source} />
      <ReaderTags article={article} />
      {/* keyed by article: moving to another article closes the editor instead of carrying it over */}
      <TagEditor key={article.id} article={article} />
      <HiddenNotice article={article} />
      <ReaderActions article={article} onOpenOriginal={(url) => void openExternal(url)} />
      <MuteSelectionButton articleId={article.id} />
      {openError && (
        <p role="alert" className="error-text">
          {openError}
        </p>
      )}
      <StorySources article={article} />
      <LeadImage article={article} />
      <ReaderContent article={article} onOpenLink={(url) => void openExternal(url)} />
    </div>
  )
}
