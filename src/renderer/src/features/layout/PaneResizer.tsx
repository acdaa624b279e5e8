import type { KeyboardEvent, PointerEvent } from 'react'
import { PANE_LIMITS, useLayout, type PaneName } from '../../state/layout'

const STEP = 16

/** The handle on a pane's right edge: drag it, or focus it and press ←/→ (Home resets); the width is remembered. */
export function PaneResizer({ pane, label }: { pane: PaneName; label: string }) {
  const width = useLayout((s) => s.widths[pane])
  const setWidth = useLayout((s) => s.setWidth)
  const resetWidth = useLayout((s) => s.resetWidth)
  const current = () => document.querySelector<HTMLElement>(`.pane-${pane}`)?.getBoundingClientRect()

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    const box = current()
    if (!box) return
    event.currentTarget.setPointerCapture(event.pointerId)
    const left = box.left
    const move = (e: globalThis.PointerEvent) => setWidth(pane, e.clientX - left)
    const target = event.currentTarget
    const stop = () => {
      target.removeEventListener('pointermove', move)
      target.removeEventListener('pointerup', stop)
      target.removeEventListener('pointercancel', stop)
    }
    target.addEventListener('pointermove', move)
    target.addEventListener('pointerup', stop)
    target.addEventListener('pointercancel', stop)
  }
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const now = width ?? current()?.width ?? PANE_LIMITS[pane].min
    if (event.key === 'ArrowLeft') setWidth(pane, now - STEP)
    else if (event.key === 'ArrowRight') setWidth(pane, now + STEP)
    else if (event.key === 'Home') resetWidth(pane)
    else return
    event.preventDefault()
  }
  return (
    <div
      className={`pane-resizer pane-resizer-${pane}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={PANE_LIMITS[pane].min}
      aria-valuemax={PANE_LIMITS[pane].max}
      aria-valuenow={Math.round(width ?? current()?.width ?? PANE_LIMITS[pane].min)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onDoubleClick={() => resetWidth(pane)}
    />
  )
}
