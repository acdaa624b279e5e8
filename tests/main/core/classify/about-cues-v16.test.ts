// Version 16's evidence (issue 14): English "awards" after a country is its verb when a noun phrase follows (venue.ts
// `isPrizeName`). Sentences written for this test, not rows of a dev or frozen set.
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { isPrizeName } from '../../../../src/main/core/classify/venue'

function prizeAt(text: string, word: string): boolean {
  const start = text.indexOf(word)
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`)
  return isPrizeName(text, start, start + word.length)
}

describe('a country that awards something', () => {
  it.each([
    ['Oman awards first solar licence to a Spanish group', 'Oman'],
    ['Kenya awards a road contract to Chinese builders', 'Kenya'],
    ['Norway awards the drilling rights in two blocks', 'Norway'],
    ['Chile awards its lithium tender', 'Chile'],
    ['Peru awards 12 mining permits', 'Peru'],
    ['Ghana awards contract for new port', 'Ghana'],
  ])('"%s": %s acts, no prize is named after it', (text, word) => {
    expect(prizeAt(text, word)).toBe(false)
  })

  it.each([
    ['The Caine Prize and the Kenya Awards for fiction', 'Kenya'],
    ['She won the Nigeria Award last year', 'Nigeria'],
    ['Winners of the Oman awards were named', 'Oman'],
    ['The Norway Prize for poetry', 'Norway'],
  ])('"%s": a prize named after %s is still a prize', (text, word) => {
    expect(prizeAt(text, word)).toBe(true)
  })

  it('keeps the awarding country about and the winner\'s nationality in passing', () => {
    const got = classifyArticle({
      lang: 'en',
      title: 'Oman awards first offshore wind licence to Danish developer',
      summary: 'MUSCAT (Reuters) - Oman awarded its first offshore wind licence on Tuesday to a Danish developer, the ' +
        'energy ministry said, for a farm off Duqm that would supply a planned ammonia plant.',
    })
    expect(got.countries).toContain('OM')
    expect(got.countries).not.toContain('DK')
  })
})
