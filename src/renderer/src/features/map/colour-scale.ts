// The map's colour scale: counts fall into a few log-spaced steps, since one country often has a hundred times the
// articles of another and a linear scale would paint all but the top one the palest colour.

/** How many colours the palette has (map.css: --map-1 … --map-5). */
export const PALETTE_SIZE = 5

/** The lower bound of each step, rising: max 1000 → [1, 4, 16, 63, 251]. Empty when nothing has an article. */
export function scaleBounds(max: number, steps = PALETTE_SIZE): number[] {
  if (!(max >= 1)) return []
  const bounds = new Set<number>()
  for (let i = 0; i < steps; i++) bounds.add(Math.max(1, Math.round(max ** (i / steps))))
  return [...bounds].sort((a, b) => a - b)
}

/** The palette colour (1 … PALETTE_SIZE) for a count; 0 for none. With fewer steps than colours, the steps
 *  spread over the palette so the top step is always the darkest colour. */
export function colourOf(count: number, bounds: number[]): number {
  if (!(count >= 1) || bounds.length === 0) return 0
  let step = 0
  for (const b of bounds) if (count >= b) step++
  return Math.max(1, Math.round((step * PALETTE_SIZE) / bounds.length))
}

export interface LegendStep {
  colour: number
  label: string
}

/** One legend entry per step: '1–3', '4–15', …, '251–1,000'. */
export function legendSteps(max: number, bounds: number[], format: (n: number) => string = (n) => n.toLocaleString()): LegendStep[] {
  return bounds.map((low, i) => {
    const high = i + 1 < bounds.length ? bounds[i + 1] - 1 : max
    return { colour: colourOf(low, bounds), label: low === high ? format(low) : `${format(low)}–${format(high)}` }
  })
}
