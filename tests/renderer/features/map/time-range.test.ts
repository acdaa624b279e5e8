import { describe, expect, it } from 'vitest'
import type { View } from '../../../../src/renderer/src/db'
import { canTakeRange, rangeStart, viewInRange } from '../../../../src/renderer/src/features/map/time-range'

const now = new Date(2026, 11, 6, 15, 30) // 6 December 2026, 15:30 local time

describe('map time range', () => {
  it('starts at local midnight, 6 or 29 days back', () => {
    expect(new Date(rangeStart('today', now)).getTime()).toBe(new Date(2026, 11, 6).getTime())
    expect(new Date(rangeStart('7d', now)).getTime()).toBe(new Date(2026, 10, 30).getTime())
    expect(new Date(rangeStart('30d', now)).getTime()).toBe(new Date(2026, 10, 7).getTime())
  })

  it('narrows the whole library by the today scope bound, keeping filters and unread', () => {
    const all: View = { scope: { kind: 'all' }, countries: ['FR'], topics: ['economy-business-finance'] }
    expect(viewInRange(all, '7d', now)).toEqual({ ...all, scope: { kind: 'today', since: rangeStart('7d', now) }, unreadOnly: false })
    expect(viewInRange({ scope: { kind: 'unread' } }, 'today', now)).toEqual({ scope: { kind: 'today', since: rangeStart('today', now) }, unreadOnly: true })
    expect(viewInRange(all, 'all', now)).toBe(all)
  })

  it('leaves a feed, a folder, Starred and Today as they are: their scopes carry no date', () => {
    for (const view of [{ scope: { kind: 'feed', feedId: 'f' } }, { scope: { kind: 'starred' } }, { scope: { kind: 'today', since: 'x' } }] as View[]) {
      expect(canTakeRange(view)).toBe(false)
      expect(viewInRange(view, '30d', now)).toBe(view)
    }
  })
})
