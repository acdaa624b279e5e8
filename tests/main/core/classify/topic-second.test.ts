// How a second topic is admitted (issue 14, GUIDELINES.md section 3: "a secondary topic is added only when a
// reader filtering by it would want the story"), and words that decided a topic on their own by mistake: version 7's
// hand-set rules (`rulesTopics`), the classifier's fallback since the learned layer decides (version 10).
import { describe, it } from 'vitest'
import { expectRuleTopics } from './topic-rules-helper'

describe('second topics', () => {
  it('takes four distinct typical words as strong evidence for a second topic', () => {
    expectRuleTopics([
      // science leads by far; "company", "investors", "banks", "firms" make the money side a thread of its own.
      { lang: 'en', title: 'Swiss quantum computing lab unveils chip with 1,000 qubits', summary: 'Researchers at the Zurich start-up said the processor, built with artificial intelligence tools for error correction, was the largest of its kind. The company told investors it would sell computing time to banks next year and was in talks with firms over a billion-dollar contract.', topics: ['science-technology', 'economy-business-finance'], only: true },
    ])
  })

  it('adds the emergency to an epidemic declared one, beside health', () => {
    expectRuleTopics([
      { lang: 'en', title: 'Malawi declares cholera outbreak a public health emergency', summary: 'The health ministry said 300 people had died since January and hospitals in Lilongwe were overwhelmed.', topics: ['health', 'disaster-accident-emergency'], only: true },
      { lang: 'pt', title: 'Goiás decreta emergência em saúde pública por causa da dengue', summary: 'O governo estadual registrou 80 mil casos prováveis da doença e 40 mortes neste ano; hospitais estão lotados.', topics: ['health', 'disaster-accident-emergency'], only: true },
      { lang: 'it', title: 'Focolaio di morbillo, la Regione dichiara lo stato di emergenza sanitaria', summary: 'I casi sono saliti a 400, soprattutto bambini non vaccinati; gli ospedali pediatrici sono sotto pressione.', topics: ['health', 'disaster-accident-emergency'], only: true },
    ])
  })

  it('adds politics to a migration story on one word of government', () => {
    expectRuleTopics([
      { lang: 'es', title: 'Más de 300 migrantes llegan a Lampedusa en un solo día', summary: 'Los migrantes, en su mayoría tunecinos, llegaron en once barcas. El gobierno italiano pidió ayuda a la Unión Europea.', topics: ['society', 'politics'], only: true },
      { lang: 'ru', title: 'Число мигрантов в Подмосковье выросло на 15%', summary: 'Правительство области предлагает ввести квоты для трудовых мигрантов из Средней Азии.', topics: ['society', 'politics'], only: true },
      { lang: 'fr', title: 'Des centaines de migrants évacués d\'un campement à Calais', summary: 'Les migrants, qui espéraient rejoindre l\'Angleterre, ont été conduits en bus vers des centres d\'accueil, a indiqué le ministre de l\'Intérieur.', topics: ['society', 'politics'], only: true },
    ])
  })

  it('files a former minister or president on trial under politics too', () => {
    expectRuleTopics([
      { lang: 'es', title: 'Condenan a exalcalde de Medellín por corrupción', summary: 'Un juez condenó al exalcalde a nueve años de prisión por irregularidades en contratos de obras.', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'ru', title: 'Бывшего губернатора приговорили к 10 годам за взятки', summary: 'Суд признал экс-губернатора виновным в получении взяток от строительных компаний.', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'fr', title: 'L\'ancien ministre condamné à deux ans de prison ferme', summary: 'Le tribunal correctionnel de Paris a reconnu l\'ancien ministre coupable de détournement de fonds publics.', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'zh', title: '韩国前总统因受贿被判刑', summary: '首尔中央地方法院以受贿罪判处韩国前总统有期徒刑15年。', topics: ['crime-law-justice', 'politics'], only: true },
      { lang: 'ja', title: '元首相の秘書を逮捕　政治資金規正法違反の疑い', summary: '東京地検特捜部は、政治資金収支報告書に虚偽の記載をした疑いで元首相の秘書を逮捕した。', topics: ['crime-law-justice', 'politics'], only: true },
    ])
  })
})

