import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react'
import { IDENTITY, panBy, zoomAbout, ZOOM_STEP, type Zoom } from './zoom'
import { MAP_HEIGHT, MAP_WIDTH } from './world-shapes'

/** A drag shorter than this (screen pixels) is a click on a country, not a pan. */
const DRAG_THRESHOLD = 4

/** Wheel, drag and +/-/0 keys on the map's svg; returns the transform and handlers to spread on the svg. */
export function useZoomPan(svg: RefObject<SVGSVGElement | null>) {
  const [zoom, setZoom] = useState<Zoom>(IDENTITY)
  const drag = useRef<{ id: number; x: number; y: number; moved: boolean } | null>(null)
  const wasDrag = useRef(false)

  /** Screen pixels → viewBox units (the svg is scaled to its box). */
  const unitsPerPixel = () => {
    const box = svg.current?.getBoundingClientRect()
    return box && box.width > 0 ? MAP_WIDTH / box.width : 1
  }
  const toUnits = (clientX: number, clientY: number): [number, number] => {
    const box = svg.current?.getBoundingClientRect()
    if (!box || box.width === 0) return [MAP_WIDTH / 2, MAP_HEIGHT / 2]
    return [((clientX - box.left) * MAP_WIDTH) / box.width, ((clientY - box.top) * MAP_HEIGHT) / box.height]
  }

  // The wheel listener is added by hand: React's onWheel is passive, so it could not keep the page from scrolling.
  useEffect(() => {
    const el = svg.current
    if (!el) return
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      const [px, py] = toUnits(e.clientX, e.clientY)
      setZoom((z) => zoomAbout(z, e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, px, py))
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => el.removeEventListener('wheel', onWheel)
  })

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false }
    wasDrag.current = false
  }
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current
    if (!d || d.id !== e.pointerId) return
    const dx = e.clientX - d.x
    const dy = e.clientY - d.y
    if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return
    if (!d.moved) svg.current?.setPointerCapture?.(e.pointerId)
    d.moved = true
    const u = unitsPerPixel()
    setZoom((z) => panBy(z, dx * u, dy * u))
    d.x = e.clientX
    d.y = e.clientY
  }
  const onPointerUp = () => {
    wasDrag.current = drag.current?.moved ?? false
    drag.current = null
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return
    const next = e.key === '+' || e.key === '=' ? ZOOM_STEP : e.key === '-' ? 1 / ZOOM_STEP : e.key === '0' ? 0 : undefined
    if (next === undefined) return
    e.preventDefault()
    e.stopPropagation()
    setZoom((z) => (next === 0 ? IDENTITY : zoomAbout(z, next)))
  }
  /** True right after a drag ended, so the click that ends a pan does not choose a country. */
  const isAfterDrag = useCallback(() => wasDrag.current, [])
  return { zoom, setZoom, isAfterDrag, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onKeyDown } }
}
