import worldCountries from 'world-countries'
import { describe, expect, it } from 'vitest'
import { colourOf, legendSteps, PALETTE_SIZE, scaleBounds } from '../../../../src/renderer/src/features/map/colour-scale'
import { alpha2OfNumeric } from '../../../../src/renderer/src/features/map/country-ids'
import { neighbourIndex } from '../../../../src/renderer/src/features/map/arrow-neighbour'
import { drawnCodes, worldShapes } from '../../../../src/renderer/src/features/map/world-shapes'

describe('numeric → alpha-2', () => {
  it('maps known codes, padded or not, and Kosovo by name', () => {
    expect(alpha2OfNumeric('250')).toBe('FR')
    expect(alpha2OfNumeric('036')).toBe('AU')
    expect(alpha2OfNumeric(36)).toBe('AU')
    expect(alpha2OfNumeric('702')).toBe('SG')
    expect(alpha2OfNumeric(undefined, 'Kosovo')).toBe('XK')
    expect(alpha2OfNumeric(undefined, 'Somaliland')).toBeUndefined()
    expect(alpha2OfNumeric('999')).toBeUndefined()
  })

  it('agrees with world-countries (an independent table) on every country both list', () => {
    let compared = 0
    for (const c of worldCountries) {
      if (!c.ccn3) continue
      compared++
      expect(alpha2OfNumeric(c.ccn3), c.name.common).toBe(c.cca2)
    }
    expect(compared).toBeGreaterThan(240)
  })

  it('gives every atlas shape but the two unrecognised states a distinct code', () => {
    const shapes = worldShapes()
    expect(shapes.length).toBeGreaterThan(170)
    expect(shapes.filter((s) => !s.code).map((s) => s.name).sort()).toEqual(['N. Cyprus', 'Somaliland'])
    const codes = shapes.flatMap((s) => (s.code ? [s.code] : []))
    expect(new Set(codes).size).toBe(codes.length)
    for (const s of shapes) expect(s.d).toMatch(/^M/)
  })

  it('draws large countries and sends tiny ones to the list', () => {
    const drawn = drawnCodes()
    for (const c of ['FR', 'DE', 'BR', 'US', 'CN', 'JP', 'IT']) expect(drawn.has(c), c).toBe(true)
    for (const c of ['SG', 'MT', 'BH', 'TT']) expect(drawn.has(c), c).toBe(false) // not in the atlas or too small
  })
})

describe('colour scale', () => {
  it('spaces steps by orders of magnitude', () => {
    expect(scaleBounds(1000)).toEqual([1, 4, 16, 63, 251])
    expect(scaleBounds(0)).toEqual([])
    expect(scaleBounds(1)).toEqual([1])
  })

  it('is monotonic, puts the maximum in the darkest colour and zero in none', () => {
    for (const max of [1, 2, 3, 7, 50, 999, 100_000]) {
      const bounds = scaleBounds(max)
      let last = 0
      for (let n = 0; n <= Math.min(max, 2000); n++) {
        const c = colourOf(n, bounds)
        expect(c).toBeGreaterThanOrEqual(last)
        last = c
      }
      expect(colourOf(max, bounds), `max ${max}`).toBe(PALETTE_SIZE)
      expect(colourOf(0, bounds)).toBe(0)
      expect(colourOf(1, bounds)).toBeGreaterThanOrEqual(1)
    }
  })

  it('labels each step with the counts it covers, with no gap or overlap', () => {
    const bounds = scaleBounds(1000)
    const steps = legendSteps(1000, bounds, String)
    expect(steps.map((s) => s.label)).toEqual(['1–3', '4–15', '16–62', '63–250', '251–1000'])
    expect(steps.map((s) => s.colour)).toEqual([1, 2, 3, 4, 5])
    // Every count from 1 to max falls in exactly the step whose colour colourOf gives it.
    for (let n = 1; n <= 1000; n++) {
      const hits = steps.filter((s) => {
        const [lo, hi = lo] = s.label.split('–').map(Number)
        return n >= lo && n <= hi
      })
      expect(hits.length).toBe(1)
      expect(hits[0].colour).toBe(colourOf(n, bounds))
    }
  })
})

describe('arrow keys between countries', () => {
  const points = [
    { x: 0, y: 0 },
    { x: 10, y: 1 },
    { x: 30, y: 0 },
    { x: 1, y: 12 },
    { x: -5, y: -20 },
  ]
  it('moves to the nearest country in the pressed direction, or nowhere', () => {
    expect(neighbourIndex(points, 0, 'right')).toBe(1)
    expect(neighbourIndex(points, 1, 'right')).toBe(2)
    expect(neighbourIndex(points, 0, 'down')).toBe(3)
    expect(neighbourIndex(points, 0, 'up')).toBe(4)
    expect(neighbourIndex(points, 0, 'left')).toBe(-1)
    expect(neighbourIndex(points, 2, 'left')).toBe(1)
  })
})
