// The frozen-set scorer against hand-computed cases: tokenisation per script, multiset overlap, image recall.
import { describe, expect, it } from 'vitest'
import { imageRecall, imageSources, scoreText, tokenize } from '../../bench/lib/extract-score'

describe('tokenize', () => {
  it('splits spaced scripts into lower-cased words and drops punctuation', () => {
    expect(tokenize('The cat, the HAT!')).toEqual(['the', 'cat', 'the', 'hat'])
    expect(tokenize('Пётр — «Привет»')).toEqual(['пётр', 'привет'])
    expect(tokenize('l\'économie 3,5 %')).toEqual(['l', 'économie', '3', '5'])
  })

  it('counts each Han or kana character as a token, punctuation excepted', () => {
    expect(tokenize('央行维持利率。')).toEqual(['央', '行', '维', '持', '利', '率'])
    expect(tokenize('コメ価格、高止まり')).toEqual(['コ', 'メ', '価', '格', '高', '止', 'ま', 'り'])
  })

  it('keeps digits and Latin words whole inside CJK text', () => {
    expect(tokenize('900万戸とAI')).toEqual(['900', '万', '戸', 'と', 'ai'])
  })

  it('keeps Hangul, Arabic and Devanagari words whole (combining marks stay in the word)', () => {
    expect(tokenize('반도체 수출이 증가')).toEqual(['반도체', '수출이', '증가'])
    expect(tokenize('مصر تطلق خطة')).toEqual(['مصر', 'تطلق', 'خطة'])
    expect(tokenize('प्याज़ के दाम')).toEqual(['प्याज़', 'के', 'दाम'])
  })

  it('folds compatibility forms (NFKC): full-width Latin and digits match their ASCII forms', () => {
    expect(tokenize('ＡＢＣ　１２３')).toEqual(['abc', '123'])
  })
})

describe('scoreText', () => {
  it('scores identical text as perfect whatever the spacing and punctuation', () => {
    const s = scoreText('One two,\n\nthree.', 'one  two three')
    expect(s).toEqual({ precision: 1, recall: 1, f1: 1, extractedTokens: 3, expectedTokens: 3 })
  })

  it('computes precision and recall from multiset overlap', () => {
    // extracted: a a b c (4), expected: a b b d e (5); overlap = a + b = 2
    const s = scoreText('a a b c', 'a b b d e')
    expect(s.precision).toBeCloseTo(2 / 4)
    expect(s.recall).toBeCloseTo(2 / 5)
    expect(s.f1).toBeCloseTo((2 * 0.5 * 0.4) / 0.9)
  })

  it('penalises furniture in precision only', () => {
    // 6 body words all found, 4 extra furniture words: P = 6/10, R = 1
    const s = scoreText('Share this article the body text is here now Related', 'the body text is here now')
    expect(s.precision).toBeCloseTo(6 / 10)
    expect(s.recall).toBe(1)
    expect(s.f1).toBeCloseTo(0.75)
  })

  it('scores CJK by characters', () => {
    // extracted 4 chars, expected 6 chars, 4 shared: P = 1, R = 4/6
    const s = scoreText('新疆高铁', '新疆高铁开通')
    expect(s.precision).toBe(1)
    expect(s.recall).toBeCloseTo(4 / 6)
    expect(s.f1).toBeCloseTo(0.8)
  })

  it('gives 0 to an empty extraction of a non-empty body, and 1 when both are empty', () => {
    expect(scoreText('', 'some words')).toMatchObject({ precision: 0, recall: 0, f1: 0 })
    expect(scoreText(' . ', '')).toMatchObject({ precision: 1, recall: 1, f1: 1 })
    expect(scoreText('extra', '')).toMatchObject({ precision: 0, recall: 1, f1: 0 })
  })
})

describe('images', () => {
  const page = 'https://news.example/world/story.html'

  it('resolves relative, root-relative and protocol-relative src and skips data: URIs', () => {
    const html = '<p><img src="a.jpg"><img src="/img/b.jpg?w=1600&amp;q=80"><img src="//cdn.example/c.png"><img src="data:image/gif;base64,R0"><img alt="none"></p>'
    expect(imageSources(html, page)).toEqual([
      'https://news.example/world/a.jpg',
      'https://news.example/img/b.jpg?w=1600&q=80',
      'https://cdn.example/c.png',
    ])
  })

  it('counts expected URLs found among extracted ones', () => {
    const want = ['https://cdn.example/a-1600.jpg', 'https://cdn.example/b-1600.jpg']
    expect(imageRecall(want, ['https://cdn.example/a-1600.jpg', 'https://cdn.example/x.jpg'])).toBe(0.5)
    expect(imageRecall(want, ['https://cdn.example/a-800.jpg'])).toBe(0)
    expect(imageRecall(want, [...want].reverse())).toBe(1)
  })

  it('has no recall for a page that expects no image', () => {
    expect(imageRecall([], ['https://cdn.example/a.jpg'])).toBeUndefined()
  })
})
