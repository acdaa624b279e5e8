// Writes the lexicon snapshot module from the data tables and packages, only when its content changed (so watchers
// and bundlers see no change when there is none). Run by scripts/lexicon-snapshot.mjs, which every build, test and
// tool entry calls first: `npx tsx src/main/core/classify/write-snapshot.ts <out file>`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { buildFromTables } from './build-lexicon'
import { formatSnapshotModule, toSnapshot } from './snapshot'
import { CLASSIFIER_VERSION } from './version'

const file = process.argv[2]
if (!file) throw new Error('write-snapshot: name the file to write (scripts/lexicon-snapshot.mjs passes generated/lexicon.snapshot.ts)')
const out = resolve(file)
const { patterns, readings } = buildFromTables().entries()
const snapshot = toSnapshot(CLASSIFIER_VERSION, patterns, readings)
const text = formatSnapshotModule(snapshot)
let current: string | undefined
try {
  current = readFileSync(out, 'utf8')
} catch {
  current = undefined // not generated yet
}
if (current !== text) {
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, text)
  process.stdout.write(`wrote ${out}: ${snapshot.entries.length} patterns, ${snapshot.terms.length} readings\n`)
}
