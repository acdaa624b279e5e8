// Languages without a topic lexicon (issue 14): country tags from names, and a clear "topics not available"
// instead of English topic words guessed on foreign text.
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify/index'

describe('languages without topics', () => {
  it.each([
    ['cs', 'Německo a Francie podepsaly dohodu o obraně', ['DE', 'FR']],
    ['nl', 'Duitsland en Frankrijk sluiten defensieakkoord', ['DE', 'FR']],
    ['sv', 'Tyskland och Frankrike skriver under försvarsavtal', ['DE', 'FR']],
    ['tr', 'Almanya ile Fransa savunma anlaşması imzaladı', ['DE', 'FR']],
    ['id', 'Jerman dan Perancis menandatangani perjanjian pertahanan', ['DE', 'FR']],
    ['pl', 'Niemcy i Francja podpisały umowę obronną', ['DE', 'FR']],
  ])('%s: tags countries by name and says topics are unavailable', (lang, title, countries) => {
    const r = classifyArticle({ title, lang })
    expect([...r.countries].sort()).toEqual([...countries].sort())
    expect(r.topics).toEqual([])
    expect(r.evidence.topicsUnavailable).toBe(true)
  })

  it('gives no English topics to a declared language it has no lexicon for', () => {
    const r = classifyArticle({ lang: 'hu', title: 'A kormány elfogadta a jövő évi költségvetést', summary: 'A parlament novemberben szavaz a tervezetről, a deficit csökken.' })
    expect(r.evidence.topicsUnavailable).toBe(true)
    expect(r.topics).toEqual([])
  })

  it('still reads English names in such a language, and keeps topics for the ten languages', () => {
    expect(classifyArticle({ lang: 'hu', title: 'Ukraine: új tárgyalások Genfben' }).countries).toEqual(['UA'])
    const en = classifyArticle({ lang: 'en', title: 'Earthquake kills dozens in Turkey' })
    expect(en.evidence.topicsUnavailable).toBeUndefined()
    expect(en.topics).toContain('disaster-accident-emergency')
  })

  it('keeps topics for an undeclared English headline in headline style, not for undeclared Czech or Polish', () => {
    const en = classifyArticle({ title: 'Japan election: prime minister keeps majority', summary: 'Turnout was low.' })
    expect(en.evidence.topicsUnavailable).toBeUndefined()
    expect(en.topics).toContain('politics')
    const cs = classifyArticle({ title: 'Vláda schválila rozpočet na příští rok', summary: 'Parlament hlasuje v listopadu, schodek příští rok klesne.' })
    expect(cs.evidence.topicsUnavailable).toBe(true)
    const pl = classifyArticle({ title: 'Rząd przyjął budżet na przyszły rok', summary: 'Sejm zagłosuje nad projektem w listopadzie, deficyt spadnie.' })
    expect(pl.evidence.topicsUnavailable).toBe(true)
  })

  it('does not read Dutch names in English text', () => {
    expect(classifyArticle({ lang: 'en', title: 'Frankrijk is a word this English article quotes' }).countries).toEqual([])
  })
})
