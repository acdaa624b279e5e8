import { describe, expect, it } from 'vitest'
import { eventKinds } from '../../../../src/main/core/stories/event-types'

describe('eventKinds', () => {
  it('names one kind of happening alike in every language', () => {
    for (const text of ['Magnitude 6.8 earthquake strikes Peru', 'Sismo de magnitud 6,8 en Arequipa', 'Erdbeben in Peru', 'Землетрясение в Перу', '秘鲁发生6.8级地震', 'زلزال بقوة 6.8 يضرب بيرو']) {
      expect(eventKinds(text), text).toContain('quake')
    }
    for (const text of ['GDL calls 48-hour rail strike', 'Grève à la SNCF', 'Streik bei der Bahn', 'Забастовка машинистов', 'sciopero dei treni']) {
      expect(eventKinds(text), text).toContain('strike')
    }
  })

  it('tells a rate decision from floods in the same country, and finds nothing in plain words', () => {
    expect(eventKinds("Kenya's central bank cuts benchmark rate to 9.25%")).toEqual(['rate'])
    expect(eventKinds('Mombasa floods: nine dead after overnight downpour')).toEqual(['flood'])
    expect(eventKinds('A quiet day in the markets')).toEqual([])
  })

  it('knows shootings, landslides, collapses, power cuts, outbreaks and launches in several scripts', () => {
    expect(eventKinds('Deux morts dans une fusillade à Marseille')).toEqual(['shooting'])
    expect(eventKinds('重庆发生山体滑坡')).toEqual(['landslide'])
    expect(eventKinds('Обрушение дома в Карачи')).toEqual(['collapse'])
    expect(eventKinds('Eskom brings back load-shedding')).toEqual(['blackout'])
    expect(eventKinds('تفشي الكوليرا في بورتسودان')).toEqual(['outbreak'])
    expect(eventKinds('インド、地球観測衛星の打ち上げに成功')).toEqual(['launch'])
  })

  it('knows weather, arrests, resignations and verdicts', () => {
    expect(eventKinds('Record snowfall strands thousands at Sapporo airport')).toEqual(['snow'])
    expect(eventKinds('日本北海道遭遇创纪录暴雪')).toEqual(['snow'])
    expect(eventKinds('Kälte in der Ukraine')).toEqual(['cold'])
    expect(eventKinds('Opposition leader arrested in Istanbul')).toEqual(['arrest'])
    expect(eventKinds('Le Premier ministre présente sa démission')).toEqual(['resignation'])
    expect(eventKinds('Бывший мэр приговорен; приговор вступил в силу')).toEqual(['verdict'])
  })

  it('matches Latin stems at the start of a word only', () => {
    expect(eventKinds('The brandy festival opened')).toEqual([])
  })
})
