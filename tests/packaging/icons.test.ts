// The committed icons are exactly what scripts/generate-icons.mjs makes from resources/icon.svg today.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs build script without type declarations
import { generateIcons } from '../../scripts/generate-icons.mjs'

const resources = resolve(__dirname, '../../resources')
const out = mkdtempSync(join(tmpdir(), 'meridian-icons-'))
const written: string[] = generateIcons(out)
afterAll(() => rmSync(out, { recursive: true, force: true }))

const pngSize = (bytes: Buffer) => {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

describe('generated icons', () => {
  it('are up to date with icon.svg (run `npm run icons` after editing it)', () => {
    expect(written.length).toBe(22)
    for (const rel of written) expect(readFileSync(join(resources, rel)).equals(readFileSync(join(out, rel))), rel).toBe(true)
  })

  it('have the sizes their names say', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) expect(pngSize(readFileSync(join(out, 'icons', `${size}x${size}.png`)))).toEqual([size, size])
    expect(pngSize(readFileSync(join(out, 'icon.png')))).toEqual([1024, 1024])
    expect(pngSize(readFileSync(join(out, 'tray@2x.png')))).toEqual([64, 64])
  })

  it('make a Windows icon of seven PNG images up to 256 px', () => {
    const ico = readFileSync(join(out, 'icon.ico'))
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 7])
    const sizes = Array.from({ length: 7 }, (_, i) => ico.readUInt8(6 + 16 * i) || 256)
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256])
    const last = 6 + 16 * 6
    expect(pngSize(ico.subarray(ico.readUInt32LE(last + 12)))).toEqual([256, 256])
  })

  it('draw a different overlay for every count', () => {
    const names = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '9plus'].map((n) => readFileSync(join(out, 'overlay', `overlay-${n}.png`)).toString('base64'))
    expect(new Set(names).size).toBe(10)
  })
})
