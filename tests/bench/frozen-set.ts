// Loads the frozen full-text evaluation set (tests/fixtures/extract-frozen): pages, expected texts, manifest.
// Shared by the set's integrity test and bench/extract-eval.ts.
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'

const FROZEN_DIR = resolve(__dirname, '../fixtures/extract-frozen')

interface FrozenExpected {
  id: string
  lang: string
  template: string
  url: string
  title: string
  byline?: string
  text: string
  images: string[]
  kind: string[]
}

export interface FrozenManifest {
  pages: number
  templates: number
  languages: number
  items: { id: string; lang: string; template: string; kind: string[] }[]
}

export interface FrozenPage {
  id: string
  html: string
  expected: FrozenExpected
}

export const readManifest = (): FrozenManifest => JSON.parse(readFileSync(join(FROZEN_DIR, 'manifest.json'), 'utf8')) as FrozenManifest

/** File names (without extension) in one folder of the set. */
export function listIds(folder: 'pages' | 'expected', ext: string): string[] {
  return readdirSync(join(FROZEN_DIR, folder)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort()
}

export function loadFrozenSet(): FrozenPage[] {
  return readManifest().items.map(({ id }) => ({
    id,
    html: readFileSync(join(FROZEN_DIR, 'pages', `${id}.html`), 'utf8'),
    expected: JSON.parse(readFileSync(join(FROZEN_DIR, 'expected', `${id}.json`), 'utf8')) as FrozenExpected,
  }))
}
