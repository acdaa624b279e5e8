// Passing mentions found by the precision work on issue 14: a country's name used as a town's name in another
// country ("Lebanon, Pennsylvania"), a player's or referee's nationality, where migrants come from, and a
// country the lead adds beside a title that names the subject. Sentences written for this test, not dev rows.
import { describe, expect, it } from 'vitest'
import { contextFactor } from '../../../../src/main/core/classify/context'
import { classifyArticle } from '../../../../src/main/core/classify/index'

interface Case {
  lang: string
  title: string
  summary?: string
  about: string[]
  /** Must be named in the mentions tier. */
  mentions?: string[]
  /** Must be in neither tier. */
  absent?: string[]
}

function check(cases: Case[]): void {
  const failures: string[] = []
  for (const c of cases) {
    const got = classifyArticle({ title: c.title, summary: c.summary, lang: c.lang })
    const same = got.countries.length === c.about.length && c.about.every((x) => got.countries.includes(x))
    const missing = (c.mentions ?? []).filter((m) => !got.mentions.includes(m))
    const present = (c.absent ?? []).filter((a) => got.countries.includes(a) || got.mentions.includes(a))
    if (!same || missing.length || present.length) {
      failures.push(`${c.title}: about [${got.countries}] mentions [${got.mentions}]`)
    }
  }
  expect(failures).toEqual([])
}

