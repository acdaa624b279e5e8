// The packaging fuses: exactly the six the security checklist asks for, flipped for real in a stand-in binary
// that carries Electron's fuse wire (sentinel, version, length, one byte per fuse), others left as they were.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { describe, expect, it } from 'vitest'
import afterPack, { electronBinaryPath, fuseConfig, FUSES } from '../../scripts/fuses.mjs'

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ON = FuseState.ENABLE
const OFF = FuseState.DISABLE
/** Electron's defaults for the nine V1 fuses, in wire order. */
const DEFAULT_WIRE = [ON, OFF, ON, ON, OFF, OFF, OFF, ON, ON]

async function fakeElectron(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'meridian-fuses-'))
  const file = join(dir, 'meridian')
  const junk = Buffer.alloc(4096, 0x41)
  await writeFile(file, Buffer.concat([junk, Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length, ...DEFAULT_WIRE]), junk]))
  return file
}

describe('Electron fuses at packaging', () => {
  it('sets exactly RunAsNode off, cookie encryption on, NODE_OPTIONS and inspect off, asar-only and integrity on', () => {
    expect(FUSES).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
    })
    const { version, resetAdHocDarwinSignature, ...fuses } = fuseConfig('linux')
    expect(version).toBe('1')
    expect(resetAdHocDarwinSignature).toBe(false)
    expect(fuses).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    })
    expect(fuseConfig('darwin').resetAdHocDarwinSignature).toBe(true)
  })

  it('the afterPack hook flips those fuses in the packaged binary and leaves the others alone', async () => {
    const binary = await fakeElectron()
    const before = await readFile(binary)
    await afterPack({ appOutDir: join(binary, '..'), electronPlatformName: 'linux', packager: { appInfo: { productFilename: 'Meridian' }, executableName: 'meridian' } })
    const wire = await getCurrentFuseWire(binary)
    expect(Array.from({ length: 9 }, (_, i) => wire[i as FuseV1Options])).toEqual([OFF, ON, OFF, OFF, ON, ON, OFF, ON, ON])
    const after = await readFile(binary)
    expect(after.length).toBe(before.length)
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2
    const changed = [...after.keys()].filter((i) => after[i] !== before[i]).map((i) => i - wireStart)
    expect(changed).toEqual([0, 1, 2, 3, 4, 5]) // only fuse bytes, only the six fuses
  })

  it('finds the binary where electron-builder puts it on each platform', () => {
    expect(electronBinaryPath('/out/mac', 'Meridian', 'darwin')).toBe(join('/out/mac', 'Meridian.app', 'Contents', 'MacOS', 'Meridian'))
    expect(electronBinaryPath('/out/win', 'Meridian', 'win32')).toBe(join('/out/win', 'Meridian.exe'))
    expect(electronBinaryPath('/out/linux', 'Meridian', 'linux', 'meridian')).toBe(join('/out/linux', 'meridian'))
  })
})
