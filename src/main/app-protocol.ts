// The app:// protocol the packaged app loads from instead of file://: one origin (app://meridian) serving
// out/renderer read-only with the security headers, and the check that a URL belongs to the app.
// No electron import: window.ts hands these to protocol.handle, so they are tested in plain Node.
import { readFile } from 'node:fs/promises'
import { SECURITY_HEADERS } from './security-headers'
import { contentTypeOf } from './web/static-files'
import { resolveStaticPath } from './web/static-path'

export const APP_SCHEME = 'app'
const APP_HOST = 'meridian'
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/**
 * Standard (real origin, relative URLs, IndexedDB), secure (like https: for the web platform's checks), and
 * fetch/stream support for module scripts and blob images. For protocol.registerSchemesAsPrivileged.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
} as const

/** Scheme, host and port of an absolute URL, compared exactly; undefined when it does not parse or has a login. */
function originOf(url: string): string | undefined {
  try {
    const u = new URL(url)
    if (u.username || u.password) return undefined
    // URL.origin is "null" for schemes Node does not know (app:), so build it from the parts.
    return `${u.protocol}//${u.host.toLowerCase()}`
  } catch {
    return undefined
  }
}

/**
 * True when a frame's URL belongs to our own renderer: exactly the app:// origin, or in development exactly the
 * dev server's origin (ELECTRON_RENDERER_URL). A prefix test would let "http://localhost:5173.evil.example" in.
 */
export function isAppUrl(url: string | undefined, devUrl = process.env.ELECTRON_RENDERER_URL): boolean {
  if (!url) return false
  const origin = originOf(url)
  if (origin === undefined) return false
  if (devUrl) return origin === originOf(devUrl)
  return origin === APP_ORIGIN
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } })
}

/** Answers one app:// request from rootDir (out/renderer). Only GET/HEAD for the app's own host. */
export async function serveAppRequest(request: Request, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed')
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return plain(400, 'bad url')
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'not found')
  const resolved = resolveStaticPath(rootDir, url.pathname)
  if (!resolved.ok) return plain(resolved.status, resolved.status === 400 ? 'bad path' : 'forbidden')
  try {
    const body = await readFile(resolved.file)
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(resolved.file), 'Cache-Control': 'no-cache' }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
  } catch {
    return plain(404, 'not found')
  }
}
