import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react'
import { focusInitial, returnFocus, trapTab } from './focus'
import { placeInWindow } from './place'

/** Test DOMs without the popover API would hide a [popover] element for good; they get a plain box instead. */
const HAS_POPOVER = typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function'

interface Props {
  /** The button that opened it: the popover is placed next to it and focus goes back to it. */
  anchor: RefObject<HTMLElement | null>
  label: string
  role?: 'group' | 'dialog' | 'alertdialog'
  className?: string
  onClose(): void
  children: ReactNode
}

/**
 * A small panel in the browser's top layer (the popover attribute), so no pane or section can clip it, placed
 * next to its anchor and kept inside the window. Escape and a click outside close it; Tab stays inside; focus
 * goes back to the anchor.
 */
export function Popover({ anchor, label, role = 'group', className, onClose, children }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    if (HAS_POPOVER) el.showPopover()
    const place = () => anchor.current && placeInWindow(el, anchor.current.getBoundingClientRect())
    place()
    focusInitial(el)
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node
      if (!el.contains(target) && !anchor.current?.contains(target)) onCloseRef.current()
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    window.addEventListener('resize', place)
    const opener = anchor.current
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true)
      window.removeEventListener('resize', place)
      returnFocus(opener, el)
    }
  }, [anchor])
  return (
    <div
      ref={ref}
      popover={HAS_POPOVER ? 'manual' : undefined}
      className={className ? `popover ${className}` : 'popover'}
      role={role}
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // Also stops the surrounding <dialog> from taking this Escape as its own cancel.
          e.preventDefault()
          e.stopPropagation()
          onClose()
        } else if (ref.current) trapTab(e, ref.current)
      }}
    >
      {children}
    </div>
  )
}
