// Maps a URL path to a file under the renderer root, for the browser-mode server and Electron's app:// protocol
// alike: malformed percent-encoding is the client's error (400), anything leaving the root is refused (403).
import { join, normalize, resolve, sep } from 'node:path'

export type StaticPath = { ok: true; file: string } | { ok: false; status: 400 | 403 }

export function resolveStaticPath(root: string, pathname: string): StaticPath {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { ok: false, status: 400 } // "%E0%A4%A" or "%zz": URIError, which used to surface as a 500
  }
  if (decoded.includes('\0')) return { ok: false, status: 400 }
  // A backslash is a separator on Windows only: refused everywhere, so the check does not depend on the OS.
  if (decoded.includes('\\')) return { ok: false, status: 403 }
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '')
  const base = resolve(root)
  const file = normalize(join(base, relative))
  if (!file.startsWith(base.endsWith(sep) ? base : base + sep)) return { ok: false, status: 403 }
  return { ok: true, file }
}
