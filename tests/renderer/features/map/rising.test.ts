import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { baselineOf, BASELINE_DAYS, MIN_TODAY, MIN_Z, riseOf, risingOf } from '../../../../src/renderer/src/features/map/rising'

const flat = (n: number, days = BASELINE_DAYS) => Array.from({ length: days }, () => n)

describe('baseline', () => {
  it('gives the mean and population standard deviation', () => {
    expect(baselineOf([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, sd: 2 })
    expect(baselineOf([])).toEqual({ mean: 0, sd: 0 })
    expect(baselineOf(flat(3))).toEqual({ mean: 3, sd: 0 })
  })
})

describe('the rising rule: today ≥ 5 and z = (today − mean) / max(sd, 1) ≥ 3 over the 14 days before', () => {
  it('flags a country that is suddenly in the news', () => {
    const rise = riseOf('SD', [...flat(0), 5])
    expect(rise).toMatchObject({ key: 'SD', today: 5, mean: 0, sd: 0, z: 5 })
  })

  it('needs at least five articles today, however quiet the baseline', () => {
    expect(riseOf('SD', [...flat(0), 4])).toBeUndefined()
  })

  it('does not flag a busy country on an ordinary day', () => {
    const usual = [40, 44, 38, 41, 45, 39, 42, 40, 43, 37, 41, 44, 39, 42] // mean 41, sd ≈ 2.3
    expect(riseOf('US', [...usual, 46])).toBeUndefined()
    expect(riseOf('US', [...usual, 49])?.z).toBeGreaterThanOrEqual(MIN_Z)
  })

  it('reads only the 14 days before today: an older burst does not raise the baseline', () => {
    const old = [500, 500, 500]
    expect(riseOf('FR', [...old, ...flat(1), 8])).toMatchObject({ mean: 1, sd: 0, z: 7 })
  })

  it('counts missing days of a short series as zero', () => {
    expect(riseOf('MT', [6])).toMatchObject({ mean: 0, z: 6 })
  })

  it('lists the steepest rise first', () => {
    const rises = risingOf(new Map([
      ['A', [...flat(1), 10]],
      ['B', [...flat(0), 30]],
      ['C', [...flat(5), 5]],
    ]))
    expect(rises.map((r) => r.key)).toEqual(['B', 'A'])
  })

  it('agrees with an independent formulation (variance as E[x²] − E[x]²) on random series', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(60), { minLength: 1, maxLength: 30 }), (series) => {
        const today = series[series.length - 1]
        const before = series.slice(0, -1).slice(-14)
        const base = [...Array.from({ length: 14 - before.length }, () => 0), ...before]
        const mean = base.reduce((a, b) => a + b, 0) / 14
        const meanSq = base.reduce((a, b) => a + b * b, 0) / 14
        const sd = Math.sqrt(Math.max(0, meanSq - mean * mean))
        const z = (today - mean) / Math.max(sd, 1)
        const expected = today >= MIN_TODAY && z >= MIN_Z + 1e-9 ? true : today >= MIN_TODAY && z < MIN_Z - 1e-9 ? false : undefined
        if (expected === undefined) return // on the threshold within rounding: either answer is right
        expect(riseOf('X', series) !== undefined).toBe(expected)
      }),
      { numRuns: 500 },
    )
  })
})
