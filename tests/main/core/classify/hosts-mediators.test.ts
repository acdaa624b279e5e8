// The version-6 rules, each in several languages: mediators and airlines named in passing, a nationality whose
// state acts for its citizens, product origins after "made in"-like nouns, places that only share a capital's
// name (a village), cities naming an event, seats in any case, and venues opened by "took place".
// Sentences written for this test, not rows of a dev or frozen set.
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { isCompanyName, isMediator } from '../../../../src/main/core/classify/mediator'

interface Case {
  lang: string
  title: string
  summary?: string
  about: string[]
  /** Must be named in the mentions tier. */
  mentions?: string[]
}

function check(cases: Case[]): void {
  const failures: string[] = []
  for (const c of cases) {
    const got = classifyArticle({ title: c.title, summary: c.summary, lang: c.lang })
    const same = got.countries.length === c.about.length && c.about.every((x) => got.countries.includes(x))
    const missing = (c.mentions ?? []).filter((m) => !got.mentions.includes(m))
    if (!same || missing.length) failures.push(`${c.title}: about [${got.countries}] mentions [${got.mentions}]`)
  }
  expect(failures).toEqual([])
}

/** Where `word` starts in `text`, for the role functions. */
function at(text: string, word: string): [string, number, number] {
  const start = text.indexOf(word)
  return [text, start, start + word.length]
}

describe('mediators', () => {
  it('reads the agent after a mediation word, a list of them and a possessive agent as mediators', () => {
    expect(isMediator(...at('a truce brokered by Egypt, Qatar and the United States', 'Qatar'), false)).toBe(true)
    expect(isMediator(...at('a truce brokered by Egypt, Qatar and the United States', 'United States'), false)).toBe(true)
    expect(isMediator(...at('the US-brokered truce held', 'US'), false)).toBe(true)
    expect(isMediator(...at('при посредничестве министра иностранных дел Турции', 'Турци'), false)).toBe(true)
    expect(isMediator(...at('sous la médiation du sultanat d\'Oman', 'Oman'), false)).toBe(true)
    expect(isMediator(...at('اتفاق تم التوصل إليه بوساطة أمريكية وفرنسية', 'فرنسية'), false)).toBe(true)
    expect(isMediator(...at('両国はマレーシアの仲介で合意した', 'マレーシア'), true)).toBe(true)
    expect(isMediator(...at('协议由卡塔尔斡旋达成', '卡塔尔'), true)).toBe(true)
  })

  it('does not read the parties after "between", or a sentence going on, as mediators', () => {
    expect(isMediator(...at('Qatar mediated talks between Israel and Hamas', 'Israel'), false)).toBe(false)
    expect(isMediator(...at('Egypt\'s mediation efforts failed, and Israel struck again', 'Israel'), false)).toBe(false)
    expect(isMediator(...at('بوساطة مصرية بين إسرائيل وحماس', 'إسرائيل'), false)).toBe(false)
  })

  it('keeps mediators in the mentions tier, in five languages', () => {
    check([
      { lang: 'en', title: 'Israel and Hamas complete prisoner exchange', summary: 'The exchange is part of a ceasefire brokered by Egypt, Qatar and the United States.', about: ['IL', 'PS'], mentions: ['EG', 'QA', 'US'] },
      { lang: 'pt', title: 'RD Congo e Ruanda assinam acordo de paz', summary: 'O acordo foi assinado numa cerimónia mediada pelos Estados Unidos.', about: ['CD', 'RW'], mentions: ['US'] },
      { lang: 'ru', title: 'Россия и Украина провели обмен пленными', summary: 'Обмен прошел при посредничестве Объединенных Арабских Эмиратов.', about: ['RU', 'UA'], mentions: ['AE'] },
      { lang: 'ja', title: 'タイとカンボジア、停戦で合意', summary: '両首相の会談はマレーシアのアンワル首相が仲介した。', about: ['TH', 'KH'], mentions: ['MY'] },
      { lang: 'ar', title: 'لبنان وإسرائيل يتبادلان الاتهامات', summary: 'تبادل البلدان الاتهامات بخرق اتفاق وقف إطلاق النار الذي تم التوصل إليه بوساطة أمريكية وفرنسية.', about: ['LB', 'IL'], mentions: ['US', 'FR'] },
    ])
  })
})

describe('hosts', () => {
  it('reads the host of talks or a summit as passing beside the sides, and lets it stand in alone', () => {
    check([
      { lang: 'ar', title: 'سلطنة عمان تستضيف محادثات بين واشنطن وطهران', about: ['US', 'IR'], mentions: ['OM'] },
      { lang: 'en', title: 'Oman hosts talks between Iran and the United States', about: ['IR', 'US'], mentions: ['OM'] },
      { lang: 'it', title: 'L\'Egitto ospita i negoziati tra Israele e Hamas', about: ['IL', 'PS'], mentions: ['EG'] },
      { lang: 'fr', title: 'Le Cameroun accueille un sommet sur la forêt', about: ['CM'] },
    ])
  })
})

