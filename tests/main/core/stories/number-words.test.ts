import { describe, expect, it } from 'vitest'
import { countWords } from '../../../../src/main/core/stories/number-words'

describe('countWords', () => {
  it('reads small counts written as words in the lead language', () => {
    expect(countWords('Two dock workers were injured and eight are missing', 'en').sort()).toEqual(['2', '8'])
    expect(countWords('huit personnes sont portées disparues', 'fr')).toEqual(['8'])
    expect(countWords('Погибли шесть человек, пострадали двое из двух', 'ru').sort()).toEqual(['2', '6'])
    expect(countWords('两名码头工人受伤，8人失联，五艘船', 'zh').sort()).toEqual(['2', '5'])
    expect(countWords('قتل ستة أشخاص وأصيب أحد عشر', 'ar').sort()).toEqual(['11', '6'])
    expect(countWords('وثلاثة جرحى', 'ar')).toEqual(['3'])
  })

  it('reads nothing in another language, or without one', () => {
    expect(countWords('a morte dos turistas', 'pt')).toEqual([])
    expect(countWords('the amount due', 'it')).toEqual(['2'])
    expect(countWords('the amount due', 'en')).toEqual([])
    expect(countWords('two', '')).toEqual([])
  })
})
