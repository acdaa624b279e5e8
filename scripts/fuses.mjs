// Electron fuses for packaged builds: switches compiled into the Electron binary that turn off ways to run the
// shipped app as something else (plain Node, an inspector, a loose app folder beside the asar). Run it from
// electron-builder's afterPack hook (`"afterPack": "scripts/fuses.mjs"`), or call flipAppFuses(binary) directly.
import { join } from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'

/** The fuses we set, by name; every other fuse keeps Electron's default. */
export const FUSES = Object.freeze({
  RunAsNode: false, // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS=--require evil.js
  EnableNodeCliInspectArguments: false, // --inspect / --inspect-brk attach a debugger to the main process
  EnableEmbeddedAsarIntegrityValidation: true, // a tampered app.asar is refused (macOS and Windows)
  OnlyLoadAppFromAsar: true, // no app/ folder or loose files loaded instead of the asar
})

/** The @electron/fuses config for FUSES; resetAdHocDarwinSignature re-signs macOS builds after the flip. */
export function fuseConfig(platform = process.platform) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: platform === 'darwin' }
  for (const [name, value] of Object.entries(FUSES)) config[FuseV1Options[name]] = value
  return config
}

/** Path of the packaged Electron binary inside electron-builder's output folder. */
export function electronBinaryPath(appOutDir, productFilename, platform, executableName = productFilename) {
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${productFilename}.app`, 'Contents', 'MacOS', productFilename)
  if (platform === 'win32') return join(appOutDir, `${productFilename}.exe`)
  return join(appOutDir, executableName)
}

export function flipAppFuses(binaryPath, platform = process.platform) {
  return flipFuses(binaryPath, fuseConfig(platform))
}

/** electron-builder afterPack hook. */
export default async function afterPack(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const binary = electronBinaryPath(appOutDir, packager.appInfo.productFilename, electronPlatformName, packager.executableName)
  await flipAppFuses(binary, electronPlatformName)
}
