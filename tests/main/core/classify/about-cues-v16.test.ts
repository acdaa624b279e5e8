// Version 16's evidence (issue 14): English "awards" after a country is its verb when a noun phrase follows (venue.ts
// `isPrizeName`); two sides joined in a title that open it are about together (about-model.ts `addJoinedSides`).
// Sentences written for this test, not rows of a dev or frozen set.
import { describe, expect, it } from 'vitest'
import { candidateFeatures } from '../../../../src/main/core/classify/about-features'
import { weighCountries } from '../../../../src/main/core/classify/country'
import { classifyArticle, scanArticle } from '../../../../src/main/core/classify/index'
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

/** The countries the title joins to `code` as a pair that opens it or stands "between" (about-features.ts). */
function joinedWith(lang: string, title: string, code: string): string[] {
  const { countryContext } = scanArticle({ title, lang })
  const { codes, tallies } = candidateFeatures(weighCountries(countryContext))
  const k = codes.indexOf(code as never)
  if (k < 0) throw new Error(`${code} is not a candidate of "${title}"`)
  return [...(tallies[k].titleJoinedWith ?? [])]
}

describe('two sides joined in a title', () => {
  it.each([
    ['en', 'Chinese and Russian foreign ministers discuss Afghanistan in phone call', 'CN', 'RU'],
    ['fr', "Les ministres chinois et russe discutent de l'Afghanistan au téléphone", 'CN', 'RU'],
    ['de', 'Chinesischer und russischer Außenminister beraten über Afghanistan', 'CN', 'RU'],
    ['es', 'Los cancilleres de China y Rusia discuten sobre Afganistán', 'CN', 'RU'],
    ['it', 'Negoziati a Ginevra tra Iran e Stati Uniti sul nucleare', 'IR', 'US'],
    ['ar', 'محادثات بين واشنطن وطهران في مسقط', 'US', 'IR'],
    ['zh', '俄罗斯与乌克兰交换战俘', 'RU', 'UA'],
    ['pt', 'Chanceleres do Brasil e Argentina assinam acordo', 'BR', 'AR'],
  ])('%s: "%s" joins %s and %s', (lang, title, first, second) => {
    expect(joinedWith(lang, title, first)).toEqual([second])
    expect(joinedWith(lang, title, second)).toEqual([first])
  })

  it.each([
    ['fr', 'Soudan : les ministres chinois et russe appellent à une trêve', 'CN', 'RU'],
    ['en', 'Sudan: Chinese and Russian envoys call for a truce', 'CN', 'RU'],
  ])('%s: "%s" joins %s and %s after the kicker', (lang, title, first, second) => {
    expect(joinedWith(lang, title, first)).toEqual([second])
  })

  it('takes the second side after a kicker when the first is about', () => {
    const got = classifyArticle({
      lang: 'fr',
      title: 'Soudan : les ministres chinois et russe appellent à une trêve',
      summary: "PÉKIN - Le ministre chinois des Affaires étrangères et son homologue russe ont appelé lundi à une trêve " +
        "au Soudan, lors d'un entretien à Pékin. La Chine a promis une aide alimentaire.",
    })
    expect([...got.countries].sort()).toEqual(['CN', 'RU', 'SD'])
  })

  it.each([
    ['en', 'Kenya Airways adds daily flights to Dakar and Abidjan', 'SN'],
    ['es', 'Mercado Libre abrirá en Santiago su mayor centro fuera de Brasil y México', 'BR'],
    ['fr', 'Les stations des Alpes ouvrent, les Britanniques et les Belges au rendez-vous', 'GB'],
  ])('%s: a list that does not open "%s" is no pair', (lang, title, code) => {
    expect(joinedWith(lang, title, code)).toEqual([])
  })

  it.each([
    ['en', 'Chinese and Russian foreign ministers discuss Afghanistan in phone call', ['AF', 'CN', 'RU']],
    ['fr', "Les ministres chinois et russe discutent de l'Afghanistan au téléphone", ['AF', 'CN', 'RU']],
    ['de', 'Chinesischer und russischer Außenminister beraten über Afghanistan', ['AF', 'CN', 'RU']],
    ['es', 'Los cancilleres de China y Rusia discuten sobre Afganistán', ['AF', 'CN', 'RU']],
    ['ru', 'Главы МИД Китая и России обсудили Афганистан', ['AF', 'CN', 'RU']],
    ['zh', '中俄外长通电话讨论阿富汗局势', ['AF', 'CN', 'RU']],
    ['it', 'Negoziati in Oman tra Iran e Stati Uniti sul programma nucleare', ['IR', 'US']],
  ])('%s: "%s" is about both sides', (lang, title, expected) => {
    expect([...classifyArticle({ lang, title }).countries].sort()).toEqual(expected)
  })
})

describe('a body named by another state', () => {
  it.each([
    ['ru', 'ЦБ Казахстана повысил базовую ставку до 16,5%', ['KZ']],
    ['ru', 'МЧС Киргизии предупредило о сходе лавин', ['KG']],
    ['ru', 'ЦБ повысил ключевую ставку до 17%', ['RU']],
    ['ru', 'МЧС России сообщило о пожаре на складе', ['RU']],
    ['zh', '澳门特区政府公布新一轮消费补贴', ['MO']],
    ['zh', '澳门立法会通过明年财政预算', ['MO']],
    ['zh', '香港特区政府宣布发放消费券', ['HK']],
  ])('%s: "%s" is about %j', (lang, title, expected) => {
    expect(classifyArticle({ lang, title }).countries).toEqual(expected)
  })
})

describe('a ban on a language', () => {
  it.each([
    ['ru', 'Латвия запретила русский язык в детских садах'],
    ['en', 'Latvia bans Russian language in kindergartens'],
    ['de', 'Lettland verbietet die russische Sprache in Kindergärten'],
    ['es', 'Letonia prohíbe el idioma ruso en las guarderías'],
    ['it', 'La Lettonia vieta la lingua russa negli asili'],
    ['ar', 'لاتفيا تحظر اللغة الروسية في رياض الأطفال'],
  ])('%s: "%s" is about Latvia only', (lang, title) => {
    expect(classifyArticle({ lang, title }).countries).toEqual(['LV'])
  })

  it('keeps a ban on a product acting on its origin', () => {
    expect([...classifyArticle({ lang: 'ru', title: 'Россия запретила ввоз японских морепродуктов' }).countries].sort())
      .toEqual(['JP', 'RU'])
  })

  it('still reads Riyadh with its article', () => {
    expect(classifyArticle({ lang: 'ar', title: 'افتتاح معرض الكتاب في الرياض' }).countries).toEqual(['SA'])
  })
})

describe('a city naming a tournament or a listing', () => {
  it.each([
    ['Kenyan runner wins Berlin Chess Classic rapid section', 'KE', 'DE'],
    ['Indonesian nickel miner plans New York listing next year', 'ID', 'US'],
    ['Thai property developer raises $2 billion in Hong Kong IPO', 'TH', 'HK'],
    ['Nigerian fintech weighs London flotation', 'NG', 'GB'],
  ])('"%s": %s about, %s in passing', (title, about, passing) => {
    const got = classifyArticle({ lang: 'en', title })
    expect(got.countries).toEqual([about])
    expect(got.mentions).toContain(passing)
  })
})
