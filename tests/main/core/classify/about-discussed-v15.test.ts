// Version 15: what a title says two sides discuss is what the story is about, in every language, even where the
// model alone would keep it under its threshold (about-model.ts `pickAbout`, about-cues.ts `isDiscussed`).
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify'

const DISCUSSED = [
  { lang: 'en', title: 'Chinese and Russian foreign ministers discuss Afghanistan in phone call' },
  { lang: 'ru', title: 'Главы МИД Китая и России обсудили Афганистан' },
  { lang: 'zh', title: '中俄外长通电话讨论阿富汗局势' },
  // An elided article before the name: "discutent de l'Afghanistan".
  { lang: 'fr', title: "Les ministres chinois et russe discutent de l'Afghanistan au téléphone" },
  { lang: 'de', title: 'Chinesischer und russischer Außenminister beraten über Afghanistan' },
  { lang: 'es', title: 'Los cancilleres de China y Rusia discuten sobre Afganistán' },
]

describe('the country a title says is discussed', () => {
  it.each(DISCUSSED)('is about Afghanistan: $lang', (input) => {
    expect(classifyArticle(input).countries).toContain('AF')
  })

  it('keeps both sides of the call where they are named as countries or in one compound', () => {
    for (const input of DISCUSSED.slice(0, 3)) expect([...classifyArticle(input).countries].sort()).toEqual(['AF', 'CN', 'RU'])
  })
})
