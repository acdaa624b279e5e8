// people-names.ts skips its regexes that end at the match when the unit before the match rules them out, and finds
// the word before by a scan rather than by WORD_BEFORE: each shortcut must never drop a match the regex would find.
// Checked at every offset of random texts and every capital of the dev sets' titles and leads, against the regexes.
import { describe, expect, it } from 'vitest'
import { devTexts, randomTexts } from './gate-texts'
import { ADDRESS_BEFORE, AGE_BEFORE, NICKNAME_ARTICLE, PERSON_BEFORE, QUOTED_ARTICLE_BEFORE, WORD_AFTER, WORD_BEFORE,
  mayEndAddress, wordBefore } from '../../../../src/main/core/classify/people-names'
import { isJsSpace } from '../../../../src/main/core/classify/unit-classes'

/** Words the rules know, in several cases, and units that sit at their edges. */
const TOKENS = ['signora', 'Señora', 'DOÑA', 'dona', 'senhora', 'Madame', 'mrs', 'MRS', 'mrſ', 'Miss', 'nonna', 'abuela',
  'avó', 'AVÓ', 'ministre', 'member', 'jueza', 'romancière', 'québécoise', 'a', 'à', 'A', 'at', 'con', 'mit', 'aos',
  'a los', '104', '9', 'años', 'ans', 'anni', 'years', 'Jahre', 'лет', 'года', 'el', 'El', 'la', 'LA', 'il', 'o', 'lo',
  'Iván', 'Marie', 'France', 'Argentina', "d'Ivoire", 'O’Neil', 'Jean-Luc', 'x', 'Ω', 'ß', '中国', '𝐀', '𠀀', '\ud800',
  '\udc00', ' ', ' ', '  ', '\u00a0', '\t', '\n', '\u2003', '\u3000', '\ufeff', '\u200b', '-', "'", '’', '‘', '"', '“',
  '«', '»', '(', ',', '.', '1']


/** Every shortcut against its regex at offset p of text; returns the first disagreement. */
function disagreement(text: string, p: number): string | undefined {
  const before = text.slice(Math.max(0, p - 40), p)
  const after = text.slice(p, p + 24)
  const space = isJsSpace(text.charCodeAt(p - 1))
  if (wordBefore(text, p, before) !== WORD_BEFORE.exec(before)?.[1]) return 'wordBefore'
  if (ADDRESS_BEFORE.test(before) && !(space && mayEndAddress(before))) return 'ADDRESS_BEFORE'
  for (const [name, re] of [['PERSON_BEFORE', PERSON_BEFORE], ['AGE_BEFORE', AGE_BEFORE],
    ['QUOTED_ARTICLE_BEFORE', QUOTED_ARTICLE_BEFORE], ['NICKNAME_ARTICLE', NICKNAME_ARTICLE]] as const) {
    if (re.test(before) && !space) return name
  }
  const unitAfter = text.charCodeAt(p)
  if (WORD_AFTER.test(after) && unitAfter !== 0x20 && unitAfter !== 0xa0) return 'WORD_AFTER'
  return undefined
}

/** onlyCapitals: the offsets isPersonName reaches (a capital there), which keeps the dev sets' check short. */
function check(texts: string[], onlyCapitals = false): number {
  let positions = 0
  for (const text of texts) {
    for (let p = 0; p <= text.length; p++) {
      if (onlyCapitals && text.charAt(p) === text.charAt(p).toLowerCase()) continue
      positions++
      const bad = disagreement(text, p)
      if (bad) expect.fail(`${bad} at ${p} of ${JSON.stringify(text)}`)
    }
  }
  return positions
}

describe('the shortcuts of isPersonName', () => {
  it('isJsSpace is the regex \\s for every UTF-16 unit, and false for no unit', () => {
    const wrong: string[] = []
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16))
    expect(wrong).toEqual([])
    expect(isJsSpace(Number.NaN)).toBe(false)
  })

  it('agree with the regexes at every offset of random texts', () => {
    expect(check(randomTexts(TOKENS, 3000, 7, 4, 14))).toBeGreaterThan(50_000)
    // The random texts do reach the rules: titles of address and words before a match are found.
    const texts = randomTexts(TOKENS, 3000, 7, 4, 14)
    expect(texts.some((t) => [...t].some((_, p) => ADDRESS_BEFORE.test(t.slice(0, p))))).toBe(true)
  })

  it('agree with the regexes at every capital of the dev sets\' titles and leads', () => {
    expect(check(devTexts(), true)).toBeGreaterThan(20_000)
  })

  it('find the word before as the regex does in crafted cases', () => {
    const cases: Array<[string, string | undefined]> = [['Iván ', 'Iván'], ['Marie-', 'Marie'], ["vu l'O’Neil ", "l'O’Neil"],
      ['-x ', undefined], ['’x ', undefined], ['9 ', undefined], ['', undefined], [' ', undefined], ['x𝐀b ', 'x𝐀b'], ['x😀b ', 'b'],
      ['𝐀b ', '𝐀b'], ['le 中国 ', '中国'], ['Iván\u00a0', 'Iván'], ['Iván\t', undefined]]
    for (const [prefix, word] of cases) {
      const text = `${prefix}España`
      const before = prefix.slice(-40)
      expect(WORD_BEFORE.exec(before)?.[1], prefix).toBe(word)
      expect(wordBefore(text, prefix.length, before), prefix).toBe(word)
    }
  })
})
