// Topic phrases of session 17 (issue 14) from the learned layer's cross-validated misses in Russian, German,
// Japanese, Portuguese and Spanish, on new leads written for this test: Baikal as a place (tourists, rescues) more
// than a lake to protect, «прибыл» as "arrived" rather than profit, stems the ending limit missed (эвакуировали,
// Masernausbrüchen), planes off the runway and trains into fallen trees, national parks, wildlife, food poisoning.
import { describe, expect, it } from 'vitest'
import { TOPICS, type TopicId } from '../../../../src/shared/model'
import { readArticle, type LabInput } from './topic-lab/read'

const at = (topic: TopicId) => TOPICS.indexOf(topic)
/** Distinct defining terms (weight 3) the lexicon finds for a topic: the phrase itself, whatever the weights say. */
const definingTerms = (input: LabInput, topic: TopicId) => readArticle(input).evidence.defining[at(topic)]
/** The weighted score of a topic's words: 0 when no word of the topic counts. */
const score = (input: LabInput, topic: TopicId) => readArticle(input).evidence.score[at(topic)]
/** Distinct typical words (weight 2 or more). */
const cues = (input: LabInput, topic: TopicId) => readArticle(input).evidence.cues[at(topic)]

describe('topic phrases of version 15', () => {
  it('reads Baikal as a typical environment word, saigas as a defining one, in Russian', () => {
    const tourists = { lang: 'ru', title: 'Туристы из Китая выбирают зимний Байкал' }
    expect(definingTerms(tourists, 'environment')).toBe(0)
    expect(cues({ lang: 'ru', title: 'На Байкале сократилась численность нерпы' }, 'environment')).toBeGreaterThan(0)
    expect(definingTerms({ lang: 'ru', title: 'В степи насчитали миллион сайгаков' }, 'environment')).toBe(1)
  })

  it('reads «прибыл» as arrived and «прибыль» as profit in Russian', () => {
    expect(score({ lang: 'ru', title: 'Губернатор прибыл на место происшествия' }, 'economy-business-finance')).toBe(0)
    expect(score({ lang: 'ru', title: 'Делегация прибыла в Баку' }, 'economy-business-finance')).toBe(0)
    expect(definingTerms({ lang: 'ru', title: 'Чистая прибыль банка выросла вдвое' }, 'economy-business-finance')).toBeGreaterThan(0)
    expect(definingTerms({ lang: 'ru', title: 'Компания нарастила прибыль на 12%' }, 'economy-business-finance')).toBe(1)
    // «прибыли» is both (profits, they arrived): a typical word, never a defining one.
    expect(definingTerms({ lang: 'ru', title: 'Спасатели прибыли к дому' }, 'economy-business-finance')).toBe(0)
  })

  it('reads evacuations, smoke, renewed clashes and cargo turnover in Russian', () => {
    expect(definingTerms({ lang: 'ru', title: 'Из торгового центра эвакуировали 300 человек' }, 'disaster-accident-emergency')).toBe(1)
    expect(definingTerms({ lang: 'ru', title: 'Задымление в метро: движение остановлено' }, 'disaster-accident-emergency')).toBe(1)
    expect(definingTerms({ lang: 'ru', title: 'На границе возобновились столкновения' }, 'conflict-war-peace')).toBe(1)
    // A collision of buses stays a disaster word and no fighting.
    expect(score({ lang: 'ru', title: 'Столкновение двух автобусов на трассе' }, 'conflict-war-peace')).toBe(0)
    expect(cues({ lang: 'ru', title: 'Грузооборот порта вырос на треть' }, 'economy-business-finance')).toBe(1)
    expect(definingTerms({ lang: 'ru', title: 'В Казани открылся японский сад' }, 'lifestyle-leisure')).toBe(1)
  })

  it('reads measles outbreaks, runway overruns, fallen trees and a weather satellite in German', () => {
    expect(definingTerms({ lang: 'de', title: 'Gesundheitsamt warnt vor Masernausbrüchen in Kitas' }, 'health')).toBeGreaterThan(0)
    expect(definingTerms({ lang: 'de', title: 'Norovirus legt Kreuzfahrtschiff lahm' }, 'health')).toBe(1)
    expect(definingTerms({ lang: 'ru', title: 'Вспышка норовируса в лагере' }, 'health')).toBe(1)
    expect(cues({ lang: 'de', title: 'Seehunde im Wattenmeer gezählt' }, 'environment')).toBe(1)
    expect(definingTerms({ lang: 'de', title: 'Airbus über die Landebahn hinausgerollt' }, 'disaster-accident-emergency')).toBeGreaterThan(0)
    expect(definingTerms({ lang: 'de', title: 'Regionalzug prallt gegen umgestürzten Baum' }, 'disaster-accident-emergency')).toBe(1)
    const satellite = { lang: 'de', title: 'Neuer Wettersatellit ins All gebracht' }
    expect(definingTerms(satellite, 'science-technology')).toBe(1)
    expect(score(satellite, 'weather')).toBe(0)
  })

  it('reads national and nature parks, dying fish and gardens in German', () => {
    expect(definingTerms({ lang: 'de', title: 'Nationalpark Harz: Borkenkäfer befällt neue Flächen' }, 'environment')).toBe(1)
    expect(definingTerms({ lang: 'de', title: 'Fischsterben in der Elbe' }, 'environment')).toBe(1)
    expect(definingTerms({ lang: 'de', title: 'Naturpark eröffnet neuen Rundwanderweg' }, 'lifestyle-leisure')).toBe(1)
    expect(definingTerms({ lang: 'de', title: 'Japanischer Garten öffnet wieder' }, 'lifestyle-leisure')).toBe(1)
  })

  it('reads food poisoning, norovirus and bird flu as health in Japanese', () => {
    expect(definingTerms({ lang: 'ja', title: '弁当で食中毒、30人が症状' }, 'health')).toBeGreaterThan(0)
    expect(definingTerms({ lang: 'ja', title: 'ノロウイルスの集団感染' }, 'health')).toBeGreaterThan(0)
    expect(definingTerms({ lang: 'ja', title: '養鶏場で鳥インフルエンザ' }, 'health')).toBe(1)
    expect(cues({ lang: 'ja', title: '住宅街にヒグマ' }, 'environment')).toBe(1)
  })

  it('reads national parks, turtles and elephants as environment in Portuguese and Spanish', () => {
    expect(definingTerms({ lang: 'pt', title: 'Parque Nacional recebe novas girafas' }, 'environment')).toBe(1)
    expect(definingTerms({ lang: 'pt', title: 'Recorde de ninhos de tartaruga na Bahia' }, 'environment')).toBe(1)
    expect(cues({ lang: 'pt', title: 'Elefantes atravessam a estrada' }, 'environment')).toBe(1)
    expect(definingTerms({ lang: 'es', title: 'Liberan tortugas gigantes en Galápagos' }, 'environment')).toBe(1)
    expect(definingTerms({ lang: 'es', title: 'Cuatro tortugas en un estanque' }, 'environment')).toBe(0)
  })
})
