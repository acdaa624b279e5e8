// Enforces who may import what (STYLE.md §2): the engine stays Electron-free, the renderer reaches main only
// through window.news, dexie stays in renderer/src/db, and everything outside db/ reaches storage only through its
// public entry (db/index.ts). A broken rule fails with the file and the import.
//
// Tests and benches (tests/, bench/) are outside src/ and may import db/ internals: they test or time the index
// engine, the migrations and the row builders themselves. Inside src/, only the bench harness (renderer/src/dev/,
// loaded in browser mode for bench/browser) may, for the same reason.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src/renderer/src/db'
import { areaOf, importsOf, importsOfText, listSources, src, target } from './source-graph'

interface Rule {
  from: string
  allowAreas: string[]
  banPackages: (pkg: string, fileArea: string) => boolean
  why: string
}

const isNode = (p: string) => p.startsWith('node:')
const rules: Rule[] = [
  { from: 'shared/', allowAreas: ['shared/'], banPackages: () => true, why: 'shared is plain TypeScript with no dependencies' },
  { from: 'main/core/', allowAreas: ['shared/', 'main/core/', '../package.json', '../generated/lexicon.snapshot'], banPackages: (p) => ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'].includes(p), why: 'core runs in plain Node: take what you need as a parameter' },
  { from: 'main/', allowAreas: ['shared/', 'main/'], banPackages: (p) => ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'].includes(p), why: 'main owns the network, not the data or the UI' },
  { from: 'preload/', allowAreas: ['shared/', 'preload/'], banPackages: (p) => p !== 'electron', why: 'preload is a thin typed doorway' },
  { from: 'renderer/', allowAreas: ['shared/', 'renderer/'], banPackages: (p, area) => p === 'electron' || isNode(p) || ((p === 'dexie') && !area.startsWith('renderer/src/db/')), why: 'the renderer reaches main only through window.news; dexie only in db/' },
]

const electronEntryFiles = new Set(['main/index.ts', 'main/window.ts', 'main/ipc.ts', 'main/desktop-shell.ts'])

describe('import boundaries', () => {
  const files = listSources()
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10)
  })
  it.each(rules.map((r) => [r.from, r] as const))('%s imports only what it may', (_from, rule) => {
    const violations: string[] = []
    for (const file of files) {
      const area = areaOf(file)
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
      .map(areaOf)
      .filter((area) => area.startsWith('main/') && !electronEntryFiles.has(area))
      .filter((area) => importsOf(join(src, area)).includes('electron'))
    expect(offenders).toEqual([])
  })
})

const DB = 'renderer/src/db'
/** The bench harness: hands bench/browser the engine's internals (plain rows, legacy seeds, the write path). */
const mayReachIntoDb = (area: string) => area.startsWith('renderer/src/dev/')

/** The imports of a file outside db/ that name a file inside it other than the public entry. */
function deepDbImports(file: string, specs: string[]): string[] {
  const area = areaOf(file)
  if (area.startsWith(`${DB}/`) || mayReachIntoDb(area)) return []
  return specs.filter((spec) => {
    const t = target(file, spec).area
    return t !== undefined && t.startsWith(`${DB}/`) && t !== `${DB}/index` && t !== `${DB}/index.ts`
  })
}

describe('db/ has one public entry', () => {
  const files = listSources()

  it('the rule catches a deep import and lets the entry through', () => {
    const component = join(src, 'renderer/src/features/reader/Example.tsx')
    const text = "import { db } from '../../db'\nimport { getArticle } from '../../db/index'\nimport type { Feed } from '../../db/rows/types'\n" +
      "export { counterScopes } from '../../db/counters'\nconst m = await import('../../db/offline/usage')\nimport { x } from '@renderer/db/search'\n"
    expect(deepDbImports(component, importsOfText(text))).toEqual(['../../db/rows/types', '../../db/counters', '@renderer/db/search', '../../db/offline/usage'].sort((a, b) => text.indexOf(a) - text.indexOf(b)))
    expect(deepDbImports(join(src, `${DB}/ingest.ts`), ['./counters'])).toEqual([])
  })

  it('no file outside db/ imports a file inside it other than db/index.ts', () => {
    const deep = files.flatMap((f) => deepDbImports(f, importsOf(f)).map((spec) => `${areaOf(f)} imports ${spec}`))
    expect(deep).toEqual([])
  })

  it('no file outside db/ reads or writes a table itself', async () => {
    const probe = openDatabase(`boundaries-${Date.now()}`)
    await probe.open()
    const tables = probe.tables.map((t) => t.name)
    probe.close()
    expect(tables).toContain('articles')
    // Components receive the database as `db` (useServices, parameters), so a table is reached as db.<table>.
    const access = new RegExp(`\\bdb\\.(${tables.join('|')})\\b|\\.table\\(`)
    const offenders = files
      .map(areaOf)
      .filter((area) => area.startsWith('renderer/') && !area.startsWith(`${DB}/`) && !mayReachIntoDb(area))
      .filter((area) => access.test(readFileSync(join(src, area), 'utf8')))
    expect(offenders).toEqual([])
  })
})
