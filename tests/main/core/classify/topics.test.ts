// Topic lexicons per language, feed categories, and "nothing clear means no topic".
import { describe, expect, it } from 'vitest'
import { TOPICS } from '../../../../src/shared/model'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { expectTopics } from './helpers'

describe('topics', () => {
  it('English lexicon covers every topic', () => {
    expectTopics([
      { lang: 'en', title: 'Opposition wins snap election as prime minister concedes', topics: ['politics'] },
      { lang: 'en', title: 'Rebels shell city as ceasefire collapses', topics: ['conflict-war-peace'] },
      { lang: 'en', title: 'Former mayor sentenced to eight years for bribery', topics: ['crime-law-justice'] },
      { lang: 'en', title: 'Earthquake triggers landslides, rescuers search rubble', topics: ['disaster-accident-emergency'] },
      { lang: 'en', title: 'Central bank holds interest rates as inflation cools', topics: ['economy-business-finance'] },
      { lang: 'en', title: 'Universities raise tuition as student numbers fall', topics: ['education'] },
      { lang: 'en', title: 'Deforestation and emissions threaten biodiversity', topics: ['environment'] },
      { lang: 'en', title: 'Measles vaccine shortage leaves hospitals struggling', topics: ['health'] },
      { lang: 'en', title: 'World\'s oldest dog celebrates 31st birthday', topics: ['human-interest'] },
      { lang: 'en', title: 'Dockworkers strike over wages as union rejects pay offer', topics: ['labour'] },
      { lang: 'en', title: 'Ten recipes for a slow weekend of cooking', topics: ['lifestyle-leisure'] },
      { lang: 'en', title: 'Pope meets bishops ahead of pilgrimage', topics: ['religion'] },
      { lang: 'en', title: 'Astronomers use telescope to find distant galaxies', topics: ['science-technology'] },
      { lang: 'en', title: 'Asylum seekers and migrants face new housing rules', topics: ['society'] },
      { lang: 'en', title: 'Striker scores twice as champions win league title', topics: ['sport'] },
      { lang: 'en', title: 'Heatwave pushes temperatures past 45C, forecasters warn', topics: ['weather'] },
      { lang: 'en', title: 'Film festival opens with premiere of new album documentary', topics: ['arts-culture-entertainment'] },
    ])
  })

  it('files diplomacy and foreign affairs under politics', () => {
    expectTopics([
      { lang: 'en', title: 'Foreign ministers meet to restore diplomatic relations', topics: ['politics'], only: true },
      { lang: 'en', title: 'Ambassador summoned over embassy row', topics: ['politics'], only: true },
    ])
  })

  it('reads the other six languages', () => {
    expectTopics([
      { lang: 'fr', title: 'Les électeurs votent pour élire le nouveau parlement', topics: ['politics'] },
      { lang: 'fr', title: 'Grève des enseignants : les syndicats réclament des hausses de salaire', topics: ['labour'] },
      { lang: 'es', title: 'Terremoto deja cientos de damnificados y evacuados', topics: ['disaster-accident-emergency'] },
      { lang: 'es', title: 'La selección gana la final del campeonato', topics: ['sport'] },
      { lang: 'de', title: 'Bundestagswahl: Koalition verliert Mehrheit', topics: ['politics'] },
      { lang: 'de', title: 'Hitzewelle: Temperaturen steigen auf 39 Grad', topics: ['weather'] },
      { lang: 'ru', title: 'Центробанк снизил ключевую ставку из-за замедления инфляции', topics: ['economy-business-finance'] },
      { lang: 'ru', title: 'Суд приговорил бывшего министра к десяти годам заключения', topics: ['crime-law-justice'] },
      { lang: 'zh', title: '强降雨引发洪水 数千人紧急疏散', topics: ['disaster-accident-emergency'] },
      { lang: 'zh', title: '研究人员利用人工智能发现新型抗生素', topics: ['science-technology'] },
      { lang: 'ar', title: 'انتخابات برلمانية وسط إقبال ضعيف على التصويت', topics: ['politics'] },
      { lang: 'ar', title: 'تفشي الكوليرا في مستشفيات المدينة ونقص اللقاحات', topics: ['health'] },
    ])
  })

  it('maps common feed categories', () => {
    expectTopics([
      { lang: 'en', title: 'Late drama at the Emirates', categories: ['Sport'], topics: ['sport'] },
      { lang: 'de', title: 'Neue Regeln ab Januar', categories: ['Politik'], topics: ['politics'] },
      { lang: 'fr', title: 'Ce qui change en janvier', categories: ['Économie'], topics: ['economy-business-finance'] },
      { lang: 'es', title: 'Noche histórica en el estadio', categories: ['Deportes'], topics: ['sport'] },
      { lang: 'zh', title: '今晚的比赛', categories: ['体育'], topics: ['sport'] },
      { lang: 'en', title: 'What to watch this week', categories: ['Science & Technology'], topics: ['science-technology'] },
      { lang: 'pt', title: 'Noite histórica no Maracanã', categories: ['Esportes'], topics: ['sport'] },
      { lang: 'it', title: 'Cosa è successo ieri sera', categories: ['Cronaca nera'], topics: ['crime-law-justice'] },
      { lang: 'ja', title: '今夜の見どころ', categories: ['スポーツ'], topics: ['sport'] },
      { lang: 'it', title: 'Stasera in prima serata', categories: ['Spettacoli'], topics: ['arts-culture-entertainment'] },
    ])
  })

  it('keeps the feed\'s category when the text says nothing of its own', () => {
    expectTopics([
      { lang: 'fr', title: 'Ce qu\'il faut savoir ce matin', categories: ['Faits divers'], topics: ['crime-law-justice'] },
      { lang: 'it', title: 'Il sindaco presenta il nuovo piano', categories: ['Cronaca nera'], topics: ['crime-law-justice'] },
      { lang: 'es', title: 'Lo que pasó anoche', categories: ['Sucesos'], topics: ['crime-law-justice'] },
    ])
  })

  it('gives no topic when nothing is clear', () => {
    for (const title of ['Here is what we know', 'Five things to watch on Monday', 'Photos of the day']) {
      expect(classifyArticle({ title, lang: 'en' }).topics).toEqual([])
    }
    expect(classifyArticle({ title: 'News', categories: ['World', 'Top stories'], lang: 'en' }).topics).toEqual([])
  })

  it('returns at most three topics, all valid IPTC slugs, with evidence', () => {
    const r = classifyArticle({
      lang: 'en',
      title: 'Striking nurses and teachers march as election nears and floods hit schools',
      summary: 'Unions, voters, hospitals, students and rescuers were all affected by the storm and the strike.',
    })
    expect(r.topics.length).toBeGreaterThan(0)
    expect(r.topics.length).toBeLessThanOrEqual(3)
    for (const t of r.topics) {
      expect(TOPICS).toContain(t)
      expect(r.evidence.topics[t]?.length).toBeGreaterThan(0)
    }
  })
})
