// The app:// protocol in plain Node: exact origin checks (isAppUrl) and the file server behind protocol.handle.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { APP_INDEX_URL, isAppUrl, serveAppRequest } from '../../src/main/app-protocol'

describe('isAppUrl', () => {
  it('accepts exactly the app:// origin in the packaged app', () => {
    expect(isAppUrl(APP_INDEX_URL, '')).toBe(true)
    expect(isAppUrl('app://meridian/assets/index.js?v=1#x', '')).toBe(true)
    expect(isAppUrl('APP://MERIDIAN/index.html', '')).toBe(true)
  })

  it.each([
    'file:///opt/meridian/out/renderer/index.html',
    'file:///home/evil/out/renderer/x.html',
    'app://other/index.html',
    'app://meridian:8080/index.html',
    'app://meridian.evil.example/index.html',
    'app://user@meridian/index.html',
    'https://meridian/index.html',
    'http://localhost:5173/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url, '')).toBe(false)
  })

  it('in development, accepts only the dev server origin itself, not URLs that merely start like it', () => {
    const dev = 'http://localhost:5173'
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false)
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false)
    expect(isAppUrl('http://localhost:5173@evil.example/', dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false)
    expect(isAppUrl(APP_INDEX_URL, dev)).toBe(false)
  })
})

describe('serveAppRequest', () => {
  let root: string
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'meridian-protocol-'))
    root = join(dir, 'renderer')
    await mkdir(join(root, 'assets'), { recursive: true })
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Meridian</title>')
    await writeFile(join(root, 'assets', 'main.js'), 'export {}')
    await writeFile(join(dir, 'secret.txt'), 'outside the root')
  })
  const get = (url: string, method = 'GET') => serveAppRequest(new Request(url, { method }), root)

  it('serves files under the root with the security headers', async () => {
    const res = await get('app://meridian/')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<title>Meridian</title>')
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    const js = await get('app://meridian/assets/main.js')
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('refuses path traversal, malformed encoding, other hosts and methods', async () => {
    // new Request() normalizes plain "../" away, as Chromium does; encoded separators reach the handler.
    const cases: [string, number][] = [
      ['app://meridian/..%2fsecret.txt', 403],
      ['app://meridian/assets%2f..%2f..%2fsecret.txt', 403],
      ['app://meridian/..%5csecret.txt', 403],
      ['app://meridian/%E0%A4%A', 400],
      ['app://meridian/a%00.js', 400],
      ['app://elsewhere/index.html', 404],
      ['app://meridian/missing.js', 404],
    ]
    for (const [url, status] of cases) {
      const res = await get(url)
      expect([url, res.status]).toEqual([url, status])
      expect(await res.text()).not.toContain('outside the root')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
    }
    expect((await get('app://meridian/index.html', 'POST')).status).toBe(405)
  })
})
