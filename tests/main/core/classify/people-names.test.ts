// Version 15: a country's name or demonym inside a person's name (people-names.ts), in every language the rules
// touch (en, es, it, pt, fr, de, ru), with the real country beside each kind so that the rules are seen not to
// overreach. Sentences written for this test, not rows of a dev or frozen set.
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify/index'

function tagged(lang: string, title: string, summary: string): string[] {
  const r = classifyArticle({ title, summary, lang })
  return [...r.countries, ...r.mentions]
}

describe('a country inside a person\'s name is no country', () => {
  it.each([
    ['es', 'El senador Rodrigo Alemán presenta una ley sobre drones', 'El senador Rodrigo Alemán presentó el martes una iniciativa en Ciudad de México.', 'DE'],
    ['es', 'La ministra Lorena Francia anuncia compra de ambulancias', 'La ministra de Salud de Paraguay, Lorena Francia, anunció la compra.', 'FR'],
    ['es', 'Iván España gana la etapa reina de la Vuelta a Colombia', 'El ciclista Iván España ganó en Manizales.', 'ES'],
    ['es', 'El Turco Saade deja el banquillo del Junior', 'El técnico Jorge "el Turco" Saade dejó el Junior de Barranquilla, en Colombia.', 'TR'],
    ['es', 'El \'Ruso\' Peralta retiene su título en Córdoba', 'El boxeador argentino Lucas \'el Ruso\' Peralta retuvo su título.', 'RU'],
    ['it', 'Crisi idrica, il sindaco Russo firma l\'ordinanza', 'Il sindaco di Vibo Valentia ha firmato l\'ordinanza contro la siccità in Calabria.', 'RU'],
    ['it', 'Il regista Andrea Spagnolo gira a Matera', 'Il regista lucano Andrea Spagnolo ha iniziato le riprese. «È una storia dura», ha spiegato Spagnolo.', 'ES'],
    ['it', 'Giulia Francia eletta sindaca di Castel di Sangro', 'Giulia Francia ha vinto il ballottaggio in Abruzzo.', 'FR'],
    ['pt', 'Câmara de Viseu aprova orçamento de Bruno Brasil', 'A Câmara de Viseu, em Portugal, aprovou o orçamento do vereador Bruno Brasil.', 'BR'],
    ['fr', 'Québec : la ministre France Tremblay dépose un projet de loi', 'La ministre de l\'Habitation du Canada québécois, France Tremblay, a déposé un projet.', 'FR'],
    ['de', 'Bürgermeisterin Schweizer will Parkgebühren in Freiburg verdreifachen', 'Die Freiburger Rathauschefin will die Gebühren in Deutschland anheben.', 'CH'],
    ['de', 'Kreistag wählt Katrin Holländer zur ersten Landrätin', 'Katrin Holländer setzte sich in Niedersachsen durch.', 'NL'],
    ['de', 'Bäckerfamilie Schweizer feiert 300 Jahre Handwerk', 'Die Familie aus dem Schwarzwald backt seit 1725 Brot in Deutschland.', 'CH'],
    ['en', 'Oregon lawmaker Tom Ireland resigns after arrest', 'State Rep. Tom Ireland of Oregon resigned on Monday, US officials said.', 'IE'],
    ['en', 'Kenya Lawson leads Detroit council race', 'DETROIT — City council member Kenya Lawson finished first in the US city\'s primary.', 'KE'],
    ['ru', 'Французов выиграл спринт на этапе Кубка Содружества', 'Российский биатлонист Андрей Французов победил в спринте в России.', 'FR'],
    ['ru', 'Художник Павел Голландцев открыл мозаику в Москве', 'Мозаику создал художник Павел Голландцев.', 'NL'],
    ['ru', 'Бывшего вице-мэра Немцова арестовали в Екатеринбурге', 'Суд арестовал бывшего вице-мэра Алексея Немцова.', 'DE'],
  ])('%s: %s', (lang, title, summary, code) => {
    expect(tagged(lang, title, summary)).not.toContain(code)
  })
})

