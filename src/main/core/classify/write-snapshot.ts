// Writes data/lexicon.snapshot.ts from the data tables and packages.
// Run after changing data/ or the builders: npx tsx src/main/core/classify/write-snapshot.ts
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CLASSIFIER_VERSION } from './index'
import { buildFromTables } from './build-lexicon'
import { formatSnapshotModule, toSnapshot } from './snapshot'

const { patterns, readings } = buildFromTables().entries()
const snapshot = toSnapshot(CLASSIFIER_VERSION, patterns, readings)
const file = join(__dirname, 'data', 'lexicon.snapshot.ts')
writeFileSync(file, formatSnapshotModule(snapshot))
process.stdout.write(`wrote ${file}: ${snapshot.entries.length} patterns, ${snapshot.terms.length} readings\n`)
