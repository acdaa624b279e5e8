// Window size, position and maximized state across starts, restored only where a display can show it.

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect
  isMaximized: boolean
}

const DEFAULT_SIZE = { width: 1280, height: 820 }
const MIN = { width: 900, height: 560 } // the window's own minimum (window.ts)
/** How much of the title bar must lie on a display for the saved position to be kept. */
const VISIBLE_PX = 64

const isRect = (v: unknown): v is Rect =>
  typeof v === 'object' && v !== null && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((v as Record<string, unknown>)[k]))

/** A saved state from disk, or undefined when it is not one. */
export function parseWindowState(raw: unknown): WindowState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const r = raw as Record<string, unknown>
  if (!isRect(r.bounds)) return undefined
  return { bounds: r.bounds, isMaximized: r.isMaximized === true }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  }
}

/** Bounds to open with: the saved ones clamped to a sane size when their title bar is on a display's work
 *  area, else the default size centred on the primary display (a monitor was unplugged since). */
export function restoreBounds(saved: WindowState | undefined, workAreas: Rect[]): { bounds: Partial<Rect> & { width: number; height: number }; isMaximized: boolean } {
  const primary = workAreas[0]
  if (saved) {
    const width = Math.max(MIN.width, Math.round(saved.bounds.width))
    const height = Math.max(MIN.height, Math.round(saved.bounds.height))
    const titleBar: Rect = { x: saved.bounds.x, y: saved.bounds.y, width, height: 32 }
    const host = workAreas.find((area) => {
      const o = overlap(titleBar, area)
      return o.width >= VISIBLE_PX && o.height > 0
    })
    if (host) {
      return { bounds: { x: Math.round(saved.bounds.x), y: Math.round(saved.bounds.y), width: Math.min(width, host.width), height: Math.min(height, host.height) }, isMaximized: saved.isMaximized }
    }
  }
  const width = primary ? Math.min(DEFAULT_SIZE.width, primary.width) : DEFAULT_SIZE.width
  const height = primary ? Math.min(DEFAULT_SIZE.height, primary.height) : DEFAULT_SIZE.height
  if (!primary) return { bounds: { width, height }, isMaximized: saved?.isMaximized ?? false }
  return {
    bounds: { x: primary.x + Math.round((primary.width - width) / 2), y: primary.y + Math.round((primary.height - height) / 2), width, height },
    isMaximized: saved?.isMaximized ?? false,
  }
}
