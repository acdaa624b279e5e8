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
    // Valparaíso is in Chile: the Spanish lead's countries are CL by its tag and by its place.
    expect(same(quakeEn, { ...quakeEs, about: ['CL'], title: 'Sismo de magnitud 6,8 en Valparaíso deja 14 muertos' })).toBe(false)
  })

  it('finds the country in common by a place one lead names when its tag says another (Arequipa is in Peru)', () => {
    expect(same(quakeEn, { ...quakeEs, about: ['CL'] })).toBe(true)
    expect(same({ ...quakeEn, about: [] }, { ...quakeEs, about: ['CL'] })).toBe(true)
  })

  it('links a lead that names no country at all by its facts, asking half a point more of them', () => {
    const en = { lang: 'en', title: 'Storm floods 12 coastal homes', summary: 'Mayor Ibarra called for help.' }
    const fr = { lang: 'fr', title: 'Tempête : 12 maisons inondées sur la côte', summary: 'Le maire Ibarra demande de l’aide.' }
    const score = (b: Partial<StoryInput>) => storyEvidence(storyFeatures(lead(en)), storyFeatures(lead(b))).score
    // A figure, a name and a storm: 1.75 with Peru on both sides, enough across two languages (1.5).
    expect(score(fr)).toBeCloseTo(1.75)
    expect(same(en, fr)).toBe(true)
    expect(score({ ...fr, about: [] })).toBeCloseTo(1.25)
    expect(same(en, { ...fr, about: [] })).toBe(false)
    // The quake shares far more: an untagged report of it still joins.
    expect(same({ ...quakeEn, about: [] }, { ...quakeEs, title: 'Sismo de magnitud 6,8 deja 14 muertos', about: [] })).toBe(true)
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

  it('links a report without figures in Chinese to one in English by the city and the kind of happening', () => {
    const en = { lang: 'en', about: ['CN'], title: 'Landslide buries village homes in Chongqing', summary: 'Rescuers with dogs searched the debris before dawn.' }
    const zh = { lang: 'zh', about: ['CN'], publishedAt: at(3), title: '重庆一村庄发生山体滑坡', summary: '救援工作正在进行。' }
    expect(same(en, zh)).toBe(true)
    // The same city with another kind of happening, or the same kind elsewhere, is not enough.
    expect(same(en, { ...zh, title: '重庆举行新闻发布会', summary: '官员介绍了经济数据。' })).toBe(false)
    expect(same(en, { ...zh, title: '四川一村庄发生山体滑坡' })).toBe(false)
  })

  it('asks less of Chinese against Japanese than of two Chinese reports, as across scripts', () => {
    const zh = { lang: 'zh', about: ['RU'], title: '俄罗斯堪察加火山喷发 火山灰柱高8公里', summary: '航空警戒级别被提升至最高的红色。' }
    const ja = { lang: 'ja', about: ['RU'], publishedAt: at(2), title: 'カムチャツカの火山が噴火 噴煙8キロ', summary: '航空機向けの警戒レベルが引き上げられた。' }
    const e = storyEvidence(storyFeatures(lead(zh)), storyFeatures(lead(ja))).score
    expect(e).toBeGreaterThanOrEqual(1.4)
    expect(e).toBeLessThan(2)
    expect(same(zh, ja)).toBe(true)
  })

  it('links two languages by a city and one kind of happening, not by a shared given name', () => {
    const fr = { lang: 'fr', about: ['FR'], title: 'Marseille : deux morts dans une fusillade', summary: 'Le parquet a ouvert une enquête.' }
    const en = { lang: 'en', about: ['FR'], publishedAt: at(4), title: 'Two men shot dead in Marseille', summary: 'Prosecutors opened an inquiry.' }
    expect(same(fr, en)).toBe(true)
    const attackFr = { lang: 'fr', about: ['UA'], title: 'Attaque de drones sur Odessa', summary: 'Le gouverneur Oleh Kiper a fait état de blessés.' }
    const attackEn = { lang: 'en', about: ['UA'], publishedAt: at(6), title: 'Missile strike on Kharkiv', summary: 'Governor Oleh Syniehubov said six people were killed.' }
    expect(same(attackFr, attackEn)).toBe(false)
  })

  it('does not link two attacks on one capital on consecutive nights by the capital and the kind alone', () => {
    const en = { lang: 'en', about: ['UA'], title: 'Russian drones attack Kyiv overnight', summary: 'Air defences were active over the capital.' }
    const zh = { lang: 'zh', about: ['UA'], publishedAt: at(30), title: '基辅遭导弹袭击', summary: '防空系统启动。' }
    expect(same(en, zh)).toBe(false)
  })

  it('says why it linked two reports', () => {
    const e = storyEvidence(storyFeatures(lead(quakeEn)), storyFeatures(lead(quakeEs)))
    expect(e.reasons.join(' ')).toMatch(/numbers .*6\.8/)
  })
})
