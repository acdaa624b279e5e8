import { describe, expect, it } from 'vitest'
import { countryName, flagOf, matchesCountry } from '../../../src/renderer/src/lib/countries'
import { guessOutletCountry } from '../../../src/renderer/src/db/outlet-country'

describe('country display', () => {
  it('builds flag emoji from ISO codes, and nothing from anything else', () => {
    expect(flagOf('FR')).toBe('🇫🇷')
    expect(flagOf('jp')).toBe('🇯🇵')
    expect(flagOf('FRA')).toBe('')
  })

  it('names countries in the reader\'s language and searches by name, accents ignored', () => {
    expect(countryName('DE', 'en')).toBe('Germany')
    expect(countryName('DE', 'fr')).toBe('Allemagne')
    expect(matchesCountry('DE', 'allem', 'fr')).toBe(true)
    expect(matchesCountry('CI', 'cote', 'en')).toBe(true) // Côte d’Ivoire
    expect(matchesCountry('DE', 'fran', 'en')).toBe(false)
    expect(matchesCountry('GB', 'gb', 'en')).toBe(true)
  })
})

describe('guessOutletCountry', () => {
  it.each([
    ['https://www.lemonde.fr/rss/une.xml', 'FR'],
    ['https://feeds.bbci.co.uk/news/rss.xml', 'GB'],
    ['https://www.spiegel.de/index.rss', 'DE'],
    ['https://www.nytimes.com/rss', undefined],
    ['https://news.ycombinator.io/rss', undefined],
    ['https://example.tv/feed', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, code) => {
    expect(guessOutletCountry(url)).toBe(code)
  })
})
