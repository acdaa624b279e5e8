import { describe, expect, it } from 'vitest'
import { HostLimiter } from '../../../src/main/core/host-limiter'

/** A job that holds its slot until release(name) is called; records start order. */
function makeJobs(limiter: HostLimiter) {
  const started: string[] = []
  const releases = new Map<string, () => void>()
  const push = (host: string, name: string, isUrgent = false) =>
    limiter.push(
      host,
      (release) => {
        started.push(name)
        releases.set(name, release)
      },
      isUrgent,
    )
  const release = (name: string) => releases.get(name)!()
  return { started, push, release }
}

describe('HostLimiter', () => {
  it('starts urgent jobs (feed polls) before older ordinary ones (article pages), each in push order', () => {
    const limiter = new HostLimiter({ concurrency: 1, perHost: 2 })
    const jobs = makeJobs(limiter)
    jobs.push('a.example', 'page1')
    jobs.push('b.example', 'page2')
    jobs.push('c.example', 'page3')
    jobs.push('d.example', 'poll1', true)
    jobs.push('e.example', 'poll2', true)
    for (const name of ['page1', 'poll1', 'poll2', 'page2']) jobs.release(name)
    expect(jobs.started).toEqual(['page1', 'poll1', 'poll2', 'page2', 'page3'])
  })

  it('lets an ordinary job go ahead while the urgent ones wait for their saturated host', () => {
    const limiter = new HostLimiter({ concurrency: 2, perHost: 1 })
    const jobs = makeJobs(limiter)
    jobs.push('feeds.example', 'poll1', true)
    jobs.push('feeds.example', 'poll2', true)
    jobs.push('pages.example', 'page1')
    expect(jobs.started).toEqual(['poll1', 'page1'])
    jobs.release('poll1')
    expect(jobs.started).toEqual(['poll1', 'page1', 'poll2'])
  })

  it('takes a new global cap: a raise starts waiting jobs at once, a cut lets running ones finish', () => {
    const limiter = new HostLimiter({ concurrency: 1, perHost: 5 })
    const jobs = makeJobs(limiter)
    for (const n of ['a', 'b', 'c', 'd']) jobs.push(`${n}.example`, n)
    expect(jobs.started).toEqual(['a'])
    limiter.setConcurrency(3)
    expect(jobs.started).toEqual(['a', 'b', 'c'])
    limiter.setConcurrency(1)
    jobs.release('a')
    jobs.release('b')
    expect(jobs.started).toEqual(['a', 'b', 'c']) // c still holds the one slot
    jobs.release('c')
    expect(jobs.started).toEqual(['a', 'b', 'c', 'd'])
    expect(() => limiter.setConcurrency(0)).toThrow()
  })

  it('starts at most `concurrency` jobs, then the next one synchronously on release', () => {
    const limiter = new HostLimiter({ concurrency: 2, perHost: 5 })
    const jobs = makeJobs(limiter)
    for (const n of ['a', 'b', 'c', 'd']) jobs.push(`${n}.example`, n)
    expect(jobs.started).toEqual(['a', 'b'])
    expect(limiter.queued).toBe(2)
    jobs.release('a')
    expect(jobs.started).toEqual(['a', 'b', 'c'])
    expect(limiter.active).toBe(2)
  })

  it('skips a saturated host instead of blocking the queue behind it', () => {
    const limiter = new HostLimiter({ concurrency: 4, perHost: 2 })
    const jobs = makeJobs(limiter)
    for (const n of ['s1', 's2', 's3', 's4']) jobs.push('slow.example', n)
    jobs.push('fast.example', 'f1')
    expect(jobs.started).toEqual(['s1', 's2', 'f1'])
    jobs.release('s1')
    expect(jobs.started).toEqual(['s1', 's2', 'f1', 's3'])
  })

  it('starts the longest-waiting job among hosts with a free slot, and keeps count of what waits', () => {
    const limiter = new HostLimiter({ concurrency: 1, perHost: 1 })
    const jobs = makeJobs(limiter)
    for (const [host, n] of [['a', 'a1'], ['b', 'b1'], ['a', 'a2'], ['c', 'c1'], ['b', 'b2']]) jobs.push(`${host}.example`, n!)
    expect(limiter.queued).toBe(4)
    for (const n of ['a1', 'b1', 'a2', 'c1']) jobs.release(n)
    expect(jobs.started).toEqual(['a1', 'b1', 'a2', 'c1', 'b2'])
    expect(limiter.queued).toBe(0)
  })

  it('frees the slot of a job that throws, and passes the error to the caller', () => {
    const limiter = new HostLimiter({ concurrency: 1, perHost: 1 })
    const jobs = makeJobs(limiter)
    expect(() =>
      limiter.push('h', () => {
        throw new Error('boom')
      }),
    ).toThrow('boom')
    jobs.push('h', 'next')
    expect(jobs.started).toEqual(['next'])
  })

  it('ignores a second release of the same job', () => {
    const limiter = new HostLimiter({ concurrency: 2, perHost: 2 })
    const jobs = makeJobs(limiter)
    for (const n of ['a', 'b', 'c', 'd']) jobs.push('h', n)
    jobs.release('a')
    jobs.release('a')
    expect(jobs.started).toEqual(['a', 'b', 'c'])
    expect(limiter.active).toBe(2)
  })

  it('clear() drops queued jobs but not running ones', () => {
    const limiter = new HostLimiter({ concurrency: 1, perHost: 1 })
    const jobs = makeJobs(limiter)
    jobs.push('h', 'a')
    jobs.push('h', 'b')
    limiter.clear()
    expect(limiter.queued).toBe(0)
    expect(limiter.active).toBe(1)
  })

  it.each([0, -1, 1.5, Number.NaN])('rejects a limit of %s', (n) => {
    expect(() => new HostLimiter({ concurrency: n, perHost: 1 })).toThrow(/concurrency must be a positive integer/)
  })
})
