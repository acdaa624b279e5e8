// One group per ambiguity listed in issue 3, each in both directions.
import { describe, it } from 'vitest'
import { expectCountries } from './helpers'

const en = { lang: 'en' }

describe('ambiguous country terms', () => {
  it('Georgia: the US state and the country', () => {
    expectCountries([
      { ...en, title: 'Georgia governor signs voting bill', summary: 'The Republican signed the law in Atlanta.', tags: ['US'], not: ['GE'] },
      { ...en, title: 'Storm floods coastal Georgia', summary: 'Savannah and Brunswick were under water across the southern state.', tags: ['US'], not: ['GE'] },
      { ...en, title: 'Georgia opposition boycotts parliament', summary: 'Lawmakers in Tbilisi walked out over the foreign agents law.', tags: ['GE'], not: ['US'] },
      { ...en, title: 'Georgian Dream wins disputed vote', tags: ['GE'], not: ['US'] },
    ])
  })

  it('Jordan: the person, the river and the country', () => {
    expectCountries([
      { ...en, title: 'Michael Jordan sells Hornets stake', tags: [], not: ['JO'] },
      { ...en, title: 'Jordan Spieth wins playoff at Colonial', tags: [], not: ['JO'] },
      { ...en, title: 'Settlers move into the Jordan Valley', tags: [], not: ['JO'] },
      { ...en, title: 'Jordan arrests smugglers on Syrian border', tags: ['JO', 'SY'] },
      { ...en, title: "Jordan's parliament approves budget", tags: ['JO'] },
    ])
  })

  it('turkey the bird and Turkey the country', () => {
    expectCountries([
      { ...en, title: 'How long to roast a turkey', summary: 'Allow 20 minutes per pound and baste every hour.', tags: [], not: ['TR'] },
      { ...en, title: 'Turkey farmers count losses before Thanksgiving', summary: 'Avian flu hit flocks across the Midwest.', tags: [], not: ['TR'] },
      { ...en, title: 'Turkey detains journalists after protests', summary: 'Police in Istanbul detained eleven reporters.', tags: ['TR'] },
      { ...en, title: 'Turkey and Egypt restore ties', tags: ['TR', 'EG'] },
    ])
  })

  it('Chad the name and Chad the country', () => {
    expectCountries([
      { ...en, title: 'Chad Kroeger says Nickelback will tour again', tags: [], not: ['TD'] },
      { ...en, title: 'Quarterback Chad Pennington joins broadcast team', tags: [], not: ['TD'] },
      { ...en, title: 'Chad holds parliamentary elections', tags: ['TD'] },
      { ...en, title: 'Refugees flee Darfur into Chad', tags: ['TD', 'SD'] },
    ])
  })

  it('china the porcelain and China the country', () => {
    expectCountries([
      { ...en, title: 'Grandmother\'s bone china tea set fetches 2,000 pounds', tags: [], not: ['CN'] },
      { ...en, title: 'Why fine china is back at wedding tables', tags: [], not: ['CN'] },
      { ...en, title: 'China cuts reserve requirement for banks', tags: ['CN'] },
    ])
  })

  it('guinea pig and Guinea', () => {
    expectCountries([
      { ...en, title: 'Guinea pigs used in new allergy study', tags: [], not: ['GN'] },
      { ...en, title: 'Why children should not keep a guinea pig alone', tags: [], not: ['GN'] },
      { ...en, title: 'Guinea bauxite exports hit record', tags: ['GN'] },
    ])
  })

  it('New Mexico, New Jersey and New South Wales are US and Australian states', () => {
    expectCountries([
      { ...en, title: 'New Mexico oil boom strains roads', tags: ['US'], not: ['MX'], only: true },
      { ...en, title: 'New Jersey beaches close after storm', tags: ['US'], not: ['JE'], only: true },
      { ...en, title: 'New South Wales nurses vote to strike', tags: ['AU'], not: ['GB'], only: true },
      { ...en, title: 'Mexico and the US agree on water treaty', tags: ['MX', 'US'] },
    ])
  })

  it('Washington the state, the government and the person', () => {
    expectCountries([
      { ...en, title: 'Washington state sues over logging permits', summary: 'The case was filed in Seattle.', tags: ['US'], only: true },
      { ...en, title: 'Washington and Tokyo agree chip export curbs', tags: ['US', 'JP'] },
      { ...en, title: 'Denzel Washington wins Tony award', tags: [], not: ['US'] },
      { ...en, title: 'Iran enriches more uranium', summary: 'The Washington Post reported the findings.', tags: ['IR'], not: ['US'] },
    ])
  })

  it('Paris Hilton and Paris the city', () => {
    expectCountries([
      { ...en, title: 'Paris Hilton releases new single', tags: [], not: ['FR'] },
      { ...en, title: 'Paris metro strike snarls commute', tags: ['FR'] },
      { ...en, title: 'Nations renew pledge to Paris Agreement', tags: [], not: ['FR'] },
    ])
  })

  it('the Niger river, Niger and Nigeria', () => {
    expectCountries([
      { ...en, title: 'Rice farmers along the Niger fear dam', summary: 'The river Niger feeds Mali\'s inner delta.', tags: ['ML'], not: ['NE'] },
      { ...en, title: 'Oil theft rampant in the Niger Delta', tags: ['NG'], not: ['NE'] },
      { ...en, title: 'Niger junta frees former ministers', tags: ['NE'], not: ['NG'] },
      { ...en, title: 'Nigerien army repels attack', tags: ['NE'], not: ['NG'] },
      { ...en, title: 'Nigeria fuel subsidy row deepens', tags: ['NG'], not: ['NE'] },
      { ...en, title: 'Le fleuve Niger au plus bas à Bamako', lang: 'fr', tags: ['ML'], not: ['NE'] },
    ])
  })

  it('the four Guineas', () => {
    expectCountries([
      { ...en, title: 'Guinea-Bissau president dissolves parliament', tags: ['GW'], not: ['GN'], only: true },
      { ...en, title: 'Equatorial Guinea oil output falls', tags: ['GQ'], not: ['GN'], only: true },
      { ...en, title: 'Papua New Guinea votes in national election', tags: ['PG'], not: ['GN'], only: true },
      { ...en, title: 'Guinea sets date for presidential vote', tags: ['GN'], only: true },
      { ...en, title: 'Guinée-Bissau : le président limoge le gouvernement', lang: 'fr', tags: ['GW'], not: ['GN'] },
    ])
  })

  it('the two Congos', () => {
    expectCountries([
      { ...en, title: 'DRC and Rwanda sign peace deal', tags: ['CD', 'RW'], not: ['CG'] },
      { ...en, title: 'Congo-Brazzaville president wins fifth term', tags: ['CG'], not: ['CD'] },
      { ...en, title: 'Congo gold smuggling probe', summary: 'Officials in Brazzaville said the network was dismantled.', tags: ['CG'], not: ['CD'] },
      { ...en, title: 'Congo rebels advance on Goma', tags: ['CD'], not: ['CG'] },
      { ...en, title: 'Logging threatens the Congo Basin', tags: [], not: ['CD', 'CG'] },
    ])
  })

  it('the two Koreas', () => {
    expectCountries([
      { ...en, title: 'North Korea launches spy satellite', tags: ['KP'], not: ['KR'] },
      { ...en, title: 'South Korea court upholds sentence', tags: ['KR'], not: ['KP'] },
      { ...en, title: 'Two Koreas hold rare military talks', tags: ['KP', 'KR'] },
      { ...en, title: 'Korean exporters hit by tariffs', summary: 'Shipments from Seoul fell 8%.', tags: ['KR'], not: ['KP'] },
    ])
  })

  it('Sudan and South Sudan', () => {
    expectCountries([
      { ...en, title: 'South Sudan oil pipeline reopens', tags: ['SS'], not: ['SD'] },
      { ...en, title: 'Sudan paramilitary shells El Fasher', tags: ['SD'], not: ['SS'] },
      { ...en, title: 'South Sudanese refugees return from Sudan', tags: ['SS', 'SD'] },
    ])
  })

  it('Dominica and the Dominican Republic', () => {
    expectCountries([
      { ...en, title: 'Dominica opens geothermal plant', tags: ['DM'], not: ['DO'], only: true },
      { ...en, title: 'Dominican Republic tourism hits record', tags: ['DO'], not: ['DM'], only: true },
      { ...en, title: 'Dominican baseball academy scandal', summary: 'Prosecutors in Santo Domingo charged two scouts.', tags: ['DO'], not: ['DM'] },
    ])
  })

  it('Indiana, the Indian Ocean and India', () => {
    expectCountries([
      { ...en, title: 'Indiana plant adds 500 jobs', tags: ['US'], not: ['IN'], only: true },
      { ...en, title: 'Indiana Jones returns in new game', tags: [], not: ['IN', 'US'] },
      { ...en, title: 'Plastic pollution in the Indian Ocean doubles', tags: [], not: ['IN'] },
      { ...en, title: 'India and Maldives patch up ties', tags: ['IN', 'MV'] },
      { ...en, title: 'Indian rupee hits record low', tags: ['IN'] },
    ])
  })

  it('American Samoa, Samoa and the United States', () => {
    expectCountries([
      { ...en, title: 'American Samoa tuna cannery to close', tags: ['AS'], not: ['US', 'WS'] },
      { ...en, title: 'Samoa hosts Commonwealth summit', tags: ['WS'], not: ['AS'] },
      { ...en, title: 'American Samoan soldiers honoured', tags: ['AS'], not: ['US', 'WS'] },
    ])
  })

  it('passing mentions that are not about a country', () => {
    expectCountries([
      { ...en, title: 'French-style bakery opens in Ohio', tags: ['US'], not: ['FR'] },
      { ...en, title: 'Spanish-language channel expands in Texas', tags: ['US'], not: ['ES'] },
      { ...en, title: 'EU ministers meet in Brussels on migration', tags: [], not: ['BE'] },
      { ...en, title: 'Fishing fleets clash in the South China Sea', tags: [], not: ['CN'] },
    ])
  })
})
