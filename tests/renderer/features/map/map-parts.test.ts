import fc from 'fast-check'
import worldCountries from 'world-countries'
import { describe, expect, it } from 'vitest'
import { countryPoint } from '../../../../src/renderer/src/features/map/country-points'
import { matrixLayout } from '../../../../src/renderer/src/features/map/matrix-layout'
import { riseNotices } from '../../../../src/renderer/src/features/map/rise-notices'
import { markerPoint, MAP_HEIGHT, MAP_WIDTH } from '../../../../src/renderer/src/features/map/world-shapes'
import { bringIntoView, clampZoom, IDENTITY, MAX_ZOOM, panBy, toScreen, zoomAbout } from '../../../../src/renderer/src/features/map/zoom'

describe('zoom and pan', () => {
  it('keeps the map point under the pointer in place while zooming', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: MAP_WIDTH, noNaN: true }), fc.double({ min: 0, max: MAP_HEIGHT, noNaN: true }), fc.double({ min: 1.1, max: 3, noNaN: true }), (px, py, f) => {
        const z = zoomAbout(IDENTITY, f, px, py)
        // The map point that was under (px, py) at scale 1 is (px, py) itself; after zooming it is still there
        // unless the clamp had to move the map back over the frame (pointer near an edge).
        const [sx, sy] = toScreen(z, px, py)
        const wasClamped = z.x === 0 || z.y === 0 || z.x === MAP_WIDTH * (1 - z.k) || z.y === MAP_HEIGHT * (1 - z.k)
        if (!wasClamped) {
          expect(sx).toBeCloseTo(px, 6)
          expect(sy).toBeCloseTo(py, 6)
        }
        expect(z.k).toBeCloseTo(f, 9)
      }),
    )
  })

  it('never zooms out past the whole world or in past the maximum, and never pans off the map', () => {
    expect(zoomAbout(IDENTITY, 0.5)).toEqual(IDENTITY)
    expect(zoomAbout({ k: MAX_ZOOM, x: 0, y: 0 }, 2).k).toBe(MAX_ZOOM)
    expect(panBy(IDENTITY, 100, 100)).toEqual(IDENTITY)
    const z = zoomAbout(IDENTITY, 2)
    expect(panBy(z, 10_000, 10_000)).toEqual({ k: 2, x: 0, y: 0 })
    expect(panBy(z, -10_000, -10_000)).toEqual({ k: 2, x: -MAP_WIDTH, y: -MAP_HEIGHT })
    expect(clampZoom({ k: 0.2, x: 50, y: 50 })).toEqual(IDENTITY)
  })

  it('brings a country reached by keyboard into view, and leaves the view alone when it already shows', () => {
    const z = { k: 4, x: 0, y: 0 } // the top-left quarter of a quarter
    expect(bringIntoView(z, 50, 50)).toBe(z)
    const moved = bringIntoView(z, 900, 450)
    const [sx, sy] = toScreen(moved, 900, 450)
    expect(sx).toBeGreaterThan(0)
    expect(sx).toBeLessThan(MAP_WIDTH)
    expect(sy).toBeGreaterThan(0)
    expect(sy).toBeLessThan(MAP_HEIGHT)
  })
})

describe('small-state markers', () => {
  it('has the point world-countries gives for every country it lists', () => {
    let checked = 0
    for (const c of worldCountries) {
      if (!c.cca2 || c.latlng?.length !== 2) continue
      expect(countryPoint(c.cca2), c.cca2).toEqual([c.latlng[0], c.latlng[1]])
      checked++
    }
    expect(checked).toBeGreaterThan(240)
  })

  it('puts Singapore, Malta and Caribbean and Pacific islands inside the frame, where they are', () => {
    const sg = markerPoint('SG')!
    const my = markerPoint('MY')! // Malaysia, drawn: Singapore sits at its southern tip
    expect(Math.hypot(sg.x - my.x, sg.y - my.y)).toBeLessThan(30)
    for (const code of ['SG', 'MT', 'BB', 'TT', 'LC', 'TO', 'WS', 'FM', 'KI']) {
      const p = markerPoint(code)
      expect(p, code).toBeDefined()
      expect(p!.x).toBeGreaterThan(0)
      expect(p!.x).toBeLessThan(MAP_WIDTH)
      expect(p!.y).toBeGreaterThan(0)
      expect(p!.y).toBeLessThan(MAP_HEIGHT)
    }
    expect(markerPoint('MT')!.y).toBeLessThan(markerPoint('LY')!.y) // Malta is north of Libya
    expect(markerPoint('BB')!.x).toBeGreaterThan(markerPoint('VE')!.x - 50) // Barbados lies off Venezuela
  })
})

describe('who covers whom layout', () => {
  it('orders outlets and columns by articles, keeps outlets of no country last, and caps the columns', () => {
    const m = new Map([
      ['?', new Map([['BR', 9]])],
      ['PT', new Map([['BR', 2], ['PT', 1]])],
      ['GB', new Map([['FR', 3], ['BR', 1]])],
      ['DE', new Map<string, number>()],
    ])
    const layout = matrixLayout(m, 2)
    expect(layout.rows).toEqual([{ outlet: 'GB', total: 4 }, { outlet: 'PT', total: 3 }, { outlet: '?', total: 9 }])
    expect(layout.columns).toEqual([{ code: 'BR', total: 12 }, { code: 'FR', total: 3 }])
  })
})

describe('rise notices', () => {
  const rise = (key: string) => ({ key, today: 9, mean: 1, sd: 1, z: 8 })
  it('notifies a watched country once a day, never an unwatched one', () => {
    const first = riseNotices([rise('SD'), rise('FR')], ['SD'], {}, '2026-12-06')
    expect(first.notify.map((r) => r.key)).toEqual(['SD'])
    expect(first.log).toEqual({ SD: '2026-12-06' })
    expect(riseNotices([rise('SD')], ['SD'], first.log, '2026-12-06').notify).toEqual([])
    const next = riseNotices([rise('SD')], ['SD'], first.log, '2026-12-07')
    expect(next.notify.map((r) => r.key)).toEqual(['SD'])
    expect(next.log).toEqual({ SD: '2026-12-07' })
  })
})
