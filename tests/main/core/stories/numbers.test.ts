import { describe, expect, it } from 'vitest'
import { statedNumbers } from '../../../../src/main/core/stories/numbers'

describe('statedNumbers', () => {
  it('writes one figure the same way whatever the language writes it', () => {
    for (const text of ['5,550 troops', '5.550 efectivos', '5 550 hommes', '5\u202f550 membres']) {
      expect(statedNumbers(text).strong).toEqual(['5550'])
    }
    for (const text of ['magnitude 6.8', 'magnitud 6,8', 'Stärke 6,8']) expect(statedNumbers(text).strong).toEqual(['6.8'])
  })

  it('reads CJK myriads and Eastern Arabic digits', () => {
    expect(statedNumbers('約8万戸が停電').strong).toEqual(['80000'])
    expect(statedNumbers('وإصابة ٤٧ آخرين').strong).toEqual(['47'])
  })

  it('drops years, keeps day-sized numbers as weak evidence only', () => {
    const n = statedNumbers('On 12 September 2026, 14 people died and 1,120 ships crossed')
    expect(n.strong).toEqual(['1120'])
    expect(n.weak.sort()).toEqual(['12', '14'])
  })

  it('reads mixed separators as thousands then decimals', () => {
    expect(statedNumbers('1,234.5 and 1.234,5').strong).toEqual(['1234.5'])
    expect(statedNumbers('rate 0.750').strong).toEqual(['0.75'])
  })
})

describe('statedNumbers with scale words', () => {
  it('reads thousand, million and billion words of every language as the same figure', () => {
    for (const text of ['137 ألف برميل', '137 тыс. баррелей', '137,000 bpd', '137 mil barriles']) expect(statedNumbers(text).strong).toEqual(['137000'])
    for (const text of ['18 miliardi', '$18bn', '18 billion', '18 مليار', '18 млрд', '18 Milliarden', '18 mil millones']) {
      expect(statedNumbers(text).strong).toEqual(['18000000000'])
    }
    expect(statedNumbers('60mila euro').strong).toEqual(['60000'])
    expect(statedNumbers('500亿立方米').strong).toEqual(['50000000000'])
  })

  it('leaves a figure followed by a unit letter alone', () => {
    expect(statedNumbers('an ash column 8 m high').weak).toEqual(['8'])
  })
})
