import { useEffect, useId, useRef, type ReactNode } from 'react'

interface Props {
  title: string
  isOpen: boolean
  onClose(): void
  children: ReactNode
}

/** A modal on the native <dialog>: focus trapping, Escape and the inert background come from the browser. */
export function Dialog({ title, isOpen, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const el = ref.current
    if (!el) return
    // happy-dom and older engines lack showModal; fall back to the open attribute.
    if (isOpen && !el.open) typeof el.showModal === 'function' ? el.showModal() : el.setAttribute('open', '')
    if (!isOpen && el.open) typeof el.close === 'function' ? el.close() : el.removeAttribute('open')
  }, [isOpen])
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      {isOpen && (
        <>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          {children}
        </>
      )}
    </dialog>
  )
}
