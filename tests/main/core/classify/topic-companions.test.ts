// Topics that come together (classifier version 7, GUIDELINES.md section 3): a politician before a court is
// crime and politics, a peace deal is conflict and politics, a flood is disaster and weather; and what does not
// make a second topic: one weather word behind a quake or an avalanche, two stray words, a wire dateline. These are
// the hand-set rules (`rulesTopics`); since version 10 the classifier decides with the learned layer (topic-model.ts).
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { expectRuleTopics } from './topic-rules-helper'

describe('topics that come together', () => {
  it('files an office holder before a court under politics however loud the court words are', () => {
    expectRuleTopics([
      { lang: 'en', title: 'Former minister jailed for nine years over bribes from road builders', summary: 'A high court judge sentenced the former minister to nine years in prison after a jury convicted him of bribery and money laundering. Prosecutors said the bribes were paid through a lawyer and a shell company; investigators seized two houses and his lawyers said he would appeal the verdict.', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'pt', title: 'Ex-governador é condenado a 14 anos de prisão por corrupção', summary: 'A Justiça condenou o ex-governador por corrupção passiva e lavagem de dinheiro. Segundo o Ministério Público, a propina era paga por empreiteiras; a Polícia Federal apreendeu documentos e a defesa vai recorrer da sentença do tribunal.', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'it', title: 'Condannato a sei anni l\'ex ministro per corruzione', summary: 'Il tribunale ha condannato l\'ex ministro a sei anni di carcere per corruzione e riciclaggio. Secondo la procura, le tangenti passavano per un avvocato; la sentenza arriva dopo un processo durato tre anni e la difesa annuncia ricorso.', topics: ['crime-law-justice', 'politics'], only: true },
    ])
  })

  it('files peace talks and peace deals under politics beside conflict, in every language', () => {
    expectRuleTopics([
      { lang: 'en', title: 'Sudan\'s army and RSF resume peace talks in Jeddah', summary: 'Delegations of the army and the paramilitary Rapid Support Forces met on Sunday for a new round of negotiations aimed at ending the war, mediators said.', topics: ['conflict-war-peace', 'politics'] },
      { lang: 'fr', title: 'L\'Éthiopie et les rebelles du Tigré signent un accord de paix', summary: 'Le gouvernement éthiopien et les rebelles ont signé mercredi un accord de paix qui prévoit le désarmement des combattants et le retour des troupes fédérales.', topics: ['conflict-war-peace', 'politics'] },
      { lang: 'es', title: 'El Gobierno y la guerrilla retoman las negociaciones de paz', summary: 'Las delegaciones del Gobierno y de la guerrilla se reunieron el lunes para una nueva ronda de negociaciones de paz tras meses de combates en el norte.', topics: ['conflict-war-peace', 'politics'] },
      { lang: 'pt', title: 'Governo e rebeldes assinam acordo de paz em Moçambique', summary: 'O acordo de paz prevê o desarmamento de 5 mil combatentes rebeldes e a integração dos seus chefes no exército nacional.', topics: ['conflict-war-peace', 'politics'] },
      { lang: 'it', title: 'Armenia e Azerbaigian firmano il trattato di pace', summary: 'I due Paesi hanno firmato il trattato di pace che chiude il conflitto per il Karabakh; le truppe si ritireranno dalla frontiera entro un anno.', topics: ['conflict-war-peace', 'politics'] },
      { lang: 'ja', title: 'タイとカンボジア、和平協定に署名', summary: '両国の国境付近で続いていた軍事衝突を受け、両国は和平協定に署名した。兵士の撤退も盛り込まれた。', topics: ['conflict-war-peace', 'politics'] },
      { lang: 'ar', title: 'توقيع اتفاق سلام بين الحكومة والمتمردين في جنوب السودان', summary: 'وقعت الحكومة والمتمردون اتفاق سلام ينهي سنوات من الحرب ويقضي بدمج المقاتلين في الجيش.', topics: ['conflict-war-peace', 'politics'] },
    ])
  })

  it('files a foiled terror plot under conflict beside crime (GUIDELINES: conflict includes terrorism)', () => {
    expectRuleTopics([
      { lang: 'ru', title: 'ФСБ предотвратила теракт в Казани', summary: 'Сотрудники ФСБ задержали двух подозреваемых, которые готовили взрыв у торгового центра. Возбуждено уголовное дело, следствие продолжается.', topics: ['crime-law-justice', 'conflict-war-peace'] },
      { lang: 'en', title: 'Police foil terror plot against Christmas market', summary: 'Detectives arrested three men suspected of planning the attack and seized chemicals at a flat, prosecutors said; the suspects will appear in court on Friday.', topics: ['crime-law-justice', 'conflict-war-peace'] },
      { lang: 'de', title: 'Mutmaßliche Islamisten in Hamburg festgenommen', summary: 'Die Polizei hat zwei Männer festgenommen, die einen Anschlag auf eine Synagoge geplant haben sollen. Die Bundesanwaltschaft ermittelt wegen Vorbereitung einer schweren staatsgefährdenden Gewalttat.', topics: ['crime-law-justice', 'conflict-war-peace'] },
    ])
  })

  it('adds the weather to a flood or a storm that made the disaster', () => {
    expectRuleTopics([
      { lang: 'de', title: 'Hochwasser in Sachsen: Zwei Tote, Hunderte evakuiert', summary: 'Die Elbe ist über die Ufer getreten. Feuerwehr und Technisches Hilfswerk retteten Dutzende Menschen aus überfluteten Häusern.', topics: ['disaster-accident-emergency', 'weather'], only: true },
      { lang: 'pt', title: 'Ciclone deixa 12 mortos e destrói casas no sul de Moçambique', summary: 'A Proteção Civil disse que milhares de pessoas ficaram desalojadas e que estradas e pontes foram destruídas em três províncias.', topics: ['disaster-accident-emergency', 'weather'], only: true },
      { lang: 'ru', title: 'Паводок затопил сотни домов в Забайкалье', summary: 'Спасатели эвакуировали более 900 жителей, в районе введён режим чрезвычайной ситуации, погибли два человека.', topics: ['disaster-accident-emergency', 'weather'], only: true },
    ])
  })
})

