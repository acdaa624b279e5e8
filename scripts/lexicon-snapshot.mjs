// Generates the classifier's lexicon snapshot (generated/lexicon.snapshot.ts, gitignored) from the hand-written
// tables in src/main/core/classify/data, so the 1 MB generated file never sits in src/ or in a diff. Run before
// anything that loads the classifier: electron-vite (a plugin in electron.vite.config.ts), vitest (globalSetup),
// npm test, typecheck, knip, the CLI and the benches (package.json). `node scripts/lexicon-snapshot.mjs [root]`.
// A child process builds it through tsx, so every run reads the tables as they are on disk now. The build costs
// about 1.5 s of CPU, so it is skipped while a fingerprint of its inputs is unchanged; a snapshot that differs from
// a fresh build anyway fails tests/main/core/classify/snapshot.test.ts.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The generated module, relative to the repository root; src/main/core/classify/lexicon.ts imports it. */
export const SNAPSHOT_FILE = 'generated/lexicon.snapshot.ts'
const STAMP_FILE = 'generated/lexicon.snapshot.inputs'

/** What the build reads: the classifier's sources and tables, the shared types, and (through the lock file) the
 *  versions of the country-name packages. */
function inputsFingerprint(root) {
  const listTs = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTs(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [])
  const files = [...listTs(join(root, 'src/main/core/classify')), ...listTs(join(root, 'src/shared')), join(root, 'package-lock.json')]
  const hash = createHash('sha256')
  for (const file of files.filter(existsSync).sort()) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

/** Writes the snapshot under root unless it is already built from these inputs; throws with the generator's output
 *  on failure. Returns what the generator said ('' when nothing was written). */
export function generateLexiconSnapshot(root) {
  const stamp = inputsFingerprint(root)
  const stampFile = join(root, STAMP_FILE)
  if (existsSync(join(root, SNAPSHOT_FILE)) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return ''
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const writer = join(root, 'src', 'main', 'core', 'classify', 'write-snapshot.ts')
  const res = spawnSync(process.execPath, [tsx, writer, join(root, SNAPSHOT_FILE)], { cwd: root, encoding: 'utf8' })
  if (res.status !== 0) {
    throw new Error(`Could not generate the lexicon snapshot (${writer}): ${(res.stderr || res.stdout || res.error?.message || '').trim()}`)
  }
  writeFileSync(stampFile, stamp)
  return res.stdout.trim()
}

const repoRoot = () => resolve(fileURLToPath(import.meta.url), '../..')

/** vitest globalSetup: the tests load the classifier, so the snapshot must exist before any test file is read. */
export default function setup() {
  generateLexiconSnapshot(repoRoot())
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const said = generateLexiconSnapshot(resolve(process.argv[2] ?? repoRoot()))
    if (said) console.error(said) // stderr: `npm run cli` prints JSON on stdout
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err))
    process.exit(1)
  }
}
