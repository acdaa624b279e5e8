import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { latestThrottle } from '../../../src/main/desktop/latest-throttle'

const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>) }
beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('latestThrottle', () => {
  it('passes the first value at once, then only the latest once per interval', () => {
    const seen: number[] = []
    const push = latestThrottle((v: number) => seen.push(v), 500, timers)
    for (let i = 1; i <= 1000; i++) push(i) // a burst of progress events
    expect(seen).toEqual([1])
    vi.advanceTimersByTime(500)
    expect(seen).toEqual([1, 1000])
    vi.advanceTimersByTime(5000)
    expect(seen).toEqual([1, 1000])
  })

  it('lets an urgent value through at once and drops the pending one', () => {
    const seen: string[] = []
    const push = latestThrottle((v: string) => seen.push(v), 500, timers, (v) => v === 'done')
    push('1/3')
    push('2/3')
    push('done')
    vi.advanceTimersByTime(1000)
    expect(seen).toEqual(['1/3', 'done'])
  })
})
