// Version 15's evidence for the trap kinds "prize" and "company": a place inside a prize's or festival's name is
// where it is given (venue.ts `isPrizeName`), a laureate named by nationality in a prize title is its subject
// (country.ts), and an airline or brand named by a country acts for itself abroad. Sentences written for this test,
// not rows of a dev or frozen set.
import { describe, expect, it } from 'vitest'
import { candidateFeatures, FEATURE_NAMES } from '../../../../src/main/core/classify/about-features'
import { weighCountries } from '../../../../src/main/core/classify/country'
import { classifyArticle, scanArticle } from '../../../../src/main/core/classify/index'
import { isPrizeName, isPrizeTitle } from '../../../../src/main/core/classify/venue'

function prizeAt(text: string, word: string): boolean {
  const start = text.indexOf(word)
  if (start < 0) throw new Error(`"${word}" is not in "${text}"`)
  return isPrizeName(text, start, start + word.length)
}

/** The value of one feature for one country of a lead; undefined when the country is not a candidate. */
function feature(lang: string, title: string, code: string, name: string, summary?: string): number | undefined {
  const { countryContext } = scanArticle({ title, summary, lang })
  const { codes, features } = candidateFeatures(weighCountries(countryContext))
  const k = codes.indexOf(code as never)
  return k < 0 ? undefined : features[k][FEATURE_NAMES.indexOf(name)]
}

describe('a place inside a prize\'s name', () => {
  it.each([
    ['it', 'Il Premio Napoli alla scrittrice argentina', 'Napoli'],
    ['it', 'Premio internazionale di Roma a un fotografo sudanese', 'Roma'],
    ['de', 'Friedenspreis des Deutschen Buchhandels geht an ukrainische Autorin', 'Deutsch'],
    ['de', 'Deutscher Buchpreis geht an Schweizer Autor', 'Deutsch'],
    ['en', 'Mongolian film wins top prize at Busan festival', 'Busan'],
    ['en', 'The Norwegian Nobel Committee named the laureate', 'Norwegian'],
    ['es', 'Gana el premio mayor del Festival de Guadalajara', 'Guadalajara'],
    ['fr', 'Le prix de Genève récompense une romancière malienne', 'Genève'],
    ['pt', 'Escritora angolana vence o Prémio de Lisboa', 'Lisboa'],
    ['pt', 'Escritor português vence o Prêmio São Paulo de Literatura', 'São Paulo'],
    ['es', 'Periodistas, entre los ganadores de los Premios Madrid de Periodismo', 'Madrid'],
    ['ru', 'Писательница получила премию «Москва»', 'Москва'],
    ['ar', 'روائية فلسطينية تفوز بجائزة القاهرة للرواية', 'القاهرة'],
  ])('%s: "%s" names where the prize is given', (_lang, text, word) => {
    expect(prizeAt(text, word)).toBe(true)
  })

  it.each([
    ['en', 'Germany wins award for climate policy', 'Germany'],
    ['it', 'La scrittrice argentina vince il premio', 'argentina'],
    ['de', 'Schweizer Autor gewinnt den Preis', 'Schweizer'],
    ['es', 'México gana el premio al mejor pabellón', 'México'],
    ['fr', 'La France remporte le prix du meilleur vin', 'France'],
    ['pt', 'Portugal vence prémio de turismo', 'Portugal'],
    ['ru', 'Россия получила премию', 'Россия'],
    ['ar', 'مصر تفوز بجائزة أفضل وجهة', 'مصر'],
  ])('%s: the winner in "%s" is no prize name', (_lang, text, word) => {
    expect(prizeAt(text, word)).toBe(false)
  })

  it.each([
    ['en', 'Ugandan novelist wins Neustadt Prize', true],
    ['it', 'Il Premio Strega alla romanziera ucraina', true],
    ['de', 'Deutscher Buchpreis geht an Schweizer Autor', true],
    ['fr', 'Le prix Goncourt à un Camerounais', true],
    ['ru', 'Премия «Большая книга» досталась казахстанскому писателю', true],
    ['ar', 'روائية فلسطينية تفوز بجائزة نجيب محفوظ', true],
    ['zh', '中国作家获国际文学奖', true],
    ['en', 'Ugandan novelist opens a bookshop', false],
  ])('%s: "%s" is a prize title: %s', (_lang, title, expected) => {
    expect(isPrizeTitle(title)).toBe(expected)
  })
})

describe('the laureate of a prize title is its subject', () => {
  it.each([
    ['en', 'Ugandan novelist wins Neustadt Prize', 'UG'],
    ['it', 'Il Premio Napoli alla scrittrice argentina Julia Ferreyra', 'AR'],
    ['es', 'La directora boliviana gana el premio mayor del Festival de Guadalajara', 'BO'],
    ['de', 'Deutscher Buchpreis geht an Schweizer Autor', 'CH'],
  ])('%s: "%s" keeps the laureate\'s country out of passing roles', (lang, title, code) => {
    expect(feature(lang, title, code, 'noScore')).toBe(0)
  })

  it('a nationality beside a person outside a prize title stays in passing', () => {
    expect(feature('en', 'Police question Ugandan writer over visa', 'UG', 'role:nationality')).toBe(1)
  })
})

describe('an airline or a brand named by a country acts for itself, abroad (version 15)', () => {
  it.each([
    ['de', 'Turkish Airlines baut Angebot ab Stuttgart aus', 'TR', 'DE'],
    ['de', 'Swiss streicht Verbindungen ab Hamburg', 'CH', 'DE'],
    ['es', 'Norwegian cancela vuelos desde Málaga', 'NO', 'ES'],
    ['it', 'Brussels Airlines taglia i voli da Firenze', 'BE', 'IT'],
    ['fr', 'Austrian supprime ses vols vers Lyon', 'AT', 'FR'],
    ['pt', 'Turkish Airlines inaugura rota para Fortaleza', 'TR', 'BR'],
  ])('%s: "%s" is about %s\'s place, not %s', (lang, title, brand, place) => {
    const r = classifyArticle({ title, lang })
    expect(r.countries).not.toContain(brand)
    expect(r.countries).toContain(place)
  })

  it.each([
    ['en', 'Swiss voters reject a tax on large inheritances', 'CH'],
    ['en', 'Norwegian fund sells its stake in a mining company', 'NO'],
  ])('%s: in English "%s" is still %s', (lang, title, code) => {
    expect(classifyArticle({ title, lang }).countries).toContain(code)
  })
})

describe('the second of two joined sides opens the title with the first (version 15)', () => {
  it.each([
    ['en', 'India and Pakistan agree to restore ceasefire', 'PK'],
    ['es', 'Chile y Argentina firman un acuerdo de gas', 'AR'],
    ['de', 'Polen und Litauen schließen Grenzübergang', 'LT'],
    ['ru', 'Армения и Азербайджан согласовали текст договора', 'AZ'],
  ])('%s: "%s" marks %s as opening', (lang, title, code) => {
    expect(feature(lang, title, code, 'titleOpens')).toBe(1)
  })

  it.each([
    ['en', 'Talks between India and Pakistan resume in Geneva', 'PK'],
    ['es', 'Mediación de Noruega entre Chile y Argentina', 'AR'],
  ])('%s: "%s" does not', (lang, title, code) => {
    expect(feature(lang, title, code, 'titleOpens')).toBe(0)
  })
})
