// Focus helpers shared by Dialog and Popover: what can take focus inside a box, and keeping Tab inside it.
import type { KeyboardEvent } from 'react'

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

function focusableIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'))
}

/** Focuses the element marked data-autofocus, else the first field, else the first focusable element. */
export function focusInitial(root: HTMLElement): void {
  const target =
    root.querySelector<HTMLElement>('[data-autofocus]') ??
    root.querySelector<HTMLElement>('input:not([disabled]):not([type=hidden]), select, textarea') ??
    focusableIn(root)[0]
  target?.focus()
}

/** Keeps Tab and Shift+Tab cycling inside root. */
export function trapTab(event: KeyboardEvent<HTMLElement>, root: HTMLElement): void {
  if (event.key !== 'Tab') return
  const items = focusableIn(root)
  if (items.length === 0) return event.preventDefault()
  const first = items[0]!
  const last = items[items.length - 1]!
  const active = document.activeElement
  if (event.shiftKey && (active === first || !root.contains(active))) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (active === last || !root.contains(active))) {
    event.preventDefault()
    first.focus()
  }
}

/** Gives focus back to the opener, unless the user has since put it somewhere else on purpose. */
export function returnFocus(opener: HTMLElement | null, box: HTMLElement | null): void {
  const active = document.activeElement
  const lost = !active || active === document.body || (box !== null && box.contains(active))
  if (opener?.isConnected && lost) opener.focus()
}
