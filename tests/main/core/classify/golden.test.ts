// Every verdict of the classifier on the dev sets and on real feed items and pages equals the golden file written
// before the matcher's speed work (golden.ts says how to regenerate it after a deliberate rule change).
import { describe, expect, it } from 'vitest'
import { classifyArticle } from '../../../../src/main/core/classify/index'
import { goldenCases, readGolden, verdictLine } from './golden'

describe('golden verdicts', () => {
  const cases = goldenCases()
  const golden = readGolden()

  it('covers thousands of articles, the same ones the golden file was written from', () => {
    expect(cases.length).toBeGreaterThan(5000)
    expect(golden.map((line) => (JSON.parse(line) as string[])[0])).toEqual(cases.map((c) => c.id))
  })

  it('gives every article the countries, mentions, topics and evidence it had', () => {
    const changed: string[] = []
    cases.forEach((c, i) => {
      const line = verdictLine(c.id, classifyArticle(c.input))
      if (line !== golden[i]) changed.push(`${JSON.stringify(c.input.title)}\n  was ${golden[i]}\n  now ${line}`)
    })
    expect(changed.slice(0, 20), `${changed.length} verdicts changed`).toEqual([])
  }, 300_000) // 8,000 articles: seconds alone, minutes beside the whole suite on a loaded machine
})
