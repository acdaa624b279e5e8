// Browser mode carries image bytes over SSE as base64 ({ $base64 }), and the renderer's bridge turns them back
// into the same Uint8Array; a plain JSON.stringify would have sent {"0":137,...}.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebServer, type WebServer } from '../../../../src/main/web/server'
import { decodeBytes } from '../../../../src/renderer/src/lib/web-bridge'
import type { ArticleContent } from '../../../../src/shared/model'
import { makePng } from './test-pages'

const image = new Uint8Array(makePng(16, 16))
let web: WebServer
beforeAll(async () => {
  const rendererDir = await mkdtemp(join(tmpdir(), 'meridian-renderer-'))
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Meridian</title>')
  web = await startWebServer({
    port: 0,
    rendererDir,
    service: {
      downloads: {
        fetchPage: async (url) => ({ finalUrl: url, article: { readerable: true, contentHtml: '<p>x</p><img src="https://img.example/a.png">', wordCount: 1 } }),
        fetchImage: async (url) => ({ url, bytes: image, contentType: 'image/png' }),
        log: { info: () => {}, warn: () => {}, error: () => {} },
      },
    },
  })
})
afterAll(() => web.close())

/** Reads SSE frames until one of the named event arrives. */
async function nextEvent(res: Response, name: string): Promise<string> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) throw new Error('event stream ended')
    buffer += value
    for (const frame of buffer.split('\n\n')) {
      const match = new RegExp(`^event: ${name}\\ndata: (.*)$`, 's').exec(frame)
      if (match) {
        await reader.cancel()
        return match[1]!
      }
    }
  }
}

describe('article content over the browser-mode event stream', () => {
  it('sends image bytes as base64 that the web bridge decodes to the original bytes', async () => {
    const events = await fetch(`${web.url}/api/events`)
    const pending = nextEvent(events, 'article-content')
    const call = await fetch(`${web.url}/api/invoke/downloadArticles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify([[{ articleId: 'a', feedId: 'f', url: 'https://news.example/a' }]]),
    })
    expect(call.status).toBe(200)
    const data = await pending
    expect(data).toContain('"$base64":"')
    const content = JSON.parse(data, decodeBytes) as ArticleContent
    if (content.kind !== 'extracted') throw new Error('expected an extracted article')
    expect(content.images[0]!.bytes).toBeInstanceOf(Uint8Array)
    expect(content.images[0]!.bytes).toEqual(image)
    expect(data.length).toBeLessThan(image.length * 1.4 + 1000) // base64, not a JSON object per byte
  })
})
