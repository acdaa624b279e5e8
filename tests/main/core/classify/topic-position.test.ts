// Topic rules of the second round (CLASSIFIER_VERSION still 7): the lead's first sentence states the story's
// subject; words of its later sentences (background, reactions) weigh 0.8, so a remark at the end of the lead no
// longer makes a second topic or outvotes the subject. Tested on the rules (`rulesTopics`); since version 10 the
// classifier decides with the learned layer, which weighs the two zones as separate features.
import { describe, expect, it } from 'vitest'
import { firstSentenceEnd } from '../../../../src/main/core/classify/topic-position'
import { expectRuleTopics } from './topic-rules-helper'

describe('the first sentence of the lead', () => {
  it('ends at a full stop, question or exclamation mark before a new sentence, in every script', () => {
    const first = (text: string) => text.slice(0, firstSentenceEnd(text))
    expect(first('Voters went to the polls. Turnout was low.')).toBe('Voters went to the polls')
    expect(first('A U.S. planemaker cut jobs on Monday. Unions protested.')).toBe('A U.S. planemaker cut jobs on Monday')
    expect(first('Qui a gagné ? Personne.')).toBe('Qui a gagné ')
    expect(first('هل انتهت الحرب؟ لا أحد يعرف.')).toBe('هل انتهت الحرب')
    expect(first('参議院選挙が公示された。投票は来月。')).toBe('参議院選挙が公示された')
    expect(first('Одно предложение без точки')).toBe('Одно предложение без точки')
  })
})

describe('topic words of the later sentences', () => {
  it('do not make a second topic from a remark at the end of the lead', () => {
    expectRuleTopics([
      // An election; the winner's migration pledge is the last sentence (dev-langs), not a society story.
      { lang: 'de', title: 'Chile wählt neuen Präsidenten', summary: 'In Chile hat der rechtsgerichtete Kandidat José Antonio Kast die Stichwahl um das Präsidentenamt gewonnen. Der Sohn eines deutschen Einwanderers setzte sich gegen die Kommunistin Jeannette Jara durch. Kast hat eine harte Linie gegen Kriminalität und Migration angekündigt.', topics: ['politics'], only: true },
      // The pope's Easter address; the wars and hostages he named come after the subject.
      { lang: 'en', title: 'Pope Francis calls for peace during Easter address', summary: 'VATICAN CITY (AP) - Speaking to tens of thousands of pilgrims in St. Peter\'s Square, the pontiff urged an end to wars and appealed for the release of hostages.', topics: ['religion'], only: true },
    ])
  })

  it('do not outvote the subject the first sentence states', () => {
    expectRuleTopics([
      // A bank cutting jobs: the unions' reaction in the second sentence is labour beside it, not the story.
      { lang: 'fr', title: 'La Société Générale va supprimer 900 postes', summary: 'La banque Société Générale a annoncé jeudi la suppression de 900 postes en France d\'ici 2026 dans le cadre de son plan d\'économies. Les syndicats dénoncent une casse sociale et appellent à la grève.', topics: ['economy-business-finance', 'labour'] },
    ])
  })

  it('still decide on a defining term when the first sentence has none', () => {
    expectRuleTopics([
      { lang: 'en', title: 'Residents leave their homes in the north', summary: 'Hundreds of families left their villages on Tuesday. An earthquake had damaged roads and bridges.', topics: ['disaster-accident-emergency'] },
    ])
  })
})
