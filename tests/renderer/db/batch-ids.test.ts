import { afterEach, describe, expect, it, vi } from 'vitest'
import { newBatchId } from '../../../src/renderer/src/db/search-postings'

// Queue rows are keyed by batch id and posted in key order, so ids made one after another must sort that way,
// also within one millisecond (two re-tags written back to back) and when the clock steps back.
describe('newBatchId', () => {
  afterEach(() => vi.restoreAllMocks())

  const isIncreasing = (ids: string[]) => ids.every((id, i) => i === 0 || ids[i - 1] < id)

  it('sorts in the order made within one millisecond', () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 11, 7, 22, 0, 0))
    const ids = Array.from({ length: 2000 }, () => newBatchId())
    expect(isIncreasing(ids)).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('keeps sorting in the order made when the clock moves on or steps back', () => {
    const clock = vi.spyOn(Date, 'now')
    const times = [5, 5, 6, 3, 3, 9, 1].map((s) => Date.UTC(2026, 11, 8, 0, 0, s))
    const ids = times.map((t) => {
      clock.mockReturnValue(t)
      return newBatchId()
    })
    expect(isIncreasing(ids)).toBe(true)
  })
})
