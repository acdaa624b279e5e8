import { describe, expect, it } from 'vitest'
import { findPlaces } from '../../../../src/main/core/stories/places'
import { simplifyHan } from '../../../../src/main/core/stories/han'
import { nameKeys } from '../../../../src/main/core/stories/names'

const ids = (text: string): string[] => findPlaces(text).ids

describe('findPlaces', () => {
  it('gives one id to a city written in Latin, Cyrillic, Han, Arabic and katakana', () => {
    const odesa = ids('Drones hit the port of Odesa')
    expect(odesa).toHaveLength(1)
    for (const text of ['Удар по порту Одессы', '敖德萨港口遭无人机袭击', 'مسيرات تضرب ميناء أوديسا', 'オデッサの港に無人機']) {
      expect(ids(text)).toEqual(odesa)
    }
  })

  it('reads Russian case endings, Arabic clitics and French elision', () => {
    expect(ids('Взрыв в Москве')).toEqual(ids('Explosion in Moscow'))
    expect(ids('Пожар в Кёльне')).toEqual(ids('Fire in Cologne'))
    expect(ids('احتجاجات بالقاهرة')).toEqual(ids('Protests in Cairo'))
    expect(ids("le port d'Odessa")).toEqual(ids('Odesa port'))
  })

  it('finds leaders and seats of government under one id across scripts', () => {
    expect(ids('Путин заявил')).toEqual(ids('Putin said'))
    expect(ids('克里姆林宫表示')).toEqual(ids('The Kremlin said'))
  })

  it('ignores lower-case words and text that names no place', () => {
    expect(ids('a nice day in paris, said the mayor')).toEqual([])
    expect(ids('Rain is expected on Tuesday')).toEqual([])
    expect(ids('')).toEqual([])
  })

  it('reports the words a place was found by', () => {
    expect([...findPlaces('Floods in New Delhi, not in Delhi').words.values()]).toEqual([['New', 'Delhi', 'Delhi']])
  })
})

describe('nameKeys next to Chinese', () => {
  it('reads a Latin abbreviation glued to Han characters as the abbreviation', () => {
    expect(nameKeys('用PSLV火箭发射')).toEqual(nameKeys('the PSLV rocket'))
  })
})

describe('simplified Han', () => {
  it('finds a place written with Japanese characters under its Chinese spelling', () => {
    expect(ids('横浜の倉庫で火災')).toEqual(ids('横滨一仓库起火'))
    expect(ids('横浜の倉庫で火災')).toEqual(ids('Fire in Yokohama'))
    expect(simplifyHan('済州空港')).toBe('济州空港')
  })
})
