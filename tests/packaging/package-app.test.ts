// Packs the built app with electron-builder exactly as `npm run dist` would, but into a folder and around a
// stand-in Electron binary (the real one cannot be downloaded here), then reads app.asar to check what ships.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { listPackage } from '@electron/asar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pkg from '../../package.json'

const root = resolve(__dirname, '../..')
let work: string
let files: string[]

beforeAll(() => {
  if (!existsSync(join(root, 'out/main/index.js'))) throw new Error('run `npm run build` first: the packaging test packs out/')
  work = mkdtempSync(join(tmpdir(), 'meridian-pack-'))
  const dist = join(work, 'electron-dist')
  mkdirSync(dist)
  writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho stand-in\n')
  chmodSync(join(dist, 'electron'), 0o755)
  writeFileSync(join(dist, 'version'), pkg.devDependencies.electron.replace(/^\D*/, ''))
  execFileSync('npx', ['--no-install', 'electron-builder', '--linux', 'dir', '--config', 'electron-builder.yml',
    `-c.electronDist=${dist}`, `-c.directories.output=${join(work, 'out')}`, `-c.electronVersion=${pkg.devDependencies.electron.replace(/^\D*/, '')}`], {
    cwd: root,
    env: { ...process.env, MERIDIAN_STANDIN_ELECTRON: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    stdio: 'pipe',
  })
  files = listPackage(join(work, 'out', 'linux-unpacked', 'resources', 'app.asar'), { isPack: false }).map((f) => f.split('\\').join('/'))
}, 180_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the packaged app', () => {
  it('holds the built main, preload and renderer, and the tray icons', () => {
    for (const f of ['/package.json', '/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html', '/resources/tray.png', '/resources/overlay/overlay-9plus.png']) {
      expect(files, f).toContain(f)
    }
  })

  it("holds the main process's runtime dependencies", () => {
    for (const dep of ['rss-parser', 'linkedom', '@mozilla/readability', 'iconv-lite']) expect(files, dep).toContain(`/node_modules/${dep}/package.json`)
  })

  it('holds no development dependency, source, test or source map', () => {
    const dev = Object.keys(pkg.devDependencies)
    const shipped = new Set(files.filter((f) => f.startsWith('/node_modules/') && f.endsWith('/package.json')).map((f) => f.slice('/node_modules/'.length, -'/package.json'.length)))
    expect(dev.filter((d) => shipped.has(d))).toEqual([])
    expect(files.filter((f) => /^\/(src|tests|bench|scripts)\//.test(f) || f.endsWith('.map'))).toEqual([])
  })
})
