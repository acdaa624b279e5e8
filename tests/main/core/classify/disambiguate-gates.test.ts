// isSurname skips GIVEN_BEFORE (a regex ending at the match, tried at every offset of the 40 units before it) when
// the small letters before the blank follow no capital: the check must never skip a match the regex would find.
// Checked at every offset of random texts and of the dev sets' titles and leads where isSurname reaches the check.
import { describe, expect, it } from 'vitest'
import { devTexts, randomTexts } from './gate-texts'
import { GIVEN_BEFORE, mayEndCapitalisedWord } from '../../../../src/main/core/classify/disambiguate'

const TOKENS = ['singer', 'Nurse', 'vereadora', 'treinador', 'Joana', 'India', 'Ricardo', 'in', 'de', 'the', 'ÉMILE', 'Émile',
  'ǅemal', 'ǈ', 'ß', 'ſ', 'Ω', 'ω', 'ﬁ', '𝐀', '𝐚', '𝐚b', 'Σσς', 'Ⅷ', 'ⅷ', '中国', '\ud835', '\udc1a', ' ', ' ', '  ', '\u00a0',
  '\t', '\n', '\u2003', '-', "'", '’', '.', ',', '1']


/** Offsets where isSurname reaches the check: one blank before, a small letter before it (as isSurname tests them). */
function reachesCheck(text: string, p: number): boolean {
  return /^\s$/.test(text.charAt(p - 1)) && !/^\s$/.test(text.charAt(p - 2)) && /\p{Ll}/u.test(text.charAt(p - 2))
}

function check(texts: string[]): { reached: number; skipped: number } {
  let reached = 0
  let skipped = 0
  for (const text of texts) {
    for (let p = 2; p <= text.length; p++) {
      if (!reachesCheck(text, p)) continue
      reached++
      if (mayEndCapitalisedWord(text, p - 2, Math.max(0, p - 40))) continue
      skipped++
      if (GIVEN_BEFORE.test(text.slice(Math.max(0, p - 40), p))) expect.fail(`skipped at ${p} of ${JSON.stringify(text)}`)
    }
  }
  return { reached, skipped }
}

describe('mayEndCapitalisedWord', () => {
  it('never skips GIVEN_BEFORE where it matches, in random texts', () => {
    const { reached, skipped } = check(randomTexts(TOKENS, 6000, 3, 3, 12))
    expect(reached).toBeGreaterThan(2000)
    expect(skipped).toBeGreaterThan(500)
  })

  it('never skips GIVEN_BEFORE where it matches, in the dev sets\' titles and leads, and skips most offsets', () => {
    const { reached, skipped } = check(devTexts())
    expect(reached).toBeGreaterThan(10_000)
    expect(skipped / reached).toBeGreaterThan(0.5)
  })

  it('answers as the regex in crafted cases', () => {
    expect(mayEndCapitalisedWord('singer India Brasil', 11, 0)).toBe(true)
    expect(mayEndCapitalisedWord('troops in Brasil', 8, 0)).toBe(false)
    expect(mayEndCapitalisedWord('ǅemal Brasil', 4, 0)).toBe(false) // ǅ is a title-case letter, neither Lu nor Ll
    expect(mayEndCapitalisedWord('x 𝐚b Brasil', 4, 0)).toBe(true) // an astral small letter: the regex decides
    expect(mayEndCapitalisedWord('ndia Brasil', 3, 1)).toBe(false) // the capital is outside the window
  })
})
