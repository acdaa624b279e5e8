// Hotlink-protected images: a 403 without Referer is retried once naming the article page, through the site's
// redirects; an image that still fails is skipped and the article arrives without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DownloadQueue } from '../../../../src/main/core/downloads'
import { closeConnections } from '../../../../src/main/core/fetch-feed'
import { HostLimiter } from '../../../../src/main/core/host-limiter'
import type { Logger } from '../../../../src/main/core/log'
import type { ArticleContent } from '../../../../src/shared/model'
import { startFixtureServer, type FixtureServer, type RecordedRequest } from '../../../helpers/fixture-server'
import { articlePage, makePng } from './test-pages'

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} }
const html = { 'Content-Type': 'text/html; charset=utf-8' }
let server: FixtureServer

/** The image only for requests whose Referer is the article page, as hotlink protection does. */
const guarded = (body: Buffer) => (req: RecordedRequest) =>
  req.headers.referer === server.url('/story') ? { headers: { 'Content-Type': 'image/png' }, body } : { status: 403, body: 'hotlinking forbidden' }

beforeAll(async () => {
  server = await startFixtureServer()
  server.route('/story', { headers: html, body: articlePage({ title: 'Guarded', marker: 'GUARDED', images: ['/img/guarded.png', '/img/moved.png', '/img/never.png'] }) })
  server.route('/img/guarded.png', guarded(makePng(12, 12)))
  server.route('/img/moved.png', (req) => (req.headers.referer === server.url('/story') ? { status: 302, headers: { Location: '/cdn/moved.png' } } : { status: 403 }))
  server.route('/cdn/moved.png', guarded(makePng(14, 14)))
  server.route('/img/never.png', { status: 403 })
})
afterAll(async () => {
  closeConnections()
  await server.close()
})

describe('hotlink-protected images', () => {
  it('asks without Referer first, then once with the article page, following redirects', async () => {
    const events: ArticleContent[] = []
    const queue = new DownloadQueue({ limiter: new HostLimiter({ concurrency: 4, perHost: 2 }), emit: (c) => void events.push(c), log: quiet })
    queue.push([{ articleId: 'g', feedId: 'f', url: server.url('/story') }])
    await queue.idle()
    const event = events[0]
    if (event?.kind !== 'extracted') throw new Error(`expected extracted, got ${JSON.stringify(event)}`)
    expect(event.images.map((i) => new URL(i.url).pathname)).toEqual(['/img/guarded.png', '/img/moved.png'])
    expect(event.images[1]!.bytes).toEqual(new Uint8Array(makePng(14, 14)))

    const tries = (path: string) => server.requests.filter((r) => r.path === path).map((r) => r.headers.referer ?? 'none')
    expect(tries('/img/guarded.png')).toEqual(['none', server.url('/story')])
    expect(tries('/cdn/moved.png')).toEqual([server.url('/story')]) // the Referer survives the redirect
    expect(tries('/img/never.png')).toEqual(['none', server.url('/story')]) // retried once, then given up
  })
})
