// Enforces who may import what (STYLE.md §2): the engine stays Electron-free, the renderer reaches main only
// through window.news, dexie stays in renderer/src/db. A broken rule fails with the file and the import.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, dirname, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const src = join(root, 'src')

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name)
    if (e.isDirectory()) return listSources(full)
    return /\.(ts|tsx)$/.test(e.name) ? [full] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const found = new Set<string>()
  for (const m of text.matchAll(/(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.add(m[1] ?? m[2]!)
  }
  return [...found]
}

/** An import as a path relative to src/ (for relative specifiers) or the bare package name. */
function target(file: string, spec: string): { area?: string; pkg?: string } {
  if (spec.startsWith('.')) return { area: relative(src, resolve(dirname(file), spec)).split(sep).join('/') }
  if (spec.startsWith('@renderer/')) return { area: 'renderer/src/' + spec.slice('@renderer/'.length) }
  const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!
  return { pkg }
}

interface Rule {
  from: string
  allowAreas: string[]
  banPackages: (pkg: string, fileArea: string) => boolean
  why: string
}

const isNode = (p: string) => p.startsWith('node:')
const rules: Rule[] = [
  { from: 'shared/', allowAreas: ['shared/'], banPackages: () => true, why: 'shared is plain TypeScript with no dependencies' },
  { from: 'main/core/', allowAreas: ['shared/', 'main/core/', '../package.json'], banPackages: (p) => ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'].includes(p), why: 'core runs in plain Node: take what you need as a parameter' },
  { from: 'main/', allowAreas: ['shared/', 'main/'], banPackages: (p) => ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'].includes(p), why: 'main owns the network, not the data or the UI' },
  { from: 'preload/', allowAreas: ['shared/', 'preload/'], banPackages: (p) => p !== 'electron', why: 'preload is a thin typed doorway' },
  { from: 'renderer/', allowAreas: ['shared/', 'renderer/'], banPackages: (p, area) => p === 'electron' || isNode(p) || ((p === 'dexie') && !area.startsWith('renderer/src/db/')), why: 'the renderer reaches main only through window.news; dexie only in db/' },
]

const electronEntryFiles = new Set(['main/index.ts', 'main/window.ts', 'main/ipc.ts', 'main/desktop-shell.ts'])

describe('import boundaries', () => {
  const files = listSources(src)
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10)
  })
  it.each(rules.map((r) => [r.from, r] as const))('%s imports only what it may', (_from, rule) => {
    const violations: string[] = []
    for (const file of files) {
      const area = relative(src, file).split(sep).join('/')
      if (!area.startsWith(rule.from)) continue
      if (rule.from === 'main/' && area.startsWith('main/core/')) continue // covered by its own, stricter rule
      for (const spec of importsOf(file)) {
        const t = target(file, spec)
        if (t.area !== undefined && !rule.allowAreas.some((a) => t.area!.startsWith(a))) violations.push(`${area} imports ${spec}: ${rule.why}`)
        if (t.pkg !== undefined && rule.banPackages(t.pkg, area)) violations.push(`${area} imports ${t.pkg}: ${rule.why}`)
      }
    }
    expect(violations).toEqual([])
  })
  it('only the Electron wiring files import electron in main', () => {
    const offenders = files
      .map((f) => relative(src, f).split(sep).join('/'))
      .filter((area) => area.startsWith('main/') && !electronEntryFiles.has(area))
      .filter((area) => importsOf(join(src, area)).includes('electron'))
    expect(offenders).toEqual([])
  })
})

/** The file an import resolves to (relative specifiers only), as a path under src/. */
function resolveImport(file: string, spec: string, known: Set<string>): string | undefined {
  if (!spec.startsWith('.')) return undefined
  const base = relative(src, resolve(dirname(file), spec)).split(sep).join('/')
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((c) => known.has(c))
}

/** Every cycle of imports among the files (type-only imports included: they tie modules together for a reader
 *  just as much), each reported once as a path that ends where it starts. */
function findCycles(graph: Map<string, string[]>): string[][] {
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

describe('import cycles', () => {
  const files = listSources(src)
  const known = new Set(files.map((f) => relative(src, f).split(sep).join('/')))
  const graphOf = (under: string) =>
    new Map(
      files
        .filter((f) => relative(src, f).split(sep).join('/').startsWith(under))
        .map((f) => [relative(src, f).split(sep).join('/'), importsOf(f).flatMap((spec) => resolveImport(f, spec, known) ?? []).filter((t) => t.startsWith(under))]),
    )

  it('the cycle finder finds a cycle and reports none where there is none', () => {
    expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c', 'a']])
    expect(findCycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([])
  })

  it('the storage layer (renderer/src/db) has none', () => {
    expect(findCycles(graphOf('renderer/src/db/'))).toEqual([])
  })

  it('the components that used to reach into tables import db/ only through its public entry', () => {
    const entryOnly = ['features/articles/ArticleList.tsx', 'features/keyboard/useKeyboard.ts', 'features/search/useSearchList.ts', 'features/status/RefreshStatus.tsx']
    const reaching = entryOnly.flatMap((f) => importsOf(join(src, 'renderer/src', f)).filter((spec) => /\/db\//.test(spec)).map((spec) => `${f} imports ${spec}`))
    expect(reaching).toEqual([])
    for (const f of entryOnly) expect(readFileSync(join(src, 'renderer/src', f), 'utf8')).not.toMatch(/\bdb\.(articles|lists|feeds|counters|search)\b/)
  })
})
