// collapseWhitespace against a character-by-character oracle: every run of whitespace (JavaScript's \s, no-break
// space, zero-width space) becomes one plain space, and the ends are trimmed, whatever mix of spaces it is given.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collapseWhitespace } from '../../../src/main/core/html-text'

/** JavaScript's \s set written out (ECMA-262 WhiteSpace and LineTerminator), plus the zero-width space. */
const SPACES = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b'

function oracle(text: string): string {
  let out = ''
  let inRun = false
  for (const c of text) {
    if (SPACES.includes(c)) inRun = true
    else {
      if (inRun && out) out += ' '
      out += c
      inRun = false
    }
  }
  return out
}

const pieces = fc.constantFrom(...SPACES, 'a', 'é', 'Ж', '中', '.', '\u200c', '-', 'word')

describe('collapseWhitespace', () => {
  it('equals the oracle on random mixes of every kind of space and text', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('')
      expect(collapseWhitespace(text)).toBe(oracle(text))
    }), { numRuns: 3000 })
  })

  it.each([
    ['lone plain spaces kept', 'a b c', 'a b c'],
    ['a lone tab, newline or no-break space becomes a space', 'a\tb\nc\u00a0d\u200be', 'a b c d e'],
    ['runs of plain spaces become one', 'a   b  c', 'a b c'],
    ['mixed runs become one', 'a \n\u00a0 b', 'a b'],
    ['ends trimmed, zero-width ones too', '\u200b  a b \u200b', 'a b'],
    ['nothing but spaces', ' \u200b\t ', ''],
  ])('%s', (_why, text, expected) => {
    expect(collapseWhitespace(text)).toBe(expected)
  })
})
