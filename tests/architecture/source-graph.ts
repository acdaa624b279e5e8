// The import graph of src/, read from the source text: what each file imports and what that resolves to. Shared by
// the boundary and cycle tests, so both judge the same reading of every import statement.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

const root = resolve(__dirname, '../..')
export const src = join(root, 'src')

/** A path under src/ with forward slashes, as the rules name files. */
export const areaOf = (file: string): string => relative(src, file).split(sep).join('/')

export function listSources(dir: string = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name)
    if (e.isDirectory()) return listSources(full)
    return /\.(ts|tsx)$/.test(e.name) ? [full] : []
  })
}

/** Every module specifier a file names: static imports and re-exports (type-only too) and dynamic import(). */
export function importsOf(file: string): string[] {
  return importsOfText(readFileSync(file, 'utf8'))
}

export function importsOfText(text: string): string[] {
  const found = new Set<string>()
  for (const m of text.matchAll(/(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.add(m[1] ?? m[2]!)
  }
  return [...found]
}

/** An import as a path relative to src/ (relative specifiers and the @renderer alias) or the bare package name. */
export function target(file: string, spec: string): { area?: string; pkg?: string } {
  if (spec.startsWith('.')) return { area: relative(src, resolve(dirname(file), spec)).split(sep).join('/') }
  if (spec.startsWith('@renderer/')) return { area: 'renderer/src/' + spec.slice('@renderer/'.length) }
  const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!
  return { pkg }
}

/** The source file an import resolves to, as a path under src/, or undefined for packages and files outside src/. */
function resolveImport(file: string, spec: string, known: Set<string>): string | undefined {
  const base = target(file, spec).area
  if (base === undefined) return undefined
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`, base].find((c) => known.has(c))
}

/** Every file under src/ (or under one folder of it) with the files it imports, both as paths under src/. */
export function importGraph(under = ''): Map<string, string[]> {
  const files = listSources()
  const known = new Set(files.map(areaOf))
  return new Map(
    files
      .filter((f) => areaOf(f).startsWith(under))
      .map((f) => [areaOf(f), importsOf(f).flatMap((spec) => resolveImport(f, spec, known) ?? []).filter((t) => t.startsWith(under))]),
  )
}

/** Every cycle of imports among the files (type-only imports included: they tie modules together for a reader
 *  just as much), each reported once as a path that ends where it starts. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string) => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node)
  return cycles
}