describe('words that are not the topic they look like', () => {
  it('does not read genommen as a genome, opera (operates) as the opera, or social networks as technology', () => {
    expectRuleTopics([
      { lang: 'de', title: 'Seniorin erhält Brief nach 50 Jahren zurück', summary: 'Die Frau hatte es ihrer Schwester übel genommen, dass sie nie antwortete. Nun tauchte der Brief bei der Post wieder auf.', topics: [], only: true },
      { lang: 'es', title: 'Telefónica vende su filial en Perú', summary: 'La compañía, que opera en el país desde 1994, cerró la venta por 900 millones de dólares.', topics: ['economy-business-finance'], only: true },
      { lang: 'ru', title: 'Бабушка из Твери испекла тысячу пирогов для соседей', summary: 'О ней узнали из соцсетей, и теперь к ней приходят незнакомые люди.', topics: [], only: true },
    ])
  })

  it('reads a DNA test as forensics, not science (GUIDELINES: a DNA match identifies a war victim)', () => {
    expectRuleTopics([
      { lang: 'fr', title: 'Un test ADN permet d\'identifier un soldat disparu en 1944', summary: 'La correspondance ADN avec un neveu a permis aux gendarmes d\'identifier la victime, retrouvée dans une fosse près de Caen.', topics: ['crime-law-justice'], only: true },
      { lang: 'es', title: 'Una prueba de ADN identifica al autor de un crimen de 1998', summary: 'La policía detuvo al sospechoso después de que el análisis de ADN coincidiera con restos hallados en la escena.', topics: ['crime-law-justice'], only: true },
      { lang: 'de', title: 'DNA-Test überführt Einbrecher nach zwölf Jahren', summary: 'Die Polizei nahm den 41-Jährigen fest, nachdem ein DNA-Abgleich mit Spuren vom Tatort übereinstimmte.', topics: ['crime-law-justice'], only: true },
    ])
  })

  it('reads an arms race as conflict in every language, not sport (GUIDELINES: "race (arms race ...)")', () => {
    expectRuleTopics([
      { lang: 'de', title: 'Wettrüsten im Pazifik: China baut Flotte aus', summary: 'Das Ministerium in Tokio warnt vor einem neuen Wettrüsten in der Region.', topics: ['conflict-war-peace'], only: true },
      { lang: 'ru', title: 'Гонка вооружений: Пентагон оценил ядерный арсенал Китая', summary: 'По данным Пентагона, у Пекина более 600 ядерных боеголовок.', topics: ['conflict-war-peace'], only: true },
      { lang: 'pt', title: 'Corrida armamentista preocupa vizinhos da China', summary: 'O Pentágono diz que Pequim tem mais de 600 ogivas nucleares.', topics: ['conflict-war-peace'], only: true },
    ])
  })

  it('does not read Europe or Portugal\'s foreign ministry (Negócios Estrangeiros) as business', () => {
    expectRuleTopics([
      { lang: 'pt', title: 'União Europeia aprova novas sanções contra a Rússia', summary: 'Os ministros dos Negócios Estrangeiros da UE aprovaram o 16.º pacote de sanções.', topics: ['politics'], only: true },
    ])
  })

  it('reads foreigners and citizenship as society', () => {
    expectRuleTopics([
      { lang: 'it', title: 'Referendum sulla cittadinanza, il quorum non viene raggiunto', summary: 'Il quesito chiedeva di ridurre da dieci a cinque anni la residenza necessaria agli stranieri per la cittadinanza.', topics: ['society', 'politics'], only: true },
    ])
  })

  it('reads melting glaciers as the environment where the lexicon lacked them', () => {
    expectRuleTopics([
      { lang: 'de', title: 'Schweizer Gletscher schmelzen so schnell wie nie', summary: 'Die Gletscher verloren in diesem Jahr vier Prozent ihres Volumens, meldet das Messnetz.', topics: ['environment'], only: true },
      { lang: 'ru', title: 'Ледники Алтая потеряли треть площади', summary: 'Учёные связывают таяние льдов с потеплением.', topics: ['environment'] },
    ])
  })
})

