// Browser-mode server: static renderer, API calls over HTTP, events over SSE, and the loopback guards.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { request, type IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FeedResult } from '../../../src/shared/model'
import { startWebServer, type WebServer } from '../../../src/main/web/server'
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server'

let web: WebServer
let feeds: FixtureServer

beforeAll(async () => {
  const rendererDir = await mkdtemp(join(tmpdir(), 'meridian-renderer-'))
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Meridian</title>')
  feeds = await startFixtureServer({
    '/feed.xml': { headers: { 'Content-Type': 'application/rss+xml' }, body: '<rss version="2.0"><channel><title>Loop</title><item><title>Hello</title><guid>1</guid></item></channel></rss>' },
  })
  web = await startWebServer({ port: 0, rendererDir })
})
afterAll(async () => {
  await web.close()
  await feeds.close()
})

function call(method: string, args: unknown, headers: Record<string, string> = {}) {
  return fetch(`${web.url}/api/invoke/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(args) })
}

/** Raw request so the Host header and the path can be forged (fetch does not allow them). */
function rawRequest(path: string, host: string, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders }> {
  return new Promise((done, reject) => {
    const req = request({ host: '127.0.0.1', port: web.port, path, method, headers: { Host: host } }, (res) => {
      res.resume()
      done({ status: res.statusCode ?? 0, headers: res.headers })
    })
    req.on('error', reject)
    req.end()
  })
}
const rawGet = async (path: string, host: string) => (await rawRequest(path, host)).status

describe('browser-mode web server', () => {
  it('serves the renderer with a CSP and refuses path traversal', async () => {
    const res = await fetch(`${web.url}/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(await rawGet('/..%2f..%2fetc%2fpasswd', `127.0.0.1:${web.port}`)).toBe(403)
  })

  it('forbids framing on every response, errors and API calls included', async () => {
    const here = `127.0.0.1:${web.port}`
    const responses = await Promise.all([
      rawRequest('/', here),
      rawRequest('/missing.js', here),
      rawRequest('/', `evil.example:${web.port}`),
      rawRequest('/api/invoke/noSuchMethod', here, 'POST'),
      rawRequest('/', here, 'DELETE'),
      rawRequest('/%E0%A4%A', here),
    ])
    expect(responses.map((r) => r.status)).toEqual([200, 404, 421, 404, 405, 400])
    for (const { headers } of responses) {
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('answers malformed percent-encoding and odd request targets with 400, not 500', async () => {
    const here = `127.0.0.1:${web.port}`
    for (const path of ['/%', '/%zz', '/assets/%E0%A4%A.js', '/%C0%AF', '/a%00b.js', '//evil.example/index.html']) {
      expect([path, await rawGet(path, here)]).toEqual([path, 400])
    }
    expect(await rawGet('/index.html', here)).toBe(200)
  })

  it('refuses requests for another Host (DNS rebinding) and cross-origin calls', async () => {
    expect(await rawGet('/', `evil.example:${web.port}`)).toBe(421)
    const res = await call('refreshNow', [], { Origin: 'https://evil.example' })
    expect(res.status).toBe(403)
  })

  it('validates arguments and names what was wrong', async () => {
    const res = await call('setSubscriptions', [[{ id: 'a', url: 'file:///etc/passwd' }]])
    expect(res.status).toBe(200) // one bad entry is refused and reported, never the whole schedule
    expect((await res.json()).value.refused[0].reason).toContain('must be an http(s) URL')
    expect((await call('setSubscriptions', ['nope'])).status).toBe(400)
    expect((await call('noSuchMethod', [])).status).toBe(404)
    expect((await call('openExternal', ['javascript:alert(1)']).then((r) => r.json())).value).toMatchObject({ ok: false, error: { code: 'bad-url' } })
  })

  it('runs a refresh and streams the feed result over SSE', async () => {
    const controller = new AbortController()
    const events = await fetch(`${web.url}/api/events`, { signal: controller.signal })
    const reader = events.body!.getReader()
    const received = (async () => {
      let text = ''
      while (!text.includes('event: feed-result')) {
        const { value, done } = await reader.read()
        if (done) break
        text += new TextDecoder().decode(value)
      }
      while (!/event: feed-result\ndata: .*\n\n/.test(text)) text += new TextDecoder().decode((await reader.read()).value)
      return JSON.parse(/event: feed-result\ndata: (.*)\n\n/.exec(text)![1]!) as FeedResult
    })()
    expect((await call('setSubscriptions', [[{ id: 'loop', url: feeds.url('/feed.xml') }]])).status).toBe(200)
    expect((await call('refreshNow', [['loop']])).status).toBe(200)
    const result = await received
    controller.abort()
    expect(result).toMatchObject({ feedId: 'loop', kind: 'updated', feed: { title: 'Loop' } })
    expect(result.kind === 'updated' && result.articles.map((a) => a.title)).toEqual(['Hello'])
  })
})
