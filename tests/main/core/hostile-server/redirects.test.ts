// Hostile redirects: loops, and hops to other schemes (file:, ftp:, data:) that must never be followed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeConnections } from '../../../../src/main/core/fetch-feed'
import type { Subscription } from '../../../../src/shared/model'
import { startFixtureServer, type FixtureServer } from '../../../helpers/fixture-server'
import { addGoodFeeds, errorOf, goodFeedsMissed, pollOnce, type PollRun } from './harness'

let server: FixtureServer
let good: Subscription[]
beforeAll(async () => {
  server = await startFixtureServer()
  good = addGoodFeeds(server)
})
afterAll(async () => {
  closeConnections()
  await server.close()
})

async function pollHostile(path: string): Promise<PollRun> {
  const run = await pollOnce([...good, { id: 'hostile', url: server.url(path) }], { fetchOptions: { timeoutMs: 3000 } })
  expect(goodFeedsMissed(run, good)).toEqual([])
  expect(run.ms).toBeLessThan(5000)
  return run
}

describe('redirects', () => {
  it('gives up on a redirect loop after 5 hops', async () => {
    server.route('/loop-a', { status: 302, headers: { location: '/loop-b' } })
    server.route('/loop-b', { status: 301, headers: { location: '/loop-a' } })
    server.requests.length = 0
    const run = await pollHostile('/loop-a')
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'http', message: expect.stringContaining('Too many redirects') })
    expect(server.requests.filter((r) => r.path.startsWith('/loop-')).length).toBe(6)
  })

  it.each([
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://127.0.0.1/feed.xml'],
    ['data:', 'data:application/rss+xml,<rss version="2.0"><channel><title>data</title></channel></rss>'],
    ['javascript:', 'javascript:alert(1)'],
  ])('refuses a redirect to %s', async (_scheme, location) => {
    server.route('/to-scheme', { status: 302, headers: { location } })
    const run = await pollHostile('/to-scheme')
    expect(errorOf(run, 'hostile')).toMatchObject({ code: 'bad-url', message: expect.stringContaining('only http and https are supported') })
  })

  it('refuses a permanent redirect to a 10,000-character URL, which would be stored as the feed URL', async () => {
    server.route('/to-long', { status: 301, headers: { location: `/feed?${'q'.repeat(10_000)}` } })
    const run = await pollHostile('/to-long')
    const error = errorOf(run, 'hostile')
    expect(error).toMatchObject({ code: 'http', message: expect.stringContaining('Location is 100') })
    expect(error!.message.length).toBeLessThan(300)
    expect(run.results.get('hostile')!.http.url).toBe(server.url('/to-long'))
  })
})
