// Serves the built renderer (out/renderer) read-only; paths cannot escape the root. The security headers are
// set by the caller on every response (server.ts).
import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { resolveStaticPath } from './static-path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

export function contentTypeOf(file: string): string {
  const dot = file.lastIndexOf('.')
  return (dot >= 0 && types[file.slice(dot).toLowerCase()]) || 'application/octet-stream'
}

export async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const resolved = resolveStaticPath(root, pathname)
  if (!resolved.ok) {
    res.writeHead(resolved.status, { 'Content-Type': 'text/plain' }).end(resolved.status === 400 ? 'bad path' : 'forbidden')
    return
  }
  try {
    const body = await readFile(resolved.file)
    res.writeHead(200, { 'Content-Type': contentTypeOf(resolved.file), 'Cache-Control': 'no-cache' })
    res.end(body)
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
  }
}
