// A request with withImages: false (the reader's "Download images for offline reading" off) fetches the page
// and not one image, the feed's lead image included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DownloadQueue } from '../../../../src/main/core/downloads'
import { closeConnections } from '../../../../src/main/core/fetch-feed'
import { HostLimiter } from '../../../../src/main/core/host-limiter'
import type { ArticleContent } from '../../../../src/shared/model'
import { startFixtureServer, type FixtureServer } from '../../../helpers/fixture-server'
import { articlePage, makePng } from './test-pages'

let server: FixtureServer
beforeAll(async () => {
  server = await startFixtureServer()
  server.route('/a1', { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: articlePage({ title: 'Harbour plan', marker: 'FULLTEXT-A1', ogImage: '/img/lead.png', images: ['/img/one.png'] }) })
  for (const path of ['/img/lead.png', '/img/one.png', '/img/feed.png']) server.route(path, { headers: { 'Content-Type': 'image/png' }, body: makePng(20, 20) })
})
afterAll(async () => {
  closeConnections()
  await server.close()
})

describe('DownloadQueue without images', () => {
  it('downloads and extracts the page but requests no image', async () => {
    const events: ArticleContent[] = []
    const quiet = { info: () => {}, warn: () => {}, error: () => {} }
    const queue = new DownloadQueue({ limiter: new HostLimiter({ concurrency: 2, perHost: 2 }), emit: (c) => void events.push(c), log: quiet })
    queue.push([{ articleId: 'a1', feedId: 'f', url: server.url('/a1'), imageUrl: server.url('/img/feed.png'), withImages: false }])
    await queue.idle()
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ kind: 'extracted', images: [] })
    expect(server.requests.map((r) => r.path)).toEqual(['/a1'])
  })
})
