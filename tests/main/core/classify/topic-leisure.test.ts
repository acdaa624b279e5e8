// Topic rules of the second round (CLASSIFIER_VERSION still 7): tourists as victims or suspects (a robbery in a
// resort, a rescue on a mountain) do not make a crime or an accident a lifestyle story (GUIDELINES.md: lifestyle is
// "tourism as leisure"); a holiday story still is.
import { describe, it } from 'vitest'
import { expectTopics } from './helpers'

describe('tourists in a crime or an accident', () => {
  it('leave the story to crime or to the accident', () => {
    expectTopics([
      { lang: 'es', title: 'Detenido en Marbella un turista por robar a otro huésped', summary: 'La Policía Nacional detuvo el martes a un turista acusado de robar joyas y dinero a otro huésped de un hotel de Marbella. El detenido pasará a disposición judicial.', topics: ['crime-law-justice'], only: true },
      { lang: 'it', title: 'Turisti francesi salvati sul Monte Rosa dopo una notte all\'addiaccio', summary: 'Il Soccorso alpino ha salvato all\'alba due turisti francesi, escursionisti rimasti bloccati a 3.000 metri per il maltempo. Sono stati portati in ospedale ad Aosta in lieve ipotermia.', topics: ['disaster-accident-emergency'], only: true },
      { lang: 'pt', title: 'Polícia prende suspeito de assaltar turistas em Ipanema', summary: 'A Polícia Civil prendeu nesta terça-feira um homem suspeito de assaltar turistas na praia de Ipanema durante as férias de verão. Segundo a polícia, ele agia com um comparsa.', topics: ['crime-law-justice'], only: true },
    ])
  })

  it('still files a holiday story under lifestyle', () => {
    expectTopics([
      { lang: 'it', title: 'Vacanze in montagna, rifugi pieni sulle Dolomiti', summary: 'I rifugi delle Dolomiti sono pieni per tutto agosto: turisti ed escursionisti scelgono la montagna per le vacanze.', topics: ['lifestyle-leisure'] },
    ])
  })
})
