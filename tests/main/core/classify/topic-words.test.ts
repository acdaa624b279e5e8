// Topic words corrected by the precision work on issue 14: a summit and sanctions are politics, fossil fuels are
// the environment (not palaeontology), "ha chiesto" (asked) is no church, أثار (stirred) is no antiquities.
import { describe, expect, it } from 'vitest'
import { expandInnerStems } from '../../../../src/main/core/classify/topic-terms'
import { expectTopics } from './helpers'
import { expectRuleTopics } from './topic-rules-helper'

describe('topic words', () => {
  it('reads summits and sanctions as politics', () => {
    expectTopics([
      { lang: 'en', title: 'Britain announces new sanctions on Iranian officials', topics: ['politics'] },
      { lang: 'en', title: 'African Union summit opens in Addis Ababa', topics: ['politics'] },
      { lang: 'fr', title: 'Le sommet de l\'Union africaine s\'ouvre à Addis-Abeba', topics: ['politics'] },
      { lang: 'de', title: 'EU-Gipfel in Brüssel ohne Einigung', topics: ['politics'] },
      { lang: 'it', title: 'Vertice a Bruxelles, nessun accordo sul bilancio', topics: ['politics'] },
    ])
  })

  it('reads fossil fuels as the environment, not palaeontology', () => {
    expectTopics([
      { lang: 'es', title: 'Colombia dejará de explorar combustibles fósiles', topics: ['environment'], only: true },
      { lang: 'pt', title: 'Brasil amplia subsídios a combustíveis fósseis', topics: ['environment'] },
    ])
  })

  it('does not take a verb for a church or for antiquities', () => {
    expectTopics([
      { lang: 'it', title: 'Il sindaco ha chiesto più fondi per le strade', topics: [], only: true },
      { lang: 'ar', title: 'قرار الحكومة أثار غضب المزارعين', topics: ['politics'], only: true },
    ])
  })

  it('knows Japanese storm, trainee-worker and cabinet words', () => {
    expectTopics([
      { lang: 'ja', title: '米フロリダ州にハリケーン上陸、100万世帯停電', topics: ['weather', 'disaster-accident-emergency'] },
      { lang: 'ja', title: '技能実習制度を廃止へ、新制度で外国人労働者の転職を容認', topics: ['labour'] },
      { lang: 'ja', title: '政府、サミットで気候変動対策を提案へ 閣議で決定', topics: ['politics'] },
    ])
  })
})

describe('stems inside phrases', () => {
  it('spells out a stem inside a phrase with the language\'s endings', () => {
    expectTopics([
      { lang: 'ru', title: 'Стороны подписали мирное соглашение', topics: ['conflict-war-peace'] },
      { lang: 'ru', title: 'Воспитатели детского сада пожаловались на нагрузку', topics: ['education'] },
    ])
    // A lexicon property; read through the rules: the learned layer keeps no topic for one court word in a title.
    expectRuleTopics([{ lang: 'ru', title: 'Дело рассмотрят в арбитражном суде Москвы', topics: ['crime-law-justice'] }])
    expect(expandInnerStems('мирн* соглашени*', 'ru')).toContain('мирное соглашени*')
    expect(expandInnerStems('process* per', 'it')).toEqual(expect.arrayContaining(['processo per', 'processi per']))
    expect(expandInnerStems('детский сад', 'ru')).toEqual(['детский сад'])
  })

  it('reads deportations as society in the verb forms of Portuguese, Italian and French (second round)', () => {
    expectTopics([
      { lang: 'pt', title: 'Estados Unidos deportam mais 80 cidadãos para Fortaleza', topics: ['society'] },
      { lang: 'it', title: 'Cento migranti tunisini deportati con un volo da Bari', topics: ['society'] },
      { lang: 'fr', title: 'Plus de 20 000 OQTF prononcées dans le Nord en un an', topics: ['society'] },
      { lang: 'fr', title: 'Vingt personnes reconduites à la frontière depuis Menton', topics: ['society'] },
    ])
  })
})
