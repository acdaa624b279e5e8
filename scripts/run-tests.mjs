// `npm test`: type-check, lint (oxlint), dead code (knip), build the renderer (the e2e tests serve it), run unit and
// e2e suites, then print one plain closing line "N passed, N failed, N skipped" computed from vitest's JSON reports.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const outDir = '.ci-out'
rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })

function run(cmd, args) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', shell: false })
  return res.status === 0
}

/** knip prints what it finds; its JSON report gives the one count line, like oxlint's "Found N warnings". */
function deadCode() {
  const report = `${outDir}/knip.json`
  const clean = run('npx', ['--no-install', 'knip', '--no-progress', '--reporter', 'symbols', '--reporter', 'json', '--output-file', `json=${report}`])
  if (!existsSync(report)) return false
  const { issues } = JSON.parse(readFileSync(report, 'utf8'))
  const count = issues.reduce((n, issue) => n + Object.values(issue).filter(Array.isArray).reduce((m, list) => m + list.length, 0), 0)
  console.log(`knip: ${count} unused files, exports, types or dependencies`)
  return clean && count === 0
}

let failedSteps = 0
// The classifier's lexicon is generated from its tables (scripts/lexicon-snapshot.mjs): tsc and knip read it too.
if (!run(process.execPath, ['scripts/lexicon-snapshot.mjs'])) failedSteps++
if (!run('npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json'])) failedSteps++
if (!run('npx', ['--no-install', 'oxlint', '--deny-warnings', 'src', 'tests', 'bench', 'scripts'])) failedSteps++
if (!deadCode()) failedSteps++
if (!run('npx', ['--no-install', 'electron-vite', 'build', '--logLevel', 'warn'])) failedSteps++

const suites = [
  { name: 'unit', args: [] },
  { name: 'e2e', args: ['-c', 'vitest.e2e.config.mts'] },
]
for (const s of suites) {
  run('npx', ['--no-install', 'vitest', 'run', ...s.args, '--reporter=default', '--reporter=json',
    `--outputFile.json=${outDir}/${s.name}.json`])
}

let passed = 0
let failed = failedSteps
let skipped = 0
for (const s of suites) {
  const file = `${outDir}/${s.name}.json`
  if (!existsSync(file)) { failed++; continue } // a suite that produced no report failed to run
  const r = JSON.parse(readFileSync(file, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
  // files that failed to load report no assertions but still count as failures
  failed += r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
}
if (failedSteps) console.log(`${failedSteps} step(s) before the tests failed (lexicon, typecheck, lint, dead code or build)`)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
