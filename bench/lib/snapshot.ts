// The committed tree (HEAD) exported to a temporary directory, with node_modules linked in. Measured code is
// built from here, not from the working tree: other work may leave files half-edited while the bench runs, and
// a result should name the commit it measured.
import { execFileSync, execSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const REPO_ROOT = resolve(__dirname, '../..')

export interface Snapshot {
  dir: string
  commit: string
  dispose(): void
}

let current: Snapshot | undefined

export function headSnapshot(): Snapshot {
  if (current) return current
  const dir = mkdtempSync(join(tmpdir(), 'meridian-bench-head-'))
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim()
  execSync(`git archive --format=tar HEAD | tar -x -C ${JSON.stringify(dir)}`, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'))
  // The classifier's lexicon is generated, not committed: build it from the exported tables.
  execFileSync(process.execPath, [join(dir, 'scripts/lexicon-snapshot.mjs'), dir], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
  current = {
    dir,
    commit,
    dispose() {
      rmSync(dir, { recursive: true, force: true })
      current = undefined
    },
  }
  return current
}