describe('what does not make a second topic', () => {
  it('does not make a quake, an avalanche or a landslide weather on one weather word in the lead', () => {
    expectRuleTopics([
      { lang: 'en', title: 'Magnitude 6.4 earthquake strikes off Peru\'s coast, buildings damaged', summary: 'The quake struck at a depth of 30 km, the national meteorological service said. Rescuers searched collapsed homes in two towns and at least four people were injured.', topics: ['disaster-accident-emergency'], only: true },
      { lang: 'fr', title: 'Trois skieurs tués dans une avalanche dans les Alpes suisses', summary: 'L\'avalanche s\'est déclenchée après de fortes chutes de neige. Les secouristes ont retrouvé les corps des trois victimes après quatre heures de recherches.', topics: ['disaster-accident-emergency'], only: true },
      { lang: 'de', title: 'Zug entgleist nach Erdrutsch: Drei Tote', summary: 'Ein Regionalzug ist nach einem Erdrutsch entgleist, drei Menschen starben. Nach Angaben der Polizei hatte Regen den Hang gelockert; Rettungskräfte bargen die Verletzten.', topics: ['disaster-accident-emergency'], only: true },
    ])
  })

  it('reads the summit of a mountain as no summit of leaders (GUIDELINES: ambiguous topic words)', () => {
    const climbs = [
      { lang: 'fr', title: 'Deux alpinistes portés disparus près du sommet du mont Blanc', summary: 'Les deux hommes avaient atteint le sommet avant l\'orage, selon le peloton de gendarmerie de haute montagne, qui a suspendu les recherches à la nuit tombée.' },
      { lang: 'fr', title: 'Le Tour franchit le sommet du col du Galibier', summary: 'Le peloton a atteint le sommet dans le brouillard, sous les encouragements de milliers de spectateurs.' },
      { lang: 'en', title: 'Nepali sherpa reaches the summit of Everest for the 31st time', summary: 'Kami Rita Sherpa, 55, reached the summit on Tuesday morning, breaking his own record, the tourism department said.' },
      { lang: 'de', title: 'Bergsteiger stürzt kurz nach dem Gipfelkreuz ab', summary: 'Der 47-Jährige hatte den Gipfel erreicht und war beim Abstieg ausgerutscht; die Bergwacht fand ihn tot.' },
    ]
    for (const c of climbs) expect(classifyArticle(c).topics, c.title).not.toContain('politics')
  })

  it('reads no topic from a wire dateline', () => {
    expectRuleTopics([
      { lang: 'en', title: 'Mexico\'s central bank holds rates at 9%', summary: 'MEXICO CITY (Reuters) - Bank of Mexico held its benchmark interest rate at 9% on Thursday, citing sticky inflation and a weaker peso.', topics: ['economy-business-finance'], only: true },
      { lang: 'de', title: 'Bergsteiger stirbt an der Alpspitze', summary: 'GARMISCH-PARTENKIRCHEN - Ein 58 Jahre alter Bergsteiger ist am Sonntag an der Alpspitze tödlich verunglückt, teilte die Polizei mit.', topics: ['disaster-accident-emergency'], only: true },
      { lang: 'it', title: 'Incendio in un deposito di pneumatici, nube nera sulla città', summary: 'NAPOLI - Un vasto incendio è scoppiato nella notte in un deposito di pneumatici alla periferia est. I vigili del fuoco hanno lavorato per ore per spegnere le fiamme.', topics: ['disaster-accident-emergency'], only: true },
    ])
  })

  it('needs a defining term or three typical words for a second topic', () => {
    expectRuleTopics([
      // "costs" and "company" are two typical economy words in a story about a heatwave; not a second topic.
      { lang: 'en', title: 'Heatwave closes the Acropolis at noon', summary: 'Shops in Athens said the costs of cooling had doubled and the company that runs the metro added trains for the evening.', topics: ['weather'], only: true },
    ])
  })
})
