// "Mute this word": appears in the reader while words of the article are selected; one click mutes them (their
// articles disappear) with an undo.
import { useEffect, useState } from 'react'
import { getArticle } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'
import { MAX_MUTE_LENGTH, muteWord, unmute } from './mute'

const logger = log.scope('mute')

/** The selected text when it lies inside the reader and is short enough to be a word or a phrase. */
function selectedWords(): string | undefined {
  const sel = document.getSelection()
  const text = sel?.toString().replace(/\s+/g, ' ').trim()
  if (!sel || !text || text.length > MAX_MUTE_LENGTH) return undefined
  const node = sel.anchorNode
  const el = node instanceof Element ? node : node?.parentElement
  return el?.closest('.reader') ? text : undefined
}

export function MuteSelectionButton({ articleId }: { articleId: string }) {
  const { db } = useServices()
  const showToast = useUi((s) => s.showToast)
  const [words, setWords] = useState<string>()
  useEffect(() => {
    setWords(undefined)
    // A collapsed selection keeps the last words: clicking the button must not lose them.
    const onChange = () => {
      const next = selectedWords()
      if (next) setWords(next)
    }
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [articleId])
  if (!words) return null
  async function mute(text: string) {
    const rule = await muteWord(db, text)
    setWords(undefined)
    // The open article goes too when the words hide it: the list keeps an open article, and muting asked it gone.
    if ((await getArticle(db, articleId))?.isHidden) useUi.getState().selectArticle(null)
    showToast({ message: `Muted “${text}”: its articles are hidden`, undo: () => unmute(db, rule.id) })
  }
  return (
    <button type="button" className="mute-selection" onMouseDown={(e) => e.preventDefault()} onClick={() => void mute(words).catch((err: unknown) => logger.error('could not mute', err))}>
      Mute “{words}”
    </button>
  )
}
