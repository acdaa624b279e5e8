// Types for scripts/fuses.mjs (a plain ESM script so electron-builder can load it without a TypeScript step).
import type { FuseV1Config } from '@electron/fuses'

export declare const FUSES: Readonly<{
  RunAsNode: false
  EnableCookieEncryption: true
  EnableNodeOptionsEnvironmentVariable: false
  EnableNodeCliInspectArguments: false
  EnableEmbeddedAsarIntegrityValidation: true
  OnlyLoadAppFromAsar: true
}>
export declare function fuseConfig(platform?: string): FuseV1Config
export declare function electronBinaryPath(appOutDir: string, productFilename: string, platform: string, executableName?: string): string
export declare function flipAppFuses(binaryPath: string, platform?: string): Promise<number>
export default function afterPack(context: {
  appOutDir: string
  electronPlatformName: string
  packager: { appInfo: { productFilename: string }; executableName?: string }
}): Promise<void>
