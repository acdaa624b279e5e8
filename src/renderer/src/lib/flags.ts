// Country flags as bundled SVG files (country-flag-icons, 3:2), one asset per country, loaded only when shown:
// emoji flags are missing on Windows and on many Linux installs. Nothing is fetched from the network.
import type { CountryCode } from '../../../shared/model'

const FILES = import.meta.glob<string>('../../../../node_modules/country-flag-icons/3x2/*.svg', { query: '?url&no-inline', import: 'default', eager: true })

const byCode = new Map<string, string>()
for (const [path, url] of Object.entries(FILES)) {
  const code = /\/([A-Z]{2})\.svg$/.exec(path)?.[1]
  if (code) byCode.set(code, url)
}

/** The URL of the country's flag, or undefined for a code without one. */
export function flagUrl(code: CountryCode): string | undefined {
  return byCode.get(code.toUpperCase())
}
