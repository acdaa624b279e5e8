import { describe, expect, it } from 'vitest'
import { parseMessage } from '../../../src/renderer/src/lib/web-bridge'

describe('parseMessage (browser-mode messages)', () => {
  it('turns { $base64 } objects back into bytes', () => {
    const text = JSON.stringify({ articleId: 'a', images: [{ url: 'https://img.example/a.png', bytes: { $base64: Buffer.from([137, 80, 78, 71]).toString('base64') } }] })
    const parsed = parseMessage(text) as { images: Array<{ bytes: Uint8Array }> }
    expect(parsed.images[0].bytes).toBeInstanceOf(Uint8Array)
    expect([...parsed.images[0].bytes]).toEqual([137, 80, 78, 71])
  })

  it('reads a message without bytes as plain JSON, a title that mentions "$base64" included', () => {
    const result = { feedId: 'f', kind: 'updated', articles: [{ id: 'a1', title: 'What "$base64" means', categories: ['x'], n: 3, nested: { $base64: 7 } }] }
    expect(parseMessage(JSON.stringify(result))).toEqual(result)
    const plain = { feedId: 'f', kind: 'updated', articles: [{ id: 'a2', title: 'Geneva talks', countries: ['CH'] }] }
    expect(parseMessage(JSON.stringify(plain))).toEqual(plain)
  })
})
