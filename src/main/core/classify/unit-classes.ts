// What a regex's \s, \p{L}, \p{Ll} and \p{Lu} say of one UTF-16 unit, without running a regex each time: the rule
// files check a unit or two before their regexes that end at a match (tried at every offset of the text before it)
// and skip them when the units rule them out (speed, issue 14). Surrogates are for the caller: these see lone units.

/** White space as a regex's \s; NaN (no unit, past either end of a text) is none. */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
}

export function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff
}

/** Per unit, filled as units are first seen: bit 0 known, bit 1 \p{L}, bit 2 \p{Ll}, bit 3 \p{Lu}. */
const UNIT_CLASS = new Uint8Array(65536)
const KNOWN = 1
const LETTER = 2
const LOWER = 4
const UPPER = 8

function classOf(c: number): number {
  let known = UNIT_CLASS[c]
  if (known === 0) {
    const s = String.fromCharCode(c)
    known = KNOWN | (/^\p{L}$/u.test(s) ? LETTER : 0) | (/^\p{Ll}$/u.test(s) ? LOWER : 0) | (/^\p{Lu}$/u.test(s) ? UPPER : 0)
    UNIT_CLASS[c] = known
  }
  return known
}

/** \p{L}; false for NaN. */
export function isLetterUnit(c: number): boolean {
  return c === c && (classOf(c) & LETTER) !== 0
}

/** \p{Ll}; false for NaN. */
export function isLowerUnit(c: number): boolean {
  return c === c && (classOf(c) & LOWER) !== 0
}

/** \p{Lu}; false for NaN. */
export function isUpperUnit(c: number): boolean {
  return c === c && (classOf(c) & UPPER) !== 0
}
