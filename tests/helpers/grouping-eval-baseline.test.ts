// Recomputes the naive baseline on the frozen grouping pairs and checks the figures the set's README records,
// so the "figure to beat" stays true. The predicate is fixed; this test never changes the set or the threshold.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePairs, scorePairs, type PairScores } from './grouping-eval'
import { naiveTitleJaccardSame } from './grouping-eval-baseline'

const DIR = join(__dirname, '..', 'fixtures', 'grouping', 'frozen')
const pairs = parsePairs(readFileSync(join(DIR, 'pairs.jsonl'), 'utf8'))
const readme = readFileSync(join(DIR, 'README.md'), 'utf8')
const report = scorePairs(pairs, naiveTitleJaccardSame)

/** The README's baseline row for a scope: pairs, precision, recall, F1 as written. */
function recorded(scope: string): string[] {
  const row = readme.split('\n').find((l) => l.startsWith(`| ${scope} |`))
  if (!row) throw new Error(`README has no baseline row "${scope}"`)
  return row.split('|').slice(2, 6).map((c) => c.trim())
}
const measured = (s: PairScores): string[] => [String(s.pairs), s.precision.toFixed(3), s.recall.toFixed(3), s.f1.toFixed(3)]

describe('naive baseline on the frozen grouping pairs', () => {
  it('matches the figures recorded in the README', () => {
    expect(measured(report.overall)).toEqual(recorded('overall'))
    expect(measured(report.crossLanguage)).toEqual(recorded('cross-language pairs'))
    expect(measured(report.sameLanguage)).toEqual(recorded('same-language pairs'))
    expect(readme).toContain(`(${report.byKind['same-wire-rewrite'].tp} of ${pairs.filter((p) => p.kind === 'same-wire-rewrite').length})`)
  })

  it('finds every syndicated copy, whose titles are identical, and no cross-language pair, whose words differ', () => {
    expect(report.byKind['same-canonical-url'].recall).toBe(1)
    expect(report.crossLanguage.tp).toBe(0)
  })
})
