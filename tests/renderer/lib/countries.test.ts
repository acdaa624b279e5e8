import { describe, expect, it } from 'vitest'
import { countryName, matchesCountry } from '../../../src/renderer/src/lib/countries'
import { flagUrl } from '../../../src/renderer/src/lib/flags'
import { COUNTRY_CODES } from '../../../src/shared/country-codes'

describe('country display', () => {
  it('has a bundled SVG flag for every country code the app knows', () => {
    const missing = COUNTRY_CODES.filter((c) => !flagUrl(c))
    expect(missing).toEqual([])
    expect(flagUrl('fr')).toMatch(/FR\.svg/)
    expect(flagUrl('FRA')).toBeUndefined()
  })

  it('names countries in the reader\'s language and searches by name, accents ignored', () => {
    expect(countryName('DE', 'en')).toBe('Germany')
    expect(countryName('DE', 'fr')).toBe('Allemagne')
    expect(matchesCountry('DE', 'allem', 'fr')).toBe(true)
    expect(matchesCountry('CI', 'cote', 'en')).toBe(true) // Côte d’Ivoire
    expect(matchesCountry('DE', 'fran', 'en')).toBe(false)
    expect(matchesCountry('GB', 'gb', 'en')).toBe(true)
  })

  it('finds countries by the names people use, not only the ISO short name', () => {
    const finds = (query: string) => COUNTRY_CODES.filter((c) => matchesCountry(c, query, 'en'))
    expect(finds('UK')).toContain('GB')
    expect(finds('Britain')).toContain('GB')
    expect(finds('USA')).toEqual(['US'])
    expect(finds('America')).toContain('US')
    expect(finds('Holland')).toEqual(['NL'])
    expect(finds('Ivory Coast')).toEqual(['CI'])
    expect(finds('Czechia')).toEqual(['CZ'])
    expect(finds('Czech Republic')).toEqual(['CZ'])
    expect(finds('Burma')).toEqual(['MM'])
    expect(finds('Holland')).not.toContain('DE')
    expect(COUNTRY_CODES.filter((c) => matchesCountry(c, 'Deutschland', 'de'))).toEqual(['DE'])
  })
})
