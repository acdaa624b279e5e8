// Bundles a TypeScript entry into one plain-Node file, so measured children start without tsx's loader
// (whose compile time and memory would otherwise be billed to the app).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'

export async function bundleForNode(entry: string): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'meridian-bench-')), 'child.cjs')
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'error', sourcemap: 'inline' })
  return outfile
}
