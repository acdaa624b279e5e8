import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { jsonFile } from '../../../src/main/desktop/json-file'
import { parseWindowState, restoreBounds, type WindowState } from '../../../src/main/desktop/window-state'

const laptop = { x: 0, y: 0, width: 1440, height: 870 }
const external = { x: 1440, y: 0, width: 2560, height: 1400 }
const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

describe('restoreBounds', () => {
  it('keeps a position that is on a display', () => {
    const saved: WindowState = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, isMaximized: true }
    expect(restoreBounds(saved, [laptop, external])).toEqual({ bounds: { x: 1600, y: 100, width: 1400, height: 900 }, isMaximized: true })
  })

  it('centres the default size when the saved display is gone', () => {
    const saved: WindowState = { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, isMaximized: false }
    expect(restoreBounds(saved, [laptop])).toEqual({ bounds: { x: 80, y: 25, width: 1280, height: 820 }, isMaximized: false })
  })

  it('clamps tiny and huge sizes', () => {
    const tiny = restoreBounds({ bounds: { x: 10, y: 10, width: 20, height: 20 }, isMaximized: false }, [laptop])
    expect(tiny.bounds).toMatchObject({ width: 900, height: 560 })
    const huge = restoreBounds({ bounds: { x: 0, y: 0, width: 9000, height: 9000 }, isMaximized: false }, [laptop])
    expect(huge.bounds).toMatchObject({ width: 1440, height: 870 })
  })

  it('refuses what is not a saved state', () => {
    expect(parseWindowState({ bounds: { x: 'a', y: 0, width: 1, height: 1 } })).toBeUndefined()
    expect(parseWindowState(null)).toBeUndefined()
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: 3, height: 4 }, isMaximized: 'yes' })).toEqual({ bounds: { x: 1, y: 2, width: 3, height: 4 }, isMaximized: false })
  })
})

describe('jsonFile', () => {
  it('round-trips across a restart and falls back on a broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meridian-state-'))
    dirs.push(dir)
    const path = join(dir, 'nested', 'window-state.json')
    const errors: string[] = []
    const open = () => jsonFile<WindowState | undefined>(path, undefined, parseWindowState, (m) => errors.push(m))
    expect(open().read()).toBeUndefined()
    const state: WindowState = { bounds: { x: 5, y: 6, width: 1000, height: 700 }, isMaximized: false }
    open().write(state)
    expect(open().read()).toEqual(state)
    writeFileSync(path, '{"bounds": {')
    expect(open().read()).toBeUndefined()
    expect(errors[0]).toMatch(/ignored .*window-state.json/)
    expect(readFileSync(path, 'utf8')).toBe('{"bounds": {')
  })
})
