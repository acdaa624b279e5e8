// Arrow keys on the map move to the nearest country in that direction, so a keyboard reader explores the map the
// way it looks rather than in an alphabetical order that jumps across oceans.

export type Direction = 'left' | 'right' | 'up' | 'down'

export interface Point {
  x: number
  y: number
}

const AXIS: Record<Direction, { dx: number; dy: number }> = {
  left: { dx: -1, dy: 0 },
  right: { dx: 1, dy: 0 },
  up: { dx: 0, dy: -1 },
  down: { dx: 0, dy: 1 },
}

/** Index of the point nearest `from` within 45° of the direction (sideways distance counts double), or -1. */
export function neighbourIndex(points: Point[], from: number, direction: Direction): number {
  const { dx, dy } = AXIS[direction]
  const origin = points[from]
  if (!origin) return -1
  let best = -1
  let bestScore = Infinity
  points.forEach((p, i) => {
    if (i === from) return
    const along = (p.x - origin.x) * dx + (p.y - origin.y) * dy
    const across = Math.abs((p.x - origin.x) * dy - (p.y - origin.y) * dx)
    if (along <= 0 || across > along) return
    const score = along + 2 * across
    if (score < bestScore) {
      bestScore = score
      best = i
    }
  })
  return best
}

export function directionOfKey(key: string): Direction | undefined {
  return ({ ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const)[key as 'ArrowLeft']
}
