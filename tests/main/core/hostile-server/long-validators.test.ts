// Issue 16 item 1: one feed's over-long ETag or Last-Modified must never stop the other feeds being polled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeConnections } from '../../../../src/main/core/fetch-feed'
import { startFixtureServer, type FixtureServer } from '../../../helpers/fixture-server'
import { addGoodFeeds, goodFeed, pollOnce, scheduleAfter } from './harness'

let server: FixtureServer
beforeAll(async () => {
  server = await startFixtureServer()
})
afterAll(async () => {
  closeConnections()
  await server.close()
})

const longEtag = `"${'e'.repeat(4998)}"`
const longDate = `Tue, 01 Dec 2026 10:00:00 GMT${';x'.repeat(2050)};` // 4,130 characters

describe('a server sending a 5,000-character ETag and a 4,130-character Last-Modified', () => {
  it('is polled without them, and every feed is still polled on the next round and after a restart', async () => {
    server.route('/long.xml', { headers: { 'content-type': 'application/rss+xml', etag: longEtag, 'last-modified': longDate }, body: goodFeed('long') })
    const good = addGoodFeeds(server)
    const subs = [...good, { id: 'long', url: server.url('/long.xml') }]

    const first = await pollOnce(subs)
    expect([...first.results.values()].map((r) => [r.feedId, r.kind]).sort()).toEqual(subs.map((s) => [s.id, 'updated']).sort())
    const stored = first.results.get('long')!.http.validators
    expect(stored?.etag?.length).toBeUndefined() // dropped whole: a cut ETag would never match
    expect(stored?.lastModified?.length).toBeUndefined()
    expect(stored?.contentHash).toMatch(/^[0-9a-f]{40}$/)

    // The renderer stores the results and hands the schedule back (a new round, or the app's next start).
    server.requests.length = 0
    const second = await pollOnce(scheduleAfter(subs, first))
    expect(second.refused).toEqual([])
    expect(new Set(server.requests.map((r) => r.path))).toEqual(new Set(subs.map((s) => new URL(s.url).pathname)))
    expect([...second.results.keys()].sort()).toEqual(subs.map((s) => s.id).sort())
  })

  it('does not stop polling when validators stored before the fix are over-long (a restart with old state)', async () => {
    const good = addGoodFeeds(server)
    server.route('/long.xml', { headers: { 'content-type': 'application/rss+xml' }, body: goodFeed('long') })
    const oldState = [...good, { id: 'long', url: server.url('/long.xml'), validators: { etag: longEtag, lastModified: longDate } }]
    server.requests.length = 0
    const run = await pollOnce(oldState)
    expect(run.refused).toEqual([])
    expect([...run.results.values()].every((r) => r.kind === 'updated')).toBe(true)
    expect(run.results.size).toBe(oldState.length)
    const longRequest = server.requests.find((r) => r.path === '/long.xml')!
    expect(longRequest.headers['if-none-match']).toBeUndefined()
  })

  it('refuses and reports only the one bad entry of a schedule, polling the rest', async () => {
    const good = addGoodFeeds(server)
    const run = await pollOnce([good[0], { id: 'bad', url: 'file:///etc/passwd' }, 'not an entry', ...good.slice(1)])
    expect(run.refused).toEqual([
      { index: 1, id: 'bad', reason: expect.stringContaining('subscriptions[1].url must be an http(s) URL') as string },
      { index: 2, reason: 'subscriptions[2] must be an object' },
    ])
    expect([...run.results.keys()].sort()).toEqual(good.map((s) => s.id).sort())
  })
})