describe('airlines named after a country', () => {
  it('reads "Air X" and "X Airlines" as a company', () => {
    expect(isCompanyName(...at('Air France suspends flights', 'France'))).toBe(true)
    expect(isCompanyName(...at('les vols d\'Air Algérie', 'Algérie'))).toBe(true)
    expect(isCompanyName(...at('Qatar Airways said', 'Qatar'))).toBe(true)
    expect(isCompanyName(...at('France and Mali', 'France'))).toBe(false)
  })

  it('keeps the airline\'s country in mentions beside the story\'s country, and lets it stand in alone', () => {
    check([
      { lang: 'en', title: 'Air France suspends Bamako flights as Mali fuel blockade tightens', about: ['ML'], mentions: ['FR'] },
      { lang: 'fr', title: 'Niger : attaque contre l\'aéroport de Niamey', summary: 'Air Algérie a annulé ses vols vers la capitale du Niger.', about: ['NE'], mentions: ['DZ'] },
      { lang: 'en', title: 'Air France pilots go on strike', about: ['FR'] },
    ])
  })
})

describe('a nationality whose state acts for its citizens', () => {
  it('makes the victims\' country a subject when a foreign ministry, embassy or crisis unit acts', () => {
    check([
      { lang: 'fr', title: 'Deux alpinistes français portés disparus au Népal', summary: 'Le ministère des Affaires étrangères a indiqué que sa cellule de crise était en contact avec les familles.', about: ['NP', 'FR'] },
      { lang: 'it', title: 'Egitto, morti tre turisti italiani', summary: 'La Farnesina ha attivato l\'unità di crisi e il console generale si è recato in ospedale.', about: ['EG', 'IT'] },
      { lang: 'en', title: 'Two British hikers die in Nepal avalanche', summary: 'The Foreign Office said it was supporting the families.', about: ['NP', 'GB'] },
    ])
  })

  it('makes them a subject when their own state is named acting, in Japanese and English', () => {
    check([
      { lang: 'ja', title: 'タイで日本人男性が詐欺容疑で逮捕', summary: 'タイ警察は日本の警察当局と連携して捜査を進めている。', about: ['TH', 'JP'] },
      { lang: 'en', title: 'Thai police arrest British man over boat crash', summary: 'The British government said it was in contact with Thai authorities.', about: ['TH', 'GB'] },
    ])
  })

  it('leaves them in passing when no state body acts', () => {
    check([
      { lang: 'es', title: 'Detenido en Barcelona un hacker ruso', about: ['ES'], mentions: ['RU'] },
      { lang: 'fr', title: 'Deux alpinistes français portés disparus au Népal', summary: 'Les recherches des autorités népalaises ont été interrompues.', about: ['NP'], mentions: ['FR'] },
      { lang: 'it', title: 'Egitto, morti tre turisti italiani in un incidente', about: ['EG'], mentions: ['IT'] },
      { lang: 'es', title: 'Turistas alemanes heridos en un accidente en Mallorca', about: ['ES'], mentions: ['DE'] },
      { lang: 'pt', title: 'Turistas americanos morrem em naufrágio no litoral da Bahia', about: ['BR'], mentions: ['US'] },
      { lang: 'it', title: 'Turisti tedeschi salvati sulle Dolomiti', about: ['IT'], mentions: ['DE'] },
    ])
  })
})

