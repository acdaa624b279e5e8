// Zoom and pan of the map as one transform (scale k, then translate x, y in viewBox units), and the pure steps that
// change it: zoom about a point (the pointer, or the centre for +/-), pan by a drag, and bring a point into view
// (a country reached by keyboard). The map always covers the whole frame: no panning off into empty space.
import { MAP_HEIGHT, MAP_WIDTH } from './world-shapes'

export interface Zoom {
  k: number
  x: number
  y: number
}

export const IDENTITY: Zoom = { k: 1, x: 0, y: 0 }
export const MAX_ZOOM = 16
/** Each +/- press or wheel notch multiplies the scale by this. */
export const ZOOM_STEP = 1.5

/** Keeps the scale in [1, MAX_ZOOM] and the scaled map over the whole frame. */
export function clampZoom(z: Zoom): Zoom {
  const k = Math.min(MAX_ZOOM, Math.max(1, z.k))
  const x = Math.min(0, Math.max(MAP_WIDTH * (1 - k), z.x))
  const y = Math.min(0, Math.max(MAP_HEIGHT * (1 - k), z.y))
  return { k, x, y }
}

/** Scales by `factor` keeping the map point under (px, py) (viewBox units) where it is. */
export function zoomAbout(z: Zoom, factor: number, px = MAP_WIDTH / 2, py = MAP_HEIGHT / 2): Zoom {
  const k = Math.min(MAX_ZOOM, Math.max(1, z.k * factor))
  const mx = (px - z.x) / z.k
  const my = (py - z.y) / z.k
  return clampZoom({ k, x: px - mx * k, y: py - my * k })
}

export function panBy(z: Zoom, dx: number, dy: number): Zoom {
  return clampZoom({ ...z, x: z.x + dx, y: z.y + dy })
}

/** The transform moved just enough that the map point (mx, my) is inside the frame with a margin, else unchanged. */
export function bringIntoView(z: Zoom, mx: number, my: number, margin = 40): Zoom {
  const sx = mx * z.k + z.x
  const sy = my * z.k + z.y
  const inside = sx >= margin && sx <= MAP_WIDTH - margin && sy >= margin && sy <= MAP_HEIGHT - margin
  return inside ? z : clampZoom({ ...z, x: MAP_WIDTH / 2 - mx * z.k, y: MAP_HEIGHT / 2 - my * z.k })
}

/** A map point as it shows in the frame. */
export function toScreen(z: Zoom, mx: number, my: number): [number, number] {
  return [mx * z.k + z.x, my * z.k + z.y]
}
