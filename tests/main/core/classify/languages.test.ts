// Names, inflected adjectives and scripts without spaces in the seven required languages.
import { describe, it } from 'vitest'
import { expectCountries } from './helpers'

describe('country terms across languages', () => {
  it('Russian: declined names and adjectives', () => {
    expectCountries([
      { lang: 'ru', title: 'Россия и Китай подписали соглашение', tags: ['RU', 'CN'] },
      { lang: 'ru', title: 'Визит в Китай отложен', tags: ['CN'] },
      { lang: 'ru', title: 'Посол Германии вызван в МИД', tags: ['DE'] },
      { lang: 'ru', title: 'Китайского производителя оштрафовали', tags: ['CN'] },
      { lang: 'ru', title: 'Китайские туристы вернулись к Байкалу', tags: ['CN'] },
      { lang: 'ru', title: 'Переговоры с Ираном возобновятся', tags: ['IR'] },
      { lang: 'ru', title: 'Американцы голосуют досрочно', tags: ['US'] },
      { lang: 'ru', title: 'Южной Корее грозит забастовка врачей', tags: ['KR'], not: ['KP'] },
      { lang: 'ru', title: 'В Кремле прокомментировали выборы', tags: ['RU'] },
    ])
  })

  it('Chinese: names, one-character compounds, no word boundaries', () => {
    expectCountries([
      { lang: 'zh', title: '中美经贸磋商取得进展', tags: ['CN', 'US'] },
      { lang: 'zh', title: '俄军宣布控制一座村庄', tags: ['RU'] },
      { lang: 'zh', title: '日方对此表示关切', tags: ['JP'] },
      { lang: 'zh', title: '法国总统访华', tags: ['FR', 'CN'] },
      { lang: 'zh', title: '印巴边境局势紧张', tags: ['IN', 'PK'] },
      { lang: 'zh', title: '其中美国代表团人数最多', tags: ['US'], not: ['CN'] },
      { lang: 'zh', title: '法律专家对此有不同看法', tags: [], not: ['FR'] },
      { lang: 'zh', title: '5月18日美国发布数据', tags: ['US'], not: ['JP'] },
      { lang: 'zh', title: '中美洲多国遭遇暴雨', tags: [], not: ['CN', 'US'] },
      { lang: 'zh', title: '臺灣舉行地方選舉', tags: ['TW'] },
    ])
  })

  it('Arabic: clitic prefixes, the article and adjectives', () => {
    expectCountries([
      { lang: 'ar', title: 'الصين تعلن خفض الرسوم', tags: ['CN'] },
      { lang: 'ar', title: 'وفد سعودي يزور بغداد', tags: ['SA', 'IQ'] },
      { lang: 'ar', title: 'مباحثات بين مصر والسودان', tags: ['EG', 'SD'] },
      { lang: 'ar', title: 'للمغرب دور في الوساطة', tags: ['MA'] },
      { lang: 'ar', title: 'الرئيس الفرنسي يستقبل نظيره الإيراني', tags: ['FR', 'IR'] },
      { lang: 'ar', title: 'ارتفاع الصادرات الروسية', tags: ['RU'] },
      { lang: 'ar', title: 'العملية المالية الجديدة', tags: [], not: ['ML'] },
    ])
  })

  it('French, Spanish and German: inflected adjectives only in their language', () => {
    expectCountries([
      { lang: 'fr', title: 'Les autorités chinoises ferment une usine', tags: ['CN'] },
      { lang: 'fr', title: "L'Allemagne et l'Italie s'accordent", tags: ['DE', 'IT'] },
      { lang: 'es', title: 'Las exportaciones chinas caen', tags: ['CN'] },
      { lang: 'es', title: 'Productores alemanes piden ayudas', tags: ['DE'] },
      { lang: 'es', title: 'Marruecos y España refuerzan la cooperación', tags: ['MA', 'ES'] },
      { lang: 'de', title: 'Chinesische Hersteller senken Preise', tags: ['CN'] },
      { lang: 'de', title: 'Frankreichs Premier tritt zurück', tags: ['FR'] },
      { lang: 'de', title: 'Die russischen Truppen ziehen ab', tags: ['RU'] },
      { lang: 'en', title: 'Antique china plates sold at auction', tags: [], not: ['CN'] },
    ])
  })

  it('guesses the language when the feed does not say', () => {
    expectCountries([
      { title: 'Merkel besucht Frankreich', tags: ['DE', 'FR'] },
      { title: 'Путин встретился с президентом Ирана', tags: ['RU', 'IR'] },
    ])
  })
})
