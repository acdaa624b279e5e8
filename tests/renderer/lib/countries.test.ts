import { describe, expect, it } from 'vitest'
import { countryName, flagOf, matchesCountry } from '../../../src/renderer/src/lib/countries'

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