describe('origins, villages, events, seats and venues', () => {
  it('reads a demonym after "made"-like nouns and style nouns as an origin, in five languages', () => {
    check([
      { lang: 'pt', title: 'Angola recebe comboios de fabrico chinês', about: ['AO'], mentions: ['CN'] },
      { lang: 'fr', title: 'Dakar inaugure des bus de fabrication turque', summary: 'Le gouvernement du Sénégal promet des trajets plus rapides.', about: ['SN'], mentions: ['TR'] },
      { lang: 'ar', title: 'الجزائر تستلم أول دفعة من القطارات الصينية', about: ['DZ'], mentions: ['CN'] },
      { lang: 'ru', title: 'В Москве открылся японский сад', about: ['RU'], mentions: ['JP'] },
      { lang: 'es', title: 'El pop coreano llena un estadio en la Ciudad de México', about: ['MX'], mentions: ['KR'] },
    ])
  })

  it('reads the origin hit by a trade measure, or the seller, as a subject', () => {
    check([
      { lang: 'ru', title: 'Китай снял запрет на ввоз японских морепродуктов', about: ['CN', 'JP'] },
      { lang: 'es', title: 'China impone aranceles al porcino español', about: ['CN', 'ES'] },
      { lang: 'it', title: 'Negli Stati Uniti crescono le vendite di vino italiano nonostante i dazi', about: ['US', 'IT'] },
      { lang: 'ja', title: '中国、日本産水産物の輸入を再開', about: ['CN', 'JP'] },
      { lang: 'de', title: 'Chinesische Elektroautos gewinnen Marktanteile in Deutschland', about: ['DE'], mentions: ['CN'] },
    ])
  })

  it('does not read workers of a place as migrants from it', () => {
    check([
      { lang: 'pt', title: 'Greve paralisa porto da Beira', summary: 'Os trabalhadores do porto da Beira, em Moçambique, exigem aumentos salariais.', about: ['MZ'] },
    ])
  })

  it('reads a capital called a village as a namesake', () => {
    check([
      { lang: 'de', title: 'Das Dorf Moskau sucht einen Ortsvorsteher', about: [] },
      { lang: 'ru', title: 'Жители поселка Берлин просят отремонтировать дорогу', about: [] },
      { lang: 'en', title: 'The village of Paris gets a new bakery', about: [] },
      { lang: 'it', title: 'Maltempo, frana a Cuba', summary: 'Una frana ha isolato Cuba, frazione di un comune abruzzese.', about: ['IT'] },
      { lang: 'en', title: 'Tornado tears through Cuba, a small town in New York', about: ['US'], mentions: [] },
    ])
  })

  it('reads a city naming an event as its venue', () => {
    check([
      { lang: 'en', title: 'Kenya\'s runners dominate Berlin marathon', about: ['KE'], mentions: ['DE'] },
      { lang: 'en', title: 'Sudan\'s army walks out of Jeddah talks', about: ['SD'], mentions: ['SA'] },
      { lang: 'fr', title: 'Rugby : l\'Afrique du Sud bat la Nouvelle-Zélande au Stade de France', about: ['ZA', 'NZ'], mentions: ['FR'] },
      // Another city of the venue's country is no venue: Dortmund plays, the final is in Munich.
      { lang: 'fr', title: 'Le PSG s\'impose à Dortmund', summary: 'Le Paris Saint-Germain disputera la finale de la Ligue des champions à Munich.', about: ['FR', 'DE'] },
    ])
  })

  it('reads a country\'s name before a player\'s position as the player\'s nationality', () => {
    check([
      { lang: 'en', title: 'Manchester City sign Norway striker', about: ['GB'], mentions: ['NO'] },
      { lang: 'en', title: 'Manchester United agree fee for Brazil international', about: ['GB'], mentions: ['BR'] },
    ])
  })

  it('reads a seat in a capitalised title and a place opening "took place" as passing', () => {
    check([
      { lang: 'de', title: 'Weltbank mit Sitz in Washington gibt Mosambik neue Kredite', about: ['MZ'], mentions: ['US'] },
      { lang: 'ru', title: 'В Москве прошли консультации по Афганистану', about: ['AF'], mentions: ['RU'] },
      { lang: 'it', title: 'Conferenza sulla crisi in Sudan a Londra', about: ['SD'], mentions: ['GB'] },
    ])
  })

  it('reads the adjectives of a country\'s regions and cities in its own language', () => {
    check([
      { lang: 'it', title: 'Arrestato dalla polizia milanese un rapinatore seriale', about: ['IT'] },
      { lang: 'pt', title: 'Governo paulista anuncia novo hospital', about: ['BR'] },
      { lang: 'es', title: 'El Gobierno madrileño aprueba sus presupuestos', about: ['ES'] },
      { lang: 'fr', title: 'La police lyonnaise démantèle un réseau', about: ['FR'] },
      { lang: 'de', title: 'Die bayerische Landesregierung beschließt Haushalt', about: ['DE'] },
      { lang: 'ru', title: 'Подмосковный суд арестовал чиновника', about: ['RU'] },
    ])
  })

  it('reads the Japanese 米 before a chamber and 日銀 as countries', () => {
    check([
      { lang: 'ja', title: '米下院、つなぎ予算を可決', about: ['US'] },
      { lang: 'ja', title: '日銀、政策金利を引き上げ', about: ['JP'] },
      // A bare 政府 beside another state's institution is that state's; beside a country's name it stays Japan's.
      { lang: 'ja', title: '米下院、つなぎ予算を可決', summary: '政府閉鎖は終結する見通しだ。', about: ['US'] },
      // Whether Japan's answer makes the story Japan's too is the model's call and sits on its threshold (v15: 0.42
      // against 0.45); what this case holds is that the bare 政府 is read as Japan's, not North Korea's.
      { lang: 'ja', title: '北朝鮮がミサイル発射', summary: '政府は国家安全保障会議を開いた。', about: ['KP'], mentions: ['JP'] },
    ])
  })
})
