// Version 14's evidence for the trap kinds "sports team" and "sports final" (issue 14): more match verbs in every
// language, a score between the verb and the side it names, a club between a Japanese country name and its verb,
// and clubs that stand for their country (data/clubs.ts). Sentences written for this test, not rows of a dev or
// frozen set.
import { describe, expect, it } from 'vitest'
import { isOpponent } from '../../../../src/main/core/classify/about-cues'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { Zone, type Hit } from '../../../../src/main/core/classify/matcher'

/** A hit on the first occurrence of `word` in `text` (the cues read only positions and text). */
function hitOn(text: string, word: string): Hit {
  const start = text.indexOf(word)
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`)
  return { zone: Zone.Title, start, end: start + word.length, pattern: 0, term: {} as Hit['term'], text }
}

describe('the other side of a match (version 14 verbs)', () => {
  it.each([
    ['en', 'Japan edge Germany in extra time', 'Germany'],
    ['en', 'Brazil thrash Bolivia to top the group', 'Bolivia'],
    ['en', 'Holders stunned by Morocco as Spain are knocked out', 'Morocco'],
    ['en', 'Ireland fall to France in Dublin', 'France'],
    ['es', 'Argentina golea a Venezuela en Buenos Aires', 'Venezuela'],
    ['es', 'Colombia elimina a Uruguay y jugará la final', 'Uruguay'],
    ['es', 'Palmeiras se corona tras vencer 2-1 al argentino Racing', 'argentino'],
    ['pt', 'Seleção de Portugal goleia a Polônia na Liga das Nações', 'Polônia'],
    ['pt', 'Fluminense perdeu por 2 a 0 para o Chelsea na semifinal', 'Chelsea'],
    ['it', 'Qualificazioni, la Norvegia travolge l\'Italia a San Siro', 'Italia'],
    ['it', 'Pallavolo, battuta la Polonia in finale', 'Polonia'],
    ['fr', 'Le Sénégal remporte le titre en battant le Nigeria', 'Nigeria'],
    ['fr', 'Le PSG renverse l\'Espagne', 'Espagne'],
    ['de', 'Polen bezwingt Slowenien im Finale', 'Slowenien'],
    ['de', 'Die Mannschaft setzte sich mit 3:1 gegen Slowenien durch', 'Slowenien'],
    ['ru', 'Медведев проиграл итальянцу Синнеру в финале', 'итальянцу'],
    ['ru', 'Сборная Ирана стала чемпионом, обыграв в финале команду Таиланда', 'Таиланда'],
    ['ru', 'Минское «Динамо» обыграло ЦСКА', 'ЦСКА'],
    ['ar', 'المغرب يهزم السنغال ويتوج باللقب', 'السنغال'],
    ['zh', '世界杯预选赛：挪威7比1大胜以色列', '以色列'],
    ['zh', '中国队险胜日本队', '日本'],
    ['ja', 'サッカー日本代表、ドイツに逆転勝ち', 'ドイツ'],
    ['ja', '中国が日本を3－2で破って優勝した', '日本'],
    ['ja', 'サントリーがイタリアのペルージャをフルセットの末に破り初優勝', 'イタリア'],
  ])('%s: reads the other side in "%s"', (_lang, text, word) => {
    expect(isOpponent(hitOn(text, word))).toBe(true)
  })

  it.each([
    ['en', 'Japan edge Germany in extra time', 'Japan'],
    ['es', 'Argentina golea a Venezuela en Buenos Aires', 'Argentina'],
    ['pt', 'Exportações caem 2 a 3 por cento no Brasil', 'Brasil'],
    ['it', 'La Norvegia travolge l\'Italia a San Siro', 'Norvegia'],
    ['fr', 'Le Sénégal remporte le titre en battant le Nigeria', 'Sénégal'],
    ['de', 'Polen bezwingt Slowenien im Finale', 'Polen'],
    ['ru', 'Медведев проиграл итальянцу Синнеру в финале в Австралии', 'Австралии'],
    ['ar', 'المغرب يهزم السنغال ويتوج باللقب', 'المغرب'],
    ['zh', '挪威7比1大胜以色列', '挪威'],
    ['ja', '日本代表が中国に敗れ準優勝', '日本'],
    ['ja', '日本の首相が中国を訪問', '日本'],
  ])('%s: the winner or a plain place is no other side in "%s"', (_lang, text, word) => {
    expect(isOpponent(hitOn(text, word))).toBe(false)
  })
})

describe('clubs that stand for their country (version 14)', () => {
  it.each([
    ['pt', 'Benfica vence o Ajax e garante o play-off da Liga dos Campeões', ['PT', 'NL']],
    ['es', 'Peñarol y Colo-Colo empatan en la Libertadores', ['UY', 'CL']],
    ['es', 'Unión Española y Audax Italiano empatan 2-2 en Santa Laura', ['CL']],
    ['ru', 'Минское «Динамо» обыграло ЦСКА в серии буллитов', ['BY', 'RU']],
    ['ru', '«Барыс» обыграл «Трактор» в гостях', ['KZ']],
    ['ja', 'ACミランとレアル・マドリードが国立競技場で親善試合', ['IT', 'ES']],
    ['ar', 'شباب بلوزداد يفوز على الهلال السوداني', ['DZ', 'SD']],
    ['fr', 'Ligue des champions : l\'Espérance de Tunis bat le Raja Casablanca', ['TN', 'MA']],
    ['de', 'Hamburger SV verpflichtet Trainer', ['DE']],
    ['en', 'Chelsea beat Juventus to reach the final', ['GB', 'IT']],
    ['it', 'La Juventus batte il Chelsea e vola agli ottavi', ['IT', 'GB']],
    ['zh', '尤文图斯击败切尔西晋级', ['IT', 'GB']],
  ])('%s: "%s" is about %j', (lang, title, about) => {
    expect([...classifyArticle({ title, lang }).countries].sort()).toEqual([...about].sort())
  })

  it('reads Chelsea before a capitalised name as a person, not the club', () => {
    expect(classifyArticle({ title: 'Chelsea Manning speaks at a conference in Berlin', lang: 'en' }).countries).not.toContain('GB')
  })

  it('reads Marseille and Amsterdam in Italian and Portuguese', () => {
    expect(classifyArticle({ title: 'Sciopero dei portuali a Marsiglia', lang: 'it' }).countries).toEqual(['FR'])
    expect(classifyArticle({ title: 'Greve nos transportes de Amesterdão', lang: 'pt' }).countries).toEqual(['NL'])
  })
})

describe('version 14 decisions (about-features.ts, country.ts)', () => {
  it.each([
    ['ar', 'وفد سعودي يزور بغداد', ['SA', 'IQ']],
    ['en', 'Saudi delegation visits Baghdad', ['SA', 'IQ']],
    ['fr', 'Le président français en visite au Maroc', ['FR', 'MA']],
    ['ru', 'Президент Казахстана посетил Баку', ['KZ', 'AZ']],
    ['ja', '韓国の大統領、日本を公式訪問', ['KR', 'JP']],
  ])('%s: the destination of a visit the title reports is the story: "%s"', (lang, title, about) => {
    expect([...classifyArticle({ title, lang }).countries].sort()).toEqual([...about].sort())
  })

  it.each([
    ['it', 'Negli Stati Uniti crescono le vendite di vino italiano nonostante i dazi', ['IT', 'US']],
    ['es', 'China impone aranceles provisionales al porcino español', ['CN', 'ES']],
    ['de', 'China verhängt Zölle auf spanisches Schweinefleisch', ['CN', 'ES']],
  ])('%s: the origin a trade measure hits weighs as its name: "%s"', (lang, title, about) => {
    expect([...classifyArticle({ title, lang }).countries].sort()).toEqual([...about].sort())
  })

  it('keeps a participant quoted beside a summit title out of the story', () => {
    const verdict = classifyArticle({ lang: 'en', title: 'Climate talks in Baku end with a deal',
      summary: 'India criticised the deal as too little, while the United States said it was the best achievable.' })
    expect(verdict.countries).toEqual([])
    expect([...verdict.mentions].sort()).toEqual(['AZ', 'IN', 'US'])
  })
})

