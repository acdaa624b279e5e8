// Topic phrases added in classifier version 13 (issue 14, session 15) from the learned layer's cross-validated
// misses in Italian, Portuguese, Arabic and Chinese, on new leads written for this test: indirect talks, a
// sinkhole, a diver's death, violin makers, water too high in Venice, domestic workers; illegal gold miners, gangs,
// an overturned bus, whale watching, a dry spell; locust swarms, camel races, a satellite, mosaics; a nationwide
// blackout, a baby bonus, public housing. Each phrase is distinctive: no single ambiguous word decides.
import { describe, expect, it } from 'vitest'
import { expectTopics } from './helpers'
import { TOPICS, type TopicId } from '../../../../src/shared/model'
import { readArticle, type LabInput } from './topic-lab/read'

/** Distinct defining terms (weight 3) the lexicon finds for a topic: the phrase itself, whatever the weights say. */
function definingTerms(input: LabInput, topic: TopicId): number {
  return readArticle(input).evidence.defining[TOPICS.indexOf(topic)]
}

describe('topic phrases of version 13', () => {
  it('reads indirect talks, a sinkhole, a diving death and water too high in Italian, elisions included', () => {
    expectTopics([
      { lang: 'it', title: 'A Ginevra nuovo round di colloqui tra Armenia e Azerbaigian', summary: 'Le delegazioni di Armenia e Azerbaigian hanno avviato a Ginevra un nuovo round di colloqui sulla delimitazione del confine.', topics: ['politics'] },
      { lang: 'it', title: 'Napoli, si apre una voragine in via Marina', summary: 'Una voragine di tre metri si è aperta stamattina in via Marina. La strada è stata chiusa al traffico.', topics: ['disaster-accident-emergency'] },
      { lang: 'it', title: 'Sub tedesco muore durante un\'immersione all\'Argentario', summary: 'Un sub tedesco di 61 anni è morto ieri durante un\'immersione al largo dell\'Argentario.', topics: ['disaster-accident-emergency'] },
      { lang: 'it', title: 'Chioggia, acqua alta a 120 centimetri', summary: 'L\'acqua alta ha raggiunto 120 centimetri nel centro storico di Chioggia nella notte, con le maree spinte dallo scirocco.', topics: ['weather'] },
    ])
    expect(definingTerms({ lang: 'it', title: 'Muore un istruttore durante l\'immersione' }, 'disaster-accident-emergency')).toBeGreaterThan(0)
  })

  it('reads violin makers as arts and domestic workers as labour in Italian', () => {
    expectTopics([
      { lang: 'it', title: 'Cremona, premiato un giovane liutaio giapponese', summary: 'Un liutaio giapponese di 29 anni ha vinto il concorso internazionale di liuteria di Cremona con una viola.', topics: ['arts-culture-entertainment'] },
      { lang: 'it', title: 'Lavoratori domestici, firmato il nuovo contratto', summary: 'Sindacati e associazioni delle famiglie hanno firmato il contratto dei lavoratori domestici: aumenti di 90 euro.', topics: ['labour'] },
    ])
  })

  it('reads illegal miners, gangs, overturned buses, whale watching and dry spells in Portuguese', () => {
    expectTopics([
      { lang: 'pt', title: 'Polícia Federal expulsa garimpeiros ilegais de terra indígena no Pará', summary: 'Uma operação da Polícia Federal retirou 300 garimpeiros ilegais de uma terra indígena no sul do Pará.', topics: ['crime-law-justice'] },
      { lang: 'pt', title: 'Gangues tomam dois bairros de Porto Príncipe', summary: 'Gangues armadas tomaram dois bairros de Porto Príncipe durante a noite, segundo a polícia haitiana.', topics: ['crime-law-justice'] },
      { lang: 'pt', title: 'Ônibus tomba na BR-116 e deixa 12 feridos', summary: 'Um ônibus de excursão tombou na madrugada deste sábado na BR-116, deixando 12 feridos, informou a PRF.', topics: ['disaster-accident-emergency'] },
      { lang: 'pt', title: 'Madeira aposta na observação de baleias no inverno', summary: 'As empresas de observação de baleias da Madeira preparam uma época de inverno com mais saídas ao mar.', topics: ['lifestyle-leisure'] },
      { lang: 'pt', title: 'Estiagem deixa 40 municípios do Piauí em alerta', summary: 'A estiagem prolongada levou 40 municípios do Piauí a decretar situação de alerta, sem chuva desde agosto.', topics: ['weather'] },
    ])
  })

  it('reads locust swarms, camel races, satellites and mosaics in Arabic', () => {
    expectTopics([
      { lang: 'ar', title: 'أسراب الجراد الصحراوي تصل إلى جنوب المغرب', summary: 'حذرت السلطات المغربية من وصول أسراب الجراد الصحراوي إلى المناطق الجنوبية بعد أمطار غزيرة.', topics: ['environment'] },
      { lang: 'ar', title: 'انطلاق سباقات الهجن في أبوظبي', summary: 'انطلقت اليوم سباقات الهجن في ميدان الوثبة بمشاركة مئات المطايا من دول الخليج.', topics: ['sport'] },
      { lang: 'ar', title: 'السعودية تطلق قمرا اصطناعيا لرصد الطقس الفضائي', summary: 'أطلقت السعودية قمرا اصطناعيا جديدا طوره مهندسون سعوديون لرصد النشاط الشمسي.', topics: ['science-technology'] },
      { lang: 'ar', title: 'اكتشاف فسيفساء رومانية في جرش', summary: 'أعلنت دائرة الآثار العامة اكتشاف أرضية فسيفساء رومانية خلال أعمال الترميم في جرش.', topics: ['arts-culture-entertainment'] },
    ])
  })

  it('reads nationwide blackouts, baby bonuses and public housing in Chinese', () => {
    expectTopics([
      { lang: 'zh', title: '波多黎各发生大面积停电', summary: '波多黎各电力公司说，由于输电线路故障，全岛发生大面积停电，约130万用户受到影响。', topics: ['disaster-accident-emergency'] },
      { lang: 'zh', title: '韩国提高婴儿津贴应对低生育率', summary: '韩国政府宣布，明年起将婴儿津贴提高至每月100万韩元，以应对持续走低的生育率。', topics: ['society'] },
      { lang: 'zh', title: '香港公屋轮候时间缩短至5年', summary: '香港房屋局公布，一般申请者的公屋平均轮候时间缩短至5年。', topics: ['society'] },
    ])
  })

  it('lets no single ambiguous word of the new lines decide: a restoration or a high-speed train alone is no topic', () => {
    // Weight-2 words ("restauro", "高铁") count as typical words: alone they are no real evidence.
    expect(definingTerms({ lang: 'it', title: 'Il restauro della facciata' }, 'arts-culture-entertainment')).toBe(0)
    const e = readArticle({ lang: 'zh', title: '高铁今日开通' }).evidence
    const economy = TOPICS.indexOf('economy-business-finance')
    expect(e.cues[economy]).toBe(1)
    expect(e.defining[economy]).toBe(0)
  })
})
