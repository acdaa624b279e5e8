// The lexicon snapshot the app loads must be what the data tables and packages build today. It is generated (by
// vitest's globalSetup here, scripts/lexicon-snapshot.mjs), never committed.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLASSIFIER_VERSION } from '../../../../src/main/core/classify/index'
import { buildFromTables } from '../../../../src/main/core/classify/build-lexicon'
import { getLexicon } from '../../../../src/main/core/classify/lexicon'
import { formatSnapshotModule, toSnapshot } from '../../../../src/main/core/classify/snapshot'

const ROOT = resolve(__dirname, '../../../..')
const SNAPSHOT = join(ROOT, 'generated/lexicon.snapshot.ts')

describe('lexicon snapshot', () => {
  it('is generated outside src/ into a path git ignores, and no snapshot is committed', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' })
    expect(git('check-ignore', 'generated/lexicon.snapshot.ts').trim()).toBe('generated/lexicon.snapshot.ts')
    expect(git('ls-files').split('\n').filter((f) => /lexicon\.snapshot/.test(f))).toEqual([])
  })

  it('is what a fresh build from the data tables writes (else run: npm run lexicon)', () => {
    const { patterns, readings } = buildFromTables().entries()
    const fresh = formatSnapshotModule(toSnapshot(CLASSIFIER_VERSION, patterns, readings))
    expect(readFileSync(SNAPSHOT, 'utf8') === fresh).toBe(true)
  })

  it('loads into the same readings as a build from the tables', () => {
    const { patterns, readings } = buildFromTables().entries()
    const loaded = getLexicon()
    expect(loaded.readings.length).toBe(patterns.length)
    const byPattern = new Map(patterns.map((p, i) => [p, readings[i]]))
    const sorted = [...patterns].sort()
    sorted.forEach((pattern, i) => expect(loaded.readings[i]).toEqual(byPattern.get(pattern)))
  })
})
