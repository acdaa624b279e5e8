// isStreetName runs its regexes that end at the place (tried at every offset of the 16 units before it) only when
// the unit before the place and the last unit before the blanks allow them: the checks must never skip a match the
// regex would find. Checked at every offset of random texts and of the dev sets' titles and leads.
import { describe, expect, it } from 'vitest'
import { devTexts, randomTexts } from './gate-texts'
import { DEMONYM_PLACE_BEFORE, DISTRICT_BEFORE, STREET_BEFORE, STREET_LAST, VENUE_BEFORE, VENUE_LAST, VENUE_QUOTE_BEFORE,
  WORD_REST, lastUnitBeforeSpace, letterRunEnd } from '../../../../src/main/core/classify/namesakes'

const TOKENS = ['rue', 'RUE', 'avenue', 'Boulevard', 'avenida', 'calle', 'rua', 'praça', 'plaza', 'PIAZZA', 'piazzale', 'viale',
  'corso', 'largo', 'vicolo', 'straße', 'STRASSE', 'ſtrasse', 'شارع', 'بميدان', 'جادة', 'de la', 'de', 'DU', 'des', 'deſ', 'di',
  'del', 'della', 'do', 'da', "d'", 'd’', 'Jardim', 'bairro', 'Barrio', 'Café', 'hotel', 'Parque', 'Villa', 'Colonia',
  'discoteca', 'Restaurante', 'ristorante', 'Quartieri', 'Fondaco dei', 'complexo', 'MORRO', 'ресторан', 'кафе', 'Отеля',
  'in', 'of', 'from', 'İ', 'ı', 'x', '中', ' ', ' ', '  ', '\u00a0', '\t', '\n', '\u3000', '«', '»', "'", '’', '-', ',']


const isSpace = (c: number) => /^\s$/.test(String.fromCharCode(c))

/** The first regex that matches before offset p where isStreetName's checks would skip it. */
function skippedMatch(text: string, p: number): string | undefined {
  const c = text.charCodeAt(p - 1)
  if (!(isSpace(c) || c === 0xab || c === 0x27 || c === 0x2019)) return undefined // isStreetName reads no `before`
  const before = text.slice(Math.max(0, p - 16), p)
  const last = lastUnitBeforeSpace(before)
  if (VENUE_QUOTE_BEFORE.test(before) && c !== 0xab) return 'VENUE_QUOTE_BEFORE'
  if (DISTRICT_BEFORE.test(before) && !(isSpace(c) && [0x6f, 0x61, 0x4f, 0x41].includes(last))) return 'DISTRICT_BEFORE'
  if (STREET_BEFORE.test(before) && !(c !== 0xab && STREET_LAST.has(last))) return 'STREET_BEFORE'
  if (VENUE_BEFORE.test(before) && !(isSpace(c) && VENUE_LAST.has(last))) return 'VENUE_BEFORE'
  if (DEMONYM_PLACE_BEFORE.test(before) && !isSpace(c)) return 'DEMONYM_PLACE_BEFORE'
  return undefined
}

/** countMatches: also count the offsets where a regex matches, to show the texts reach them. */
function check(texts: string[], countMatches = false): number {
  let matched = 0
  for (const text of texts) {
    for (let p = 1; p <= text.length; p++) {
      const bad = skippedMatch(text, p)
      if (bad) expect.fail(`${bad} skipped at ${p} of ${JSON.stringify(text)}`)
      const before = text.slice(Math.max(0, p - 16), p)
      if (countMatches && (STREET_BEFORE.test(before) || VENUE_BEFORE.test(before))) matched++
    }
  }
  return matched
}

describe('the checks before isStreetName\'s regexes', () => {
  it('never skip a regex that matches, at every offset of random texts (which the regexes do match)', () => {
    expect(check(randomTexts(TOKENS, 4000, 5, 3, 10), true)).toBeGreaterThan(300)
  })

  it('never skip a regex that matches, at every offset of the dev sets\' titles and leads', () => {
    check(devTexts())
  })

  it('find where the letters after a place end as WORD_REST does, at every offset', () => {
    const texts = [...randomTexts(TOKENS, 1500, 11, 3, 10).map((t) => `${t}𝐀b𠀀\ud800x\udc00Ωé`), ...devTexts()]
    for (const text of texts) {
      for (let p = 0; p <= text.length; p++) {
        WORD_REST.lastIndex = p
        const expected = p + (WORD_REST.exec(text)?.[0].length ?? 0)
        if (letterRunEnd(text, p) !== expected) expect.fail(`at ${p} of ${JSON.stringify(text)}`)
      }
    }
  })

  it('rule out the common words before a place', () => {
    expect(STREET_LAST.has(lastUnitBeforeSpace('troops in '))).toBe(false)
    expect(VENUE_LAST.has(lastUnitBeforeSpace('flights from '))).toBe(true) // "from" ends in m, as Jardim does
    expect(STREET_LAST.has(lastUnitBeforeSpace("la rue d'"))).toBe(true)
  })
})
