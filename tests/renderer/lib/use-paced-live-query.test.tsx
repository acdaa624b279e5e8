// @vitest-environment happy-dom
// usePacedLiveQuery answers as useLiveQuery does (first answer, a re-read after a commit, the last answer kept while a
// new query loads, errors thrown to the boundary), its answers rendered as transitions.
import 'fake-indexeddb/auto'
import { renderHook, waitFor } from '@testing-library/react'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { usePacedLiveQuery } from '../../../src/renderer/src/lib/use-paced-live-query'

let db: Dexie
beforeEach(async () => {
  db = new Dexie(`paced-hook-${Math.random()}`)
  db.version(1).stores({ t: 'id, group' })
  await db.open()
})
afterEach(() => db.delete())

const countOf = (group: string) => db.table('t').where('group').equals(group).count()

describe('usePacedLiveQuery', () => {
  it('answers, re-reads after a commit, and keeps the last answer while a new query loads', async () => {
    await db.table('t').bulkPut([
      { id: 1, group: 'a' },
      { id: 2, group: 'b' },
      { id: 3, group: 'b' },
    ])
    const { result, rerender } = renderHook(({ group }) => usePacedLiveQuery(async () => ({ group, n: await countOf(group) }), [group]), { initialProps: { group: 'a' } })
    expect(result.current).toBeUndefined()
    await waitFor(() => expect(result.current).toEqual({ group: 'a', n: 1 }))
    await db.table('t').put({ id: 4, group: 'a' })
    await waitFor(() => expect(result.current).toEqual({ group: 'a', n: 2 }))
    rerender({ group: 'b' })
    expect(result.current).toEqual({ group: 'a', n: 2 }) // until b's first answer
    await waitFor(() => expect(result.current).toEqual({ group: 'b', n: 2 }))
  })

  it('starts from the default result', async () => {
    const { result } = renderHook(() => usePacedLiveQuery(() => countOf('a'), [], -1))
    expect(result.current).toBe(-1)
    await waitFor(() => expect(result.current).toBe(0))
  })

  it('throws a failed read to the error boundary', async () => {
    const { result } = renderHook(() => {
      try {
        return usePacedLiveQuery(() => Promise.reject(new Error('broken read')), [])
      } catch (err) {
        return err
      }
    })
    await waitFor(() => expect(result.current).toBeInstanceOf(Error))
    expect((result.current as Error).message).toBe('broken read')
  })
})