describe('the same words naming the country are kept', () => {
  it.each([
    ['es', 'El Instituto Mexicano del Seguro Social amplía su cobertura', 'El Instituto Mexicano del Seguro Social anunció nuevas clínicas.', 'MX'],
    ['es', 'Roberto Sánchez viaja a Alemania para cerrar un contrato', 'El empresario viajó a Alemania el lunes.', 'DE'],
    ['es', 'El alcalde visita Argentina', 'El alcalde de Montevideo visita Argentina esta semana.', 'AR'],
    ['it', 'Il sindaco incontra l\'ambasciatore russo', 'Il sindaco di Roma ha incontrato l\'ambasciatore della Russia.', 'RU'],
    ['it', 'Poste Italiane assume mille postini', 'Poste Italiane ha annunciato nuove assunzioni.', 'IT'],
    ['pt', 'Força Aérea Brasileira resgata pescadores', 'A Força Aérea Brasileira resgatou seis pescadores no litoral.', 'BR'],
    ['fr', 'France Travail publie les chiffres du chômage', 'France Travail a publié jeudi les chiffres du chômage en France.', 'FR'],
    ['de', 'Schweizer Armee übt in Graubünden', 'Die Schweizer Armee hat eine Übung begonnen.', 'CH'],
    ['en', 'Kenya Airways adds daily flights to Lagos', 'NAIROBI (Reuters) - Kenya Airways will fly daily from Nairobi to Lagos.', 'KE'],
    ['ru', 'Шведская компания откроет завод в Финляндии', 'Шведская компания построит завод.', 'SE'],
    ['ru', 'Французские фермеры протестуют', 'Французские фермеры вышли на протест во Франции.', 'FR'],
  ])('%s: %s', (lang, title, summary, code) => {
    expect(tagged(lang, title, summary)).toContain(code)
  })
})

describe('an age, a title of address or an office beside the name', () => {
  it.each([
    ['it', 'Cremona, il liutaio premiato', 'Il liutaio Marco Spagna ha vinto il concorso. Spagna, 46 anni, ha costruito il violino in Italia.', 'ES'],
    ['es', 'Argentina Salcedo, de 91 años, recibe su título en Oaxaca', 'La mexicana se graduó en Oaxaca.', 'AR'],
    ['en', 'Nurse survives capsize off Gomera', 'India Pascoe, 29, survived a capsize near the Canary Islands of Spain.', 'IN'],
    ['fr', 'À 104 ans, France Lambert publie ses souvenirs', 'La Namuroise publie son premier livre en Belgique.', 'FR'],
    ['it', 'Genova, la signora Argentina compie 107 anni', 'La signora Argentina festeggia in piscina a Genova.', 'AR'],
    ['es', 'La cantante China Morales estrena su disco en Buenos Aires', 'La cantante China Morales presentó su disco en Argentina.', 'CN'],
    ['pt', 'Desembargador Luís Portugal é afastado pelo CNJ', 'O desembargador Luís Portugal, do Brasil, foi afastado.', 'PT'],
    ['es', '"La China" Ferreyra llena tres veces el Gran Rex', 'La cantante se despidió en Buenos Aires.', 'CN'],
    ['pt', 'Juventude renova com o atacante Alemão, artilheiro da Série B', 'O clube gaúcho renovou o contrato no Brasil.', 'DE'],
    ['it', 'Il Napoli prende il difensore Tedesco dal Bari', 'Il club ha chiuso la trattativa in Italia.', 'DE'],
  ])('%s: %s', (lang, title, summary, code) => {
    expect(tagged(lang, title, summary)).not.toContain(code)
  })

  it.each([
    ['it', 'In Spagna, 10 anni dopo la crisi', 'In Spagna, 10 anni dopo la crisi, i salari crescono.', 'ES'],
    ['es', 'Argentina, 40 años después de Malvinas', 'Argentina, 40 años después de la guerra, recuerda a sus caídos.', 'AR'],
    ['en', 'Germany beat Spain in Cologne', 'Germany beat Spain 2-1 on Saturday.', 'ES'],
    ['pt', 'Juventude contrata o atacante alemão Jonas Weber', 'O atacante alemão chega da Alemanha.', 'DE'],
    ['es', 'La selección "la China" de voleibol gana en Lima', 'China venció a Perú en Lima.', 'CN'],
  ])('%s: keeps the country in "%s"', (lang, title, summary, code) => {
    expect(tagged(lang, title, summary)).toContain(code)
  })
})
