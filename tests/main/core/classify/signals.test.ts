// One group per country signal: names, former names, demonyms, capitals and seats, cities,
// datelines, leaders, regions, feed categories, and where in the article a mention sits.
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { expectCountries } from './helpers'

describe('country signals', () => {
  it('tags the diplomatic example: demonyms plus a name, and politics', () => {
    const r = classifyArticle({ title: 'Chinese and Russian foreign ministers discuss Afghanistan in phone call', lang: 'en' })
    expect([...r.countries].sort()).toEqual(['AF', 'CN', 'RU'])
    expect(r.topics).toEqual(['politics'])
    expect(r.evidence.countries.CN).toEqual(['Chinese'])
    expect(r.evidence.topics.politics).toContain('foreign ministers')
  })

  it('reads short, official and alternative names', () => {
    expectCountries([
      { title: 'Russian Federation expels two diplomats', tags: ['RU'] },
      { title: 'United Kingdom and Ireland sign energy pact', tags: ['GB', 'IE'] },
      { title: 'U.S. jobless claims fall', tags: ['US'], only: true },
      { title: 'UAE to host climate summit', tags: ['AE'] },
      { title: 'Ivory Coast cocoa output drops', tags: ['CI'] },
      { title: 'Czechia joins drone coalition', tags: ['CZ'] },
      { title: 'Britain to cut overseas aid', tags: ['GB'] },
      { title: 'Türkiye and Greece hold talks', tags: ['TR', 'GR'] },
    ])
  })

  it('reads former names', () => {
    expectCountries([
      { title: 'Burma military extends rule', tags: ['MM'] },
      { title: 'Swaziland reform activists freed', tags: ['SZ'] },
      { title: 'Zaire-era debts still weigh on Kinshasa', tags: ['CD'] },
    ])
  })

  it('reads demonyms and adjectives, plural people included', () => {
    expectCountries([
      { title: 'Nigerian lawmakers approve budget', tags: ['NG'], only: true },
      { title: 'Filipino nurses head abroad', tags: ['PH'] },
      { title: 'Emirati investors buy London hotel', tags: ['AE'] },
      { title: 'Kenyans queue for fuel', tags: ['KE'] },
      { title: 'Saudi crown prince receives envoy', tags: ['SA'] },
      { title: 'Sino-Indian border talks resume', tags: ['CN', 'IN'] },
    ])
  })

  it('reads capitals and seats of government speaking for the state', () => {
    expectCountries([
      { title: 'Beijing said it would retaliate', tags: ['CN'] },
      { title: 'The Kremlin dismissed the report', tags: ['RU'] },
      { title: 'Downing Street backs minister', tags: ['GB'] },
      { title: 'White House weighs new tariffs', tags: ['US'] },
      { title: "The Elysée confirms reshuffle", tags: ['FR'] },
      { title: 'Tehran rejects nuclear proposal', tags: ['IR'] },
      { title: 'Pentagon sends more jets to the region', tags: ['US'] },
    ])
  })

  it('reads major cities and regions as their country', () => {
    expectCountries([
      { title: 'Mumbai monsoon floods streets', tags: ['IN'] },
      { title: 'Strike halts Hamburg port', tags: ['DE'] },
      { title: 'California expands drought rules', tags: ['US'] },
      { title: 'Quebec passes language law', tags: ['CA'] },
      { title: 'Crimea bridge closed after blast', tags: ['UA'] },
      { title: 'Tibet earthquake kills dozens', tags: ['CN'] },
    ])
  })

  it('counts a dateline as strongly as the title', () => {
    const r = classifyArticle({ title: 'Shares slide on property worries', summary: 'SHANGHAI, Aug 18 (Reuters) - Stocks fell on Monday.', lang: 'en' })
    expect(r.countries).toEqual(['CN'])
    expectCountries([
      { title: 'Talks stall', summary: 'МОСКВА, 3 мая. /ТАСС/. Переговоры зашли в тупик.', lang: 'ru', tags: ['RU'] },
      { title: '会谈取得进展', summary: '新华社东京5月6日电 双方同意继续磋商。', lang: 'zh', tags: ['JP'] },
    ])
  })

  it('reads leaders by office and by name', () => {
    expectCountries([
      { title: "Russia's president signs decree", tags: ['RU'] },
      { title: 'The Japanese prime minister resigns', tags: ['JP'] },
      { title: 'Erdogan hosts Zelensky', tags: ['TR', 'UA'] },
      { title: 'Lula and Milei clash over trade', tags: ['BR', 'AR'] },
    ])
  })

  it('uses the feed categories as strong evidence', () => {
    expectCountries([{ title: 'Parliament approves budget', categories: ['World', 'Kenya'], tags: ['KE'] }])
  })

  it('weighs title and lead above the body: one body mention is not enough', () => {
    const body = 'The minister, who studied in France decades ago, spoke for an hour about the harvest and prices. '
    const r = classifyArticle({ title: 'Kenya raises maize prices', summary: 'Nairobi set new prices for farmers.', content: body, lang: 'en' })
    expect(r.countries).toEqual(['KE'])
    const repeated = classifyArticle({ title: 'Harvest news', summary: 'Farmers gather.', content: 'Ghana. '.repeat(4), lang: 'en' })
    expect(repeated.countries).toEqual(['GH'])
  })

  it('copes with empty, odd and very long input', () => {
    expect(classifyArticle({ title: '' })).toEqual({ countries: [], mentions: [], topics: [], evidence: { countries: {}, mentions: {}, topics: {} } })
    expect(classifyArticle({ title: '🇫🇷 🔥 ??? — …', summary: '\u0000\uFFFF\uD83D' }).countries).toEqual([])
    const long = classifyArticle({ title: 'Kenya budget', content: 'Nairobi markets rallied. '.repeat(5000), lang: 'en' })
    expect(long.countries).toEqual(['KE'])
  })

  it('never tags the feed country by itself', () => {
    const r = classifyArticle({ title: 'Local bakery wins award', feedCountry: 'FR', lang: 'en' })
    expect(r.countries).toEqual([])
  })
})
