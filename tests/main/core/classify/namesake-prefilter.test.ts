// The cheap check that lets isVillageNamesake skip its regex must never skip a place the regex would call a village.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VILLAGE_BEFORE, mayEndVillageWord } from '../../../../src/main/core/classify/namesakes'

const regexSays = (text: string, start: number) => VILLAGE_BEFORE.test(text.slice(Math.max(0, start - 16), start))

describe('mayEndVillageWord', () => {
  it('holds wherever the village regex matches, in crafted texts of every kind', () => {
    const texts = ['das Dorf Moskau', 'the village of Lebanon', 'VILLAGE OF Peru', 'il borgo di Roma', 'la aldea de Cuba',
      'деревня Петербург', 'в селе Берлин', 'поселке Париж', 'станицаX Мадрид', 'قرية لبنان', '村中国', 'frazione  Cuba',
      'hamlet\u00a0Paris', 'Ortsteil\tBerlin', 'weiler  of  Rom', 'in Paris', 'à Moscou', 'nach Paris', 'of Paris', 'di Roma']
    for (const text of texts) {
      for (let start = 0; start <= text.length; start++) {
        if (regexSays(text, start)) expect(mayEndVillageWord(text, start), `${text} @${start}`).toBe(true)
      }
    }
    expect(regexSays('das Dorf Moskau', 9)).toBe(true)
    expect(mayEndVillageWord('in Paris', 3)).toBe(false)
    expect(mayEndVillageWord('à Moscou', 2)).toBe(false)
  })

  it('holds at every position of every dev-set lead', () => {
    const dir = join(__dirname, '../../../fixtures/classify')
    let positions = 0
    let skipped = 0
    for (const file of readdirSync(dir).filter((f) => f.startsWith('dev-') && f.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').trim().split('\n')) {
        const { title, summary } = JSON.parse(line) as { title: string; summary: string }
        for (const text of [title, summary]) {
          for (let start = 0; start <= text.length; start++) {
            positions++
            if (mayEndVillageWord(text, start)) continue
            skipped++
            if (regexSays(text, start)) expect.fail(`${text} @${start}`)
          }
        }
      }
    }
    expect(skipped / positions).toBeGreaterThan(0.3) // the check does rule out most positions
  })
})
