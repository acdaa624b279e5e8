// The lexicon snapshot the app loads must be what the data tables and packages build today.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLASSIFIER_VERSION } from '../../../../src/main/core/classify/index'
import { buildFromTables } from '../../../../src/main/core/classify/build-lexicon'
import { getLexicon } from '../../../../src/main/core/classify/lexicon'
import { formatSnapshotModule, toSnapshot } from '../../../../src/main/core/classify/snapshot'

const SNAPSHOT = join(__dirname, '../../../../src/main/core/classify/data/lexicon.snapshot.ts')

describe('lexicon snapshot', () => {
  it('is up to date with the data tables (else run: npx tsx src/main/core/classify/write-snapshot.ts)', () => {
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
