// The reader's "Labels" button and its picker; `l` opens it too (label-request.ts).
import { useEffect, useRef, useState } from 'react'
import type { StoredArticle } from '../../db'
import { Popover } from '../dialog/Popover'
import { LabelPicker } from './LabelPicker'
import { useLabelRequest } from './label-request'

export function LabelButton({ article }: { article: StoredArticle }) {
  const [isOpen, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const asked = useLabelRequest((s) => s.asked)
  const seen = useRef(asked) // a request made before this article was shown is not for it
  useEffect(() => {
    if (asked !== seen.current) setOpen(true)
    seen.current = asked
  }, [asked])
  const count = article.labels?.length ?? 0
  return (
    <>
      <button ref={button} type="button" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)} title="l">
        # Labels{count > 0 ? ` (${count})` : ''}
      </button>
      {isOpen && (
        <Popover anchor={button} label="Labels" onClose={() => setOpen(false)}>
          <LabelPicker article={article} />
        </Popover>
      )}
    </>
  )
}
