// Version 13's evidence for the about model: where a visit goes, what talks are about, a one-character compound
// that says where (about-cues.ts), a state word in the title (about-features.ts), an article opening the lead
// before its subject (country.ts) and farm products as origins (salience.ts). Sentences written for this test, not
// rows of a dev or frozen set.
import { describe, expect, it } from 'vitest'
import { isDiscussed, isVisited, isWhereCombo, opensReported } from '../../../../src/main/core/classify/about-cues'
import { candidateFeatures, FEATURE_NAMES } from '../../../../src/main/core/classify/about-features'
import { weighCountries } from '../../../../src/main/core/classify/country'
import { classifyArticle, scanArticle } from '../../../../src/main/core/classify/index'
import { Zone, type Hit } from '../../../../src/main/core/classify/matcher'

function hitOn(text: string, word: string, isCombo = false): Hit {
  const start = text.indexOf(word)
  return { zone: Zone.Title, start, end: start + word.length, pattern: 0, term: { isCombo } as Hit['term'], text }
}

/** The value of one feature for one country of a lead. */
function feature(lang: string, title: string, code: string, name: string, summary?: string): number {
  const { countryContext } = scanArticle({ title, summary, lang })
  const { codes, features } = candidateFeatures(weighCountries(countryContext))
  return features[codes.indexOf(code as never)][FEATURE_NAMES.indexOf(name)]
}

describe('version-13 cues', () => {
  it.each([
    ['Pope visits Indonesia\'s largest mosque', 'Indonesia'],
    ['وفد سعودي يزور بغداد', 'بغداد'],
    ['Армянский премьер посетил Баку', 'Баку'],
    ['Scholz besucht China', 'China'],
    ['El papa visita Paraguay', 'Paraguay'],
    ['法国总统马克龙访问越南', '越南'],
    ['韓国の大統領、日本を公式訪問', '日本'],
  ])('reads where a visit goes in "%s"', (text, word) => {
    expect(isVisited(hitOn(text, word))).toBe(true)
  })

  it('reads the guest of a host as a party of the visit, not the talks a country hosts', () => {
    expect(isVisited(hitOn('Erdogan hosts Zelensky', 'Zelensky'))).toBe(true)
    expect(isVisited(hitOn('الرئيس الفرنسي يستقبل نظيره الإيراني في باريس', 'باريس'))).toBe(false)
    expect(isVisited(hitOn('Oman hosts talks between Iran and the United States', 'Iran'))).toBe(false)
  })

  it('reads the subject of a clause the title reports', () => {
    expect(opensReported(hitOn('FBI director says Chinese hackers target U.S. water plants', 'Chinese'))).toBe(true)
    expect(opensReported(hitOn('Kremlin says Ukraine shelled a border village', 'Ukraine'))).toBe(true)
    expect(opensReported(hitOn('FBI director says Chinese hackers target U.S. water plants', 'U.S.'))).toBe(false)
    expect(opensReported(hitOn('Ukraine says talks will resume', 'Ukraine'))).toBe(false)
  })

  it('does not read a place or a visitor as where a visit goes', () => {
    expect(isVisited(hitOn('Floods in Spain kill three', 'Spain'))).toBe(false)
    expect(isVisited(hitOn('Pope visits Indonesia\'s largest mosque', 'Pope'))).toBe(false)
    expect(isVisited(hitOn('Lucca Comics chiude con il record di visitatori italiani', 'italiani'))).toBe(false)
  })

  it.each([
    ['Chinese and Russian foreign ministers discuss Afghanistan in phone call', 'Afghanistan'],
    ['Talks on Haiti\'s transition open in Bridgetown', 'Haiti'],
    ['Ministros reúnem-se para discutir crise na Guiné-Bissau', 'Guiné-Bissau'],
    ['Лавров и Рубио обсудили урегулирование на Украине', 'Украине'],
    ['王毅同俄罗斯外长通电话 讨论阿富汗局势', '阿富汗'],
  ])('reads what talks are about in "%s"', (text, word) => {
    expect(isDiscussed(hitOn(text, word))).toBe(true)
  })

  it('does not read the sides of talks as their subject', () => {
    expect(isDiscussed(hitOn('Chinese and Russian foreign ministers discuss Afghanistan', 'Chinese'))).toBe(false)
    expect(isDiscussed(hitOn('Russia and Ukraine hold talks in Istanbul', 'Ukraine'))).toBe(false)
  })

  it('reads 在华, 访华 and 訪日 as compounds that say where, and 中美 or 对华 not', () => {
    expect(isWhereCombo(hitOn('特斯拉在华销量回升', '在华', true))).toBe(true)
    expect(isWhereCombo(hitOn('韩国总统访华', '访华', true))).toBe(true)
    expect(isWhereCombo(hitOn('仏大統領が訪日', '訪日', true))).toBe(true)
    expect(isWhereCombo(hitOn('中美经贸磋商', '中美', true))).toBe(false)
    expect(isWhereCombo(hitOn('对华关税', '对华', true))).toBe(false)
  })

  it('marks a state word beside the country in the title, not one in the lead only', () => {
    expect(feature('en', 'FBI says hackers backed by the Chinese government hit U.S. utilities', 'CN', 'titleStateWord')).toBe(1)
    expect(feature('en', 'Thai police arrest British man over boat crash', 'GB', 'titleStateWord',
      'The British government said it was in contact with Thai authorities.')).toBe(0)
  })

  it('reads a country after an article that opens the lead as its subject', () => {
    const lead = 'The British government said it was in contact with Thai authorities.'
    expect(feature('en', 'Thai police arrest British man over boat crash', 'GB', 'subject', lead)).toBe(1)
    expect(feature('en', 'Thai police arrest British man over boat crash', 'GB', 'subject',
      'Officials of the British government said they were in contact.')).toBe(0)
  })

  it('reads farm products as origins: passing in a story elsewhere, acted upon by a trade measure', () => {
    expect(feature('es', 'Un mercado de Santiago ofrece porcino español y vino chileno', 'ES', 'role:origin')).toBe(1)
    expect(feature('es', 'China impone aranceles al porcino español', 'ES', 'traded')).toBe(1)
    expect(feature('fr', 'Pékin impose des droits de douane sur le porc français', 'FR', 'traded')).toBe(1)
    expect(classifyArticle({ lang: 'es', title: 'China impone aranceles al porcino español' }).countries).toContain('ES')
  })
})
