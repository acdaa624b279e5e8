// unit-classes.ts answers for one UTF-16 unit what a regex's \s, \p{L}, \p{Ll} and \p{Lu} say of it, from a table
// filled as units are first seen: every unit against the regexes, twice (the second time from the table).
import { describe, expect, it } from 'vitest'
import { isJsSpace, isLetterUnit, isLowerUnit, isSurrogate, isUpperUnit } from '../../../../src/main/core/classify/unit-classes'

const CHECKS: Array<[string, (c: number) => boolean, RegExp]> = [['isJsSpace', isJsSpace, /\s/u],
  ['isLetterUnit', isLetterUnit, /\p{L}/u], ['isLowerUnit', isLowerUnit, /\p{Ll}/u], ['isUpperUnit', isUpperUnit, /\p{Lu}/u]]

describe('unit classes', () => {
  it.each(CHECKS)('%s is its regex on every unit, and false for no unit', (_, fn, re) => {
    for (let pass = 0; pass < 2; pass++) {
      const wrong: string[] = []
      for (let c = 0; c < 0x10000; c++) if (fn(c) !== re.test(String.fromCharCode(c))) wrong.push(c.toString(16))
      expect(wrong).toEqual([])
    }
    expect(fn(Number.NaN)).toBe(false)
  })

  it('knows the surrogates', () => {
    expect([0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000].map(isSurrogate)).toEqual([false, true, true, true, true, false])
    expect(isUpperUnit('Ω'.charCodeAt(0)) && isLowerUnit('ß'.charCodeAt(0)) && !isLetterUnit('1'.charCodeAt(0))).toBe(true)
  })
})
