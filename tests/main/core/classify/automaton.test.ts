// The Aho-Corasick automaton against a naive search: every occurrence, overlaps and skipped units.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildAutomaton, MatchBuffer, scanText } from '../../../../src/main/core/classify/automaton'

function scanAll(patterns: string[], text: string): string[] {
  const buffer = new MatchBuffer()
  scanText(buildAutomaton(patterns), text, 0, text.length, buffer)
  const found: string[] = []
  for (let i = 0; i < buffer.count; i++) found.push(`${buffer.data[3 * i]}-${buffer.data[3 * i + 1]}:${patterns[buffer.data[3 * i + 2]]}`)
  return found.sort()
}

function naive(patterns: string[], text: string): string[] {
  const found: string[] = []
  for (const p of patterns) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) found.push(`${i}-${i + p.length}:${p}`)
  return found.sort()
}

describe('automaton', () => {
  it('finds every occurrence, nested and overlapping, like a naive search', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'guinea', 'new guinea', 'papua new guinea', 'ea', 'a']
    const text = 'ushers in papua new guinea, she said; his hers'
    expect(scanAll(patterns, text)).toEqual(naive(patterns, text))
  })

  it('agrees with a naive search on random patterns and text', () => {
    let seed = 7
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const alphabet = 'abcя中 '
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('')
    const patterns = [...new Set(Array.from({ length: 60 }, () => word(1 + rand(5)).trim()).filter(Boolean))]
      .filter((p) => !p.includes('  '))
    const text = word(2000).replace(/ +/g, ' ')
    expect(scanAll(patterns, text)).toEqual(naive(patterns, text))
  })

  it('agrees with a naive search with thousands of patterns over a wide alphabet (packed slots collide)', () => {
    let seed = 11
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    // Frequent Latin letters beside hundreds of rare Han characters, as in the real lexicon.
    const alphabet = [...'etaoinsrhl d', ...Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + i * 37))]
    const pick = () => (rand(3) === 0 ? alphabet[12 + rand(400)] : alphabet[rand(12)])
    const word = (len: number) => Array.from({ length: len }, pick).join('')
    const patterns = [...new Set(Array.from({ length: 3000 }, () => word(1 + rand(6)).trim()).filter((p) => p && !p.includes('  ')))]
    const text = word(20_000).replace(/ +/g, ' ')
    expect(scanAll(patterns, text)).toEqual(naive(patterns, text))
  })

  it('agrees with a naive search for any pattern set, with few or many classes and slots (packed cells)', () => {
    // Letters from a small Latin set and from up to 5,000 Hangul syllables (which fold to themselves, unlike some Han
    // characters): cells pack 2 to 13 class bits, and leaves, single-child chains and wide nodes all meet in the placement.
    const hangul = (i: number) => String.fromCharCode(0xac00 + i)
    const letter = (width: number) => fc.oneof(fc.constantFrom(...'abcde '), fc.nat(width - 1).map(hangul))
    const property = fc.property(fc.integer({ min: 1, max: 5000 }).chain((width) => fc.record({
      patterns: fc.uniqueArray(fc.array(letter(width), { minLength: 1, maxLength: 8 }).map((u) => u.join('').trim()), { maxLength: 300 }),
      text: fc.array(letter(width), { maxLength: 400 }).map((u) => u.join('').replace(/ +/g, ' ')),
    })), ({ patterns, text }) => {
      const usable = [...new Set(patterns.filter((p) => p && !p.includes('  ')))]
      // Some patterns also appear in the text, so long matches and failure chains are exercised, not only misses.
      const seeded = usable.slice(0, 20).join(' ') + ' ' + text
      expect(scanAll(usable, seeded)).toEqual(naive(usable, seeded))
    })
    fc.assert(property, { numRuns: 200, seed: 16 })
  })

  it('matches across case, accents, line breaks and Arabic diacritics, reporting original offsets', () => {
    const patterns = ['new york', 'cote d\'ivoire', 'مصر']
    expect(scanAll(patterns, 'New\n  York')).toEqual(['0-10:new york'])
    expect(scanAll(patterns, 'CÔTE D’IVOIRE')).toEqual(["0-13:cote d'ivoire"])
    expect(scanAll(patterns, 'في مِصْرَ')).toEqual(['3-8:مصر']) // ends at the last letter, before its vowel mark
  })

  it('rejects duplicate and over-long patterns', () => {
    expect(() => buildAutomaton(['a', 'a'])).toThrow(/Duplicate/)
    expect(() => buildAutomaton(['x'.repeat(65)])).toThrow(/1\.\.64/)
  })
})
