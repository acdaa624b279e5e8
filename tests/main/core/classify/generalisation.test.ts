// Version-2 rules (issue 3, generalisation): German compounds and federal offices, false friends
// between topics, phrases that stop their words counting, the bar for secondary topics, and
// affiliations that are not subjects. Sentences here are written for the rule, not taken from the
// evaluation sets.
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { expectCountries, expectTopics } from './helpers'
import { expectRuleTopics } from './topic-rules-helper'

describe('German compounds', () => {
  it('finds topic stems at the head or tail of a compound', () => {
    // What the lexicon reads, through the rules: the learned layer keeps one topic for a title alone.
    expectRuleTopics([
      { lang: 'de', title: 'Bundesregierung beschließt neues Klimaschutzgesetz', topics: ['politics', 'environment'], only: true },
      { lang: 'de', title: 'Landtag streitet über Grundsteuerreform', topics: ['economy-business-finance'] },
      { lang: 'de', title: 'Warnstreik legt Nahverkehr lahm: Busfahrer fordern mehr Lohn', topics: ['labour'] },
      { lang: 'de', title: 'Messerangriff am Bahnhof: Tatverdächtiger in Untersuchungshaft', topics: ['crime-law-justice'], only: true },
      { lang: 'de', title: 'Lehrermangel: Grundschulen kürzen den Unterricht', topics: ['education'] },
      { lang: 'de', title: 'Kinderarmut steigt in den Großstädten', topics: ['society'] },
    ])
  })

  it('keeps long compound heads from over-reaching: a first name, a verb, a bailout', () => {
    expect(classifyArticle({ lang: 'de', title: 'Christian Lindner stellt Haushaltsentwurf vor' }).topics).not.toContain('religion')
    expect(classifyArticle({ lang: 'de', title: 'Wir glauben an den Erfolg, sagt der Trainer' }).topics).not.toContain('religion')
    expect(classifyArticle({ lang: 'de', title: 'Regierung schnürt Rettungspaket für Stahlindustrie' }).topics)
      .not.toContain('disaster-accident-emergency')
  })

  it('does not read "Vereinte Nationen" or "Vereinbarung" as a sports club', () => {
    for (const title of ['Vereinte Nationen fordern Waffenruhe', 'Koalition unterzeichnet Vereinbarung']) {
      expect(classifyArticle({ title, lang: 'de' }).topics).not.toContain('sport')
    }
  })
})

describe('German federal offices', () => {
  it('are Germany by default and Austria in Austrian context', () => {
    expectCountries([
      { lang: 'de', title: 'Bundesregierung einigt sich auf Haushalt', tags: ['DE'], only: true },
      { lang: 'de', title: 'Kanzler empfängt Präsidenten Frankreichs', tags: ['DE', 'FR'] },
      { lang: 'de', title: 'Bundeskanzler kündigt Neuwahl an', summary: 'WIEN - Die ÖVP will im Herbst wählen lassen.', tags: ['AT'], only: true },
    ])
  })
})

describe('topic false friends', () => {
  it('keeps crime words out of war and grid words out of the environment', () => {
    expectTopics([
      { lang: 'en', title: 'Man jailed for 12 years over Manchester knife attack', topics: ['crime-law-justice'], only: true },
      { lang: 'en', title: 'Ukraine says Russian drone attack hit energy grid in Kharkiv', topics: ['conflict-war-peace'], only: true },
    ])
  })

  it('lets a longer phrase silence the words inside it (weight 0)', () => {
    // "matched" is not a match; "Democratic Republic" is not party politics; "Port-au-Prince" is not a port.
    expect(classifyArticle({ lang: 'en', title: 'Ticket matched all six numbers in the draw' }).topics).not.toContain('sport')
    expect(classifyArticle({ lang: 'en', title: 'Boat overturns on lake in Democratic Republic of Congo, 20 missing' }).topics)
      .toEqual(['disaster-accident-emergency'])
  })

  it('asks more of a second topic than one stray word in the lead', () => {
    const r = classifyArticle({
      lang: 'en',
      title: 'Striker scores twice as champions win league title',
      summary: 'The club said the trophy parade would take place on Sunday, with fans expected to fill the city.',
    })
    expect(r.topics).toEqual(['sport'])
  })
})

describe('countries: affiliations', () => {
  it('does not tag the place in a university name as the subject', () => {
    expectCountries([
      { lang: 'en', title: 'Sleep loss linked to memory decline', summary: 'Researchers at the University of Texas followed 2,000 adults for a decade.', tags: [], only: true },
      { lang: 'de', title: 'Neue Therapie gegen Hautkrebs getestet', summary: 'Forscher der Universität Heidelberg berichten von guten Ergebnissen.', tags: [], only: true },
    ])
  })

  it('still tags the intl-body seat only when no intl body is named', () => {
    expectCountries([
      { lang: 'en', title: 'WHO warns of cholera surge', summary: 'GENEVA (Reuters) - The World Health Organization said cases doubled.', tags: [], only: true },
      { lang: 'fr', title: 'La BCE maintient ses taux', summary: 'FRANCFORT - La Banque centrale européenne a laissé ses taux inchangés.', tags: [], only: true },
    ])
  })

  it('does not read the Arabic future marker as a clitic: سرقة (theft) is not Raqqa', () => {
    expect(classifyArticle({ lang: 'ar', title: 'الشرطة تلقي القبض على عصابة سرقة سيارات' }).countries).toEqual([])
    expect(classifyArticle({ lang: 'ar', title: 'معارك عنيفة في الرقة' }).countries).toEqual(['SY'])
  })

  it('reads Chinese and Russian domestic bodies and regions', () => {
    expectCountries([
      { lang: 'zh', title: '国家卫健委发布秋冬季疫情防控指南', tags: ['CN'], only: true },
      { lang: 'zh', title: '海南自贸港建设提速', tags: ['CN'], only: true },
      { lang: 'ru', title: 'В Курской области объявлен режим ЧС', tags: ['RU'], only: true },
      { lang: 'ru', title: 'ВСУ отступили от Покровска', tags: ['UA'] },
    ])
  })
})
