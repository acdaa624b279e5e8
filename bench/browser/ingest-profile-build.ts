// The renderer built from the working tree or from an older commit (not HEAD), for the profiling harnesses that
// compare a candidate with HEAD or with the code before it (ingest-profile.ts, page-profile.ts).
import { execFileSync, execSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../lib/snapshot'

export interface Build {
  rendererDir: string
  dispose(): void
}

function buildFrom(root: string, cleanUp: () => void): Build {
  const outDir = mkdtempSync(join(tmpdir(), 'meridian-profile-build-'))
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  return {
    rendererDir: join(outDir, 'renderer'),
    dispose: () => {
      rmSync(outDir, { recursive: true, force: true })
      cleanUp()
    },
  }
}

export function buildWorktree(): Build {
  return buildFrom(REPO_ROOT, () => {})
}

/** The renderer of a commit (`git archive`), node_modules linked from the working tree. */
export function buildCommit(ref: string): Build {
  const dir = mkdtempSync(join(tmpdir(), 'meridian-profile-commit-'))
  execSync(`git archive --format=tar ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(dir)}`, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'))
  return buildFrom(dir, () => rmSync(dir, { recursive: true, force: true }))
}
