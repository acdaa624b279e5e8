import { describe, expect, it } from 'vitest'
import { insertSorted } from '../../../src/renderer/src/features/articles/insert-sorted'
import { idsAfter, neighbourId, publishListKeys } from '../../../src/renderer/src/features/articles/list-navigation'

const k = (day: number, id: string) => `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z|${id}`

describe('list navigation', () => {
  it('finds neighbours by id, starting from the top when nothing is open', () => {
    publishListKeys([k(5, 'e'), k(4, 'd|x'), k(3, 'c')])
    expect(neighbourId(null, 1)).toBe('e')
    expect(neighbourId('e', 1)).toBe('d|x') // ids may contain the separator
    expect(neighbourId('d|x', -1)).toBe('e')
    expect(neighbourId('c', 1)).toBeUndefined()
    expect(neighbourId('gone', 1)).toBe('e')
    expect(idsAfter('e', 1)).toEqual(['d|x', 'c'])
  })

  it('puts a sortKey back in its place, newest or oldest first', () => {
    expect(insertSorted([k(5, 'e'), k(3, 'c')], k(4, 'd'), true)).toEqual([k(5, 'e'), k(4, 'd'), k(3, 'c')])
    expect(insertSorted([k(3, 'c'), k(5, 'e')], k(4, 'd'), false)).toEqual([k(3, 'c'), k(4, 'd'), k(5, 'e')])
    expect(insertSorted([], k(4, 'd'), true)).toEqual([k(4, 'd')])
  })
})
