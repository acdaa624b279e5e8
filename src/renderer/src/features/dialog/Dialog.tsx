import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react'
import { focusInitial, returnFocus, trapTab } from './focus'

interface Props {
  title: string
  /** The accessible name when it should differ from the visible title. */
  label?: string
  isOpen: boolean
  onClose(): void
  children: ReactNode
  className?: string
}

/**
 * A modal on the native <dialog> (inert background, Escape through the cancel event). Focus goes to the first field
 * (or [data-autofocus]), Tab stays inside, a click on the backdrop closes, and focus returns to the opener. The
 * header with the Close button stays in view while the body scrolls.
 */
export function Dialog({ title, label, isOpen, onClose, children, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose
  useEffect(() => {
    const el = ref.current
    if (!el || !isOpen) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    // happy-dom and older engines lack showModal; fall back to the open attribute.
    if (!el.open) typeof el.showModal === 'function' ? el.showModal() : el.setAttribute('open', '')
    focusInitial(el)
    return () => {
      if (el.open) typeof el.close === 'function' ? el.close() : el.removeAttribute('open')
      returnFocus(opener, el)
    }
  }, [isOpen])
  function onBackdropClick(event: MouseEvent<HTMLDialogElement>) {
    // A click on the ::backdrop targets the dialog itself, outside its box.
    if (event.target !== ref.current) return
    const box = ref.current.getBoundingClientRect()
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom
    if (!inside) onCloseRef.current()
  }
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={label ? undefined : titleId}
      aria-label={label}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
      onClick={onBackdropClick}
      onKeyDown={(e) => ref.current && trapTab(e, ref.current)}
    >
      {isOpen && (
        <>
          <header className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </header>
          <div className="dialog-body">{children}</div>
        </>
      )}
    </dialog>
  )
}