describe('passing roles', () => {
  it('reads a country name followed by a state of another country as a town there', () => {
    check([
      { lang: 'en', title: 'Water main break floods downtown Jordan, Minnesota', about: ['US'], absent: ['JO'] },
      { lang: 'en', title: 'Tornado warning issued for Poland, Ohio', about: ['US'], absent: ['PL'] },
      { lang: 'fr', title: 'Une usine chimique explose à Lima, dans l\'Ohio', about: ['US'], absent: ['PE'] },
      { lang: 'es', title: 'Una inundación deja sin luz a Cuba, Nuevo México', about: ['US'], absent: ['CU'] },
      { lang: 'pt', title: 'Enchente atinge o distrito de Holanda, no interior de Pernambuco', about: ['BR'], absent: ['NL'] },
      { lang: 'ja', title: '米ジョージア州で竜巻 3人死亡', about: ['US'], absent: ['GE'] },
    ])
  })

  it('keeps a country followed by its own region, or by a list of countries', () => {
    check([
      { lang: 'en', title: 'Floods in Italy, Sicily worst hit, leave four dead', about: ['IT'] },
      { lang: 'en', title: 'Drought hits Spain, Portugal and Morocco', about: ['ES', 'PT', 'MA'] },
    ])
  })

  it('reads a player\'s, coach\'s or referee\'s nationality as a mention', () => {
    check([
      { lang: 'en', title: 'Celtic beat Rangers as Japanese striker scores twice', summary: 'Celtic won the Glasgow derby 3-1 on Sunday to go five points clear at the top of the Scottish Premiership.', about: ['GB'], mentions: ['JP'] },
      { lang: 'pt', title: 'Palmeiras vence com gol do atacante colombiano', summary: 'O Palmeiras venceu o Santos por 1 a 0 no Allianz Parque, em São Paulo.', about: ['BR'], mentions: ['CO'] },
      { lang: 'it', title: 'La Juventus pareggia, espulso il difensore brasiliano', summary: 'La Juventus ha pareggiato 1-1 con il Torino all\'Allianz Stadium.', about: ['IT'], mentions: ['BR'] },
      { lang: 'ru', title: 'ЦСКА победил «Локомотив», отличился бразильский нападающий', summary: 'Московский ЦСКА обыграл «Локомотив» со счетом 2:0 в матче чемпионата России.', about: ['RU'], mentions: ['BR'] },
      { lang: 'zh', title: '上海申花2比1战胜北京国安', summary: '中超联赛第20轮，上海申花主场2比1战胜北京国安，巴西籍外援打入制胜球。', about: ['CN'], mentions: ['BR'] },
    ])
  })

  it('reads where migrants come from as a mention, but not where refugees return from', () => {
    check([
      { lang: 'en', title: 'Greece to detain rejected migrants from Pakistan and Egypt', summary: 'Greece will detain migrants from Pakistan and Egypt whose asylum claims are rejected, the migration minister said.', about: ['GR'], mentions: ['PK', 'EG'] },
      { lang: 'es', title: 'Chile expulsará a inmigrantes de Venezuela', summary: 'El Gobierno de Chile expulsará a inmigrantes de Venezuela y Haití que entren de forma irregular por el norte.', about: ['CL'], mentions: ['VE', 'HT'] },
      { lang: 'de', title: 'Österreich verschärft Regeln für Flüchtlinge', summary: 'Österreich will Flüchtlinge aus Afghanistan schneller abschieben, sagte der Innenminister in Wien.', about: ['AT'], mentions: ['AF'] },
      { lang: 'en', title: 'Thousands of refugees return from Uganda to South Sudan', about: ['SS', 'UG'] },
    ])
  })

  it('drops a country the lead adds in passing beside the subject the title names', () => {
    check([
      { lang: 'en', title: 'Ghana central bank holds rates at 29%', summary: 'Ghana\'s central bank kept its policy rate unchanged on Monday, saying inflation was easing, as neighbouring Nigeria raised its own rate again.', about: ['GH'], mentions: ['NG'] },
      { lang: 'fr', title: 'Le Sénégal lance la production de pétrole', summary: 'Le Sénégal a produit ses premiers barils de pétrole mardi sur le champ de Sangomar, exploité par l\'australien Woodside, a annoncé le gouvernement. La Mauritanie attend son gaz.', about: ['SN'], mentions: ['AU', 'MR'] },
    ])
  })

  it('reads a product\'s origin as a mention, also behind a second adjective', () => {
    check([
      { lang: 'en', title: 'Kenya\'s tea auction prices fall as Indian tea floods market', about: ['KE'], mentions: ['IN'] },
      { lang: 'fr', title: 'Les motos électriques chinoises envahissent le Vietnam', about: ['VN'], mentions: ['CN'] },
      { lang: 'es', title: 'Los coches eléctricos chinos ganan cuota en Chile', about: ['CL'], mentions: ['CN'] },
      { lang: 'ja', title: 'インドネシアで日本車の販売が減少', about: ['ID'], mentions: ['JP'] },
      { lang: 'en', title: 'FBI says hackers backed by the Chinese government hit U.S. utilities', about: ['US', 'CN'] },
    ])
  })

  it('reads a dateline in the country the story names as the venue as the venue', () => {
    check([
      { lang: 'en', title: 'Nuclear talks in Oman end without a deal', summary: 'MUSCAT (Reuters) - Negotiators from Iran and the United States ended a fourth round of talks in Oman on Sunday without agreement on uranium enrichment, officials said.', about: ['IR', 'US'], mentions: ['OM'] },
    ])
  })

  it('lets the noun after a list of demonyms speak for each of them', () => {
    const text = 'Washington hit Chinese, Indian and Turkish firms with sanctions, while Russian troops advanced.'
    const at = (word: string) => contextFactor(text, text.indexOf(word), text.indexOf(word) + word.length)
    expect([at('Chinese'), at('Indian'), at('Turkish'), at('Russian')]).toEqual([0.5, 0.5, 0.5, 1.3])
  })

  it('reads a club as its country\'s team', () => {
    check([
      { lang: 'en', title: 'Benfica knock Galatasaray out of the Europa League', about: ['PT', 'TR'] },
      { lang: 'pt', title: 'Flamengo vence o Boca Juniors no Maracanã', about: ['BR', 'AR'] },
      { lang: 'pt', title: 'Seleção de Portugal vence a Croácia', about: ['PT', 'HR'], absent: ['BR'] },
    ])
  })

  it('reads more conference and tournament venues', () => {
    check([
      { lang: 'en', title: 'EU leaders meet at a summit in southern Spain to discuss Ukraine aid', about: ['UA'], mentions: ['ES'] },
      { lang: 'en', title: 'Pakistan beat Canada at a World Cup co-hosted by the United States', about: ['PK', 'CA'], mentions: ['US'] },
      { lang: 'fr', title: 'À Vienne, les négociations sur le nucléaire iranien reprennent', about: ['IR'], mentions: ['AT'] },
    ])
  })

  it('keeps lead countries in mentions when the title names only a venue', () => {
    check([
      { lang: 'en', title: 'Plastics treaty talks in Busan end without agreement', summary: 'Negotiators from 170 countries failed to agree on a global plastics treaty on Sunday, as Saudi Arabia, Russia and Iran opposed limits on production.', about: [], mentions: ['KR', 'SA', 'RU', 'IR'] },
    ])
  })

  it('reads 政府 alone in Japanese as Japan\'s government, and ロシア政府 as Russia\'s', () => {
    check([
      { lang: 'ja', title: '政府、イランへの追加制裁を決定', about: ['JP', 'IR'] },
      { lang: 'ja', title: 'ロシア政府、ガス輸出を停止', about: ['RU'], absent: ['JP'] },
      { lang: 'zh', title: '政府宣布新的经济刺激计划', about: [] },
    ])
  })
})
