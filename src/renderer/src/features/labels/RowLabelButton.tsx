// The label button of a list row: the same picker as the reader's, so an article is labelled without opening it.
import { useRef, useState } from 'react'
import type { StoredArticle } from '../../db'
import { Popover } from '../dialog/Popover'
import { LabelPicker } from './LabelPicker'

export function RowLabelButton({ article, describedBy }: { article: StoredArticle; describedBy: string }) {
  const [isOpen, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  return (
    <>
      <button ref={button} type="button" className={article.labels?.length ? 'row-label-button has-labels' : 'row-label-button'} aria-label="Labels" aria-describedby={describedBy} aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
        #
      </button>
      {isOpen && (
        <Popover anchor={button} label="Labels" onClose={() => setOpen(false)}>
          <LabelPicker article={article} />
        </Popover>
      )}
    </>
  )
}
