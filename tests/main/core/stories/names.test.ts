import { describe, expect, it } from 'vitest'
import { nameKeys, skeleton } from '../../../../src/main/core/stories/names'

describe('nameKeys', () => {
  it('matches a name across Latin, Cyrillic and katakana spellings', () => {
    expect(nameKeys('Missile strike on Kharkiv')).toContain(skeleton('kharkiv'))
    expect(nameKeys('Удар по Харькову')).toContain(skeleton('kharkiv'))
    expect(nameKeys('Mount Lewotobi erupts')).toContain(skeleton('lewotobi'))
    expect(nameKeys('レウォトビ火山が噴火')).toContain(skeleton('lewotobi'))
  })

  it('leaves out country names, demonyms and sentence words in several languages', () => {
    expect(nameKeys("Kenya's Kenyan shilling; the Russian army; les Russes; The Tuesday")).toEqual([])
    expect(nameKeys('Российские войска')).toEqual([])
  })

  it('keeps abbreviations and elided names, and short names as spelt', () => {
    expect(nameKeys("L'ONU et le GDL")).toEqual(expect.arrayContaining(['#onu', '#gdl']))
    expect(nameKeys("le port d'Odessa")).toEqual(nameKeys('le port Odessa'))
    expect(nameKeys("le port d'Odessa")).toHaveLength(1)
    expect(nameKeys('Mario Reiß')).toEqual(['=mario', '=reiss'])
  })
})

describe('nameKeys in Arabic', () => {
  it('matches long names with their Latin spelling and leaves short words out', () => {
    const keys = nameKeys('قالت نابيولينا إن التضخم يتباطأ، وضربت صواريخ خاركيف')
    expect(keys).toEqual(expect.arrayContaining([skeleton('nabiullina'), skeleton('kharkiv')]))
    expect(keys.every((k) => k.length >= 4)).toBe(true)
  })

  it('reads the b Arabic writes for a Latin p as the same consonant', () => {
    expect(nameKeys('قال المتحدث بيسكوف')).toContain(nameKeys('spokesman Peskov said')[0])
  })
})

describe('abbreviations across scripts', () => {
  it('keys ОПЕК and OPEC alike', () => {
    expect(nameKeys('ОПЕК+ увеличит добычу')).toEqual(nameKeys('OPEC+ agrees output hike'))
  })
})

describe('nameKeys in Chinese', () => {
  it('reads foreign names written with sound characters as their Latin spelling', () => {
    expect(nameKeys('拉夫罗夫说')).toContain(skeleton('lavrov'))
    expect(nameKeys('大众汽车拟关闭奥斯纳布吕克工厂')).toContain(skeleton('osnabruck'))
    expect(nameKeys('巴基斯坦卡拉奇发生爆炸')).toEqual([skeleton('karachi')])
  })

  it('cuts country names out and reads no common words', () => {
    expect(nameKeys('乌克兰和俄罗斯')).toEqual([])
    expect(nameKeys('中国经济增长放缓')).toEqual([])
  })
})
