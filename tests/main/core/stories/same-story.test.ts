import { describe, expect, it } from 'vitest'
import { storyFeatures, type StoryInput } from '../../../../src/main/core/stories/features'
import { sameStory, storyEvidence } from '../../../../src/main/core/stories/same-story'

const at = (hours: number) => new Date(Date.UTC(2026, 8, 8) + hours * 3600_000).toISOString()
const lead = (over: Partial<StoryInput>): StoryInput => ({ title: '', summary: '', publishedAt: at(0), about: ['PE'], ...over })
const same = (a: Partial<StoryInput>, b: Partial<StoryInput>) => sameStory(storyFeatures(lead(a)), storyFeatures(lead(b)))

const quakeEn = { lang: 'en', title: 'Magnitude 6.8 earthquake strikes southern Peru, killing 14', summary: 'The quake hit near Chivay in the Colca valley at a depth of 35 km.' }
const quakeEs = { lang: 'es', title: 'Sismo de magnitud 6,8 en Arequipa deja 14 muertos', summary: 'El epicentro se ubicó cerca de Chivay, a 35 kilómetros de profundidad.' }

describe('sameStory', () => {
  it('links one event reported in two languages by its figures and names', () => {
    expect(same(quakeEn, { ...quakeEs, publishedAt: at(2) })).toBe(true)
  })

  it('never links reports more than 48 hours apart, or with no country in common', () => {
    expect(same(quakeEn, { ...quakeEs, publishedAt: at(49) })).toBe(false)
    expect(same(quakeEn, { ...quakeEs, about: ['CL'] })).toBe(false)
  })

  it('links syndicated copies by their canonical link, whatever their time or countries', () => {
    const url = 'https://apnews.com/article/x?utm_source=feed'
    const text = { title: 'Storm batters coast', summary: 'Thousands lost power as the storm hit the coast overnight.' }
    expect(same({ ...text, url, publishedAt: at(0) }, { ...text, url: 'https://apnews.com/article/x', publishedAt: at(300), about: ['US'] })).toBe(true)
  })

  it('does not link two different stories a feed points at one page (its home page)', () => {
    const url = 'https://news.example/'
    expect(same({ title: 'Parliament debates the budget', summary: 'Ministers defended the plan.', url }, { title: 'Floods hit the north', summary: 'Rivers burst their banks.', url })).toBe(false)
  })

  it('keeps apart two events in one country in one week (a rate decision and floods)', () => {
    const rate = { lang: 'en', about: ['KE'], title: "Kenya's central bank cuts rate to 9.25%", summary: 'Inflation eased to 3.8% in August, the Central Bank of Kenya said on Tuesday.' }
    const floods = { lang: 'en', about: ['KE'], publishedAt: at(30), title: 'Mombasa floods: nine dead after overnight downpour', summary: 'More than 2,000 families were displaced in Kisauni and Likoni on Tuesday, the Red Cross said.' }
    expect(same(rate, floods)).toBe(false)
  })

  it('says why it linked two reports', () => {
    const e = storyEvidence(storyFeatures(lead(quakeEn)), storyFeatures(lead(quakeEs)))
    expect(e.reasons.join(' ')).toMatch(/numbers .*6\.8/)
  })
})
