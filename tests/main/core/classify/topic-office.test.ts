// Topic rules of the second round (CLASSIFIER_VERSION still 7): "former" reaches an office across one word ("former
// Peruvian president", "former interior minister", "früheren peruanischen Präsidenten"), so a politician before a
// court is crime and politics (GUIDELINES.md).
import { describe, it } from 'vitest'
import { expectTopics } from './helpers'

describe('a former office holder named with a word between', () => {
  it('files the trial under politics too, in English and German', () => {
    expectTopics([
      { lang: 'en', title: 'Former Bolivian president jailed for 10 years over bribes', summary: 'A court in La Paz sentenced Jaime Rocha, who led the country from 2014 to 2019, to ten years in prison for taking bribes from a construction firm. His lawyers said they would appeal the verdict.', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'en', title: 'Former interior minister arrested in fraud inquiry', summary: 'Police arrested Omar Haddad on Tuesday on suspicion of fraud and money laundering, prosecutors said. He denies the charges.', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'de', title: 'Gericht verurteilt früheren peruanischen Präsidenten zu 15 Jahren Haft', summary: 'Ein Gericht in Lima hat Pedro Salas wegen Bestechlichkeit zu 15 Jahren Haft verurteilt. Die Verteidigung kündigte Berufung an.', topics: ['crime-law-justice', 'politics'], only: true },
    ])
  })

  it('leaves former holders of other posts alone', () => {
    expectTopics([
      { lang: 'en', title: 'Former England striker opens bakery in Leeds', summary: 'The former striker, who scored 20 goals for his country, opened a bakery with his brother on Saturday.', topics: ['sport'], only: true },
      { lang: 'en', title: 'Former club captain jailed for drink-driving', summary: 'A court sentenced the former captain to eight months in prison for driving while drunk and injuring a cyclist.', topics: ['crime-law-justice'], only: true },
    ])
  })
})
