import { describe, expect, it } from 'vitest'
import { hasSearchTerms, normalizeText, parseQuery, tokenize } from '../../../src/renderer/src/db/search-tokens'

describe('normalizeText', () => {
  it.each([
    ['Élection à Zürich', 'election a zurich'],
    ['Straße', 'strasse'],
    ['ＡＢＣ１２', 'abc12'], // full-width folded
    ['Россия ЁЛКА', 'россия елка'],
    ['الانْتِخَابَات', 'الانتخابات'], // harakat removed
    ['ΟΔΥΣΣΕΥΣ', 'οδυσσευσ'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  it('keeps the vowel signs of Indic scripts (they are not accents there)', () => {
    expect(normalizeText('हिंदी')).toBe('हिंदी')
  })
})

describe('tokenize', () => {
  it('splits on anything that is not a letter or digit, drops one-letter words, keeps each token once', () => {
    expect(tokenize("L'inflation, l'inflation: 3,5 % en 2026!")).toEqual(['inflation', 'en', '2026'])
  })

  it('indexes Chinese and Japanese runs as character bigrams, and mixed words by script', () => {
    expect(tokenize('足球决赛')).toEqual(['足球', '球决', '决赛'])
    expect(tokenize('地震')).toEqual(['地震'])
    expect(tokenize('東京で地震')).toEqual(['東京', '京で', 'で地', '地震'])
    expect(tokenize('iPhone手机')).toEqual(['iphone', '手机'])
  })

  it('splits other scripts on spaces', () => {
    expect(tokenize('Выборы в России')).toEqual(['выборы', 'россии'])
    expect(tokenize('الانتخابات في مصر')).toEqual(['الانتخابات', 'في', 'مصر'])
  })
})

describe('parseQuery', () => {
  it('treats the word being typed as a prefix, and finished words as exact', () => {
    expect(parseQuery('Infl')).toEqual([{ text: 'infl', isPrefix: true }])
    expect(parseQuery('élection fran')).toEqual([
      { text: 'election', isPrefix: false },
      { text: 'fran', isPrefix: true },
    ])
    expect(parseQuery('inflation ')).toEqual([{ text: 'inflation', isPrefix: false }])
  })

  it('keeps a one-letter word only while it is being typed', () => {
    expect(parseQuery('a')).toEqual([{ text: 'a', isPrefix: true }])
    expect(parseQuery('a b vaccine')).toEqual([{ text: 'vaccine', isPrefix: true }])
  })

  it('turns CJK into bigrams; a lone character is a prefix', () => {
    expect(parseQuery('足球决赛')).toEqual([
      { text: '足球', isPrefix: false },
      { text: '球决', isPrefix: false },
      { text: '决赛', isPrefix: false },
    ])
    expect(parseQuery('地')).toEqual([{ text: '地', isPrefix: true }])
  })

  it('has no terms for punctuation or spaces alone', () => {
    expect(hasSearchTerms('  -- ! ')).toBe(false)
    expect(hasSearchTerms('x')).toBe(true)
  })
})
