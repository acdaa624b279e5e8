// The renderer built from the working tree (not HEAD), for the profiling harnesses that compare a candidate not
// committed yet with HEAD (ingest-profile.ts, page-profile.ts).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../lib/snapshot'

export function buildWorktree(): { rendererDir: string; dispose(): void } {
  const outDir = mkdtempSync(join(tmpdir(), 'meridian-profile-build-'))
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', outDir, '--logLevel', 'error'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  return { rendererDir: join(outDir, 'renderer'), dispose: () => rmSync(outDir, { recursive: true, force: true }) }
}
