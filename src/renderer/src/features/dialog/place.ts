// Where a popover goes: under its anchor, right edges aligned, flipped above when there is no room below, and
// always inside the window (scrolling inside itself when taller than the room it has).
const MARGIN = 8

export function placeInWindow(el: HTMLElement, anchor: DOMRect, view = { width: window.innerWidth, height: window.innerHeight }): void {
  el.style.maxHeight = `${view.height - 2 * MARGIN}px`
  const { width, height } = el.getBoundingClientRect()
  const roomBelow = view.height - anchor.bottom - MARGIN
  const top = height <= roomBelow ? anchor.bottom + 4 : Math.max(MARGIN, Math.min(anchor.top - height - 4, view.height - height - MARGIN))
  const left = Math.min(Math.max(MARGIN, anchor.right - width), view.width - width - MARGIN)
  el.style.top = `${Math.round(top)}px`
  el.style.left = `${Math.round(Math.max(MARGIN, left))}px`
}
