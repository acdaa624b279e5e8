// The User-Agent every engine request sends. Version comes from package.json so releases never drift.
import pkg from '../../../package.json'

export const APP_VERSION: string = pkg.version

/** Identifies us to feed servers, with a link publishers can follow to find out who is polling. */
export const USER_AGENT = `Meridian/${APP_VERSION} (+https://github.com/meridian-reader)`
