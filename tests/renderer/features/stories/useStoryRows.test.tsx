// @vitest-environment happy-dom
// One row per story while the list re-renders for other reasons (a key press, a selection): the list hook hands a
// new list object on every render, and walking all its keys again each time cost ~1 s of j/k handling in a refresh.
import 'fake-indexeddb/auto'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MeridianDb } from '../../../../src/renderer/src/db/schema'
import { sortKeyOf } from '../../../../src/renderer/src/db/article-tags'
import type { ViewList } from '../../../../src/renderer/src/features/articles/usePagedList'
import { useStoryRows } from '../../../../src/renderer/src/features/stories/useStoryRows'
import { ServicesContext } from '../../../../src/renderer/src/lib/services'
import { dropDatabase, fakeApi, freshDb } from '../../helpers/factories'

let db: MeridianDb
beforeEach(() => {
  db = freshDb()
})
afterEach(async () => {
  await dropDatabase(db)
})

const keys = ['a', 'b', 'c', 'd'].map((id, i) => sortKeyOf(new Date(Date.UTC(2026, 10, 1, 12 - i)).toISOString(), id))
const listOf = (k: string[]): ViewList => ({ key: 'all', first: [], keys: k, total: k.length, hasMore: false, loadMore: () => {} })

describe('useStoryRows', () => {
  it('folds a story into its first row, and keeps that answer while only the list object changes', async () => {
    await db.storyMembers.bulkPut([
      { id: 'a', s: 'a' },
      { id: 'c', s: 'a' },
    ])
    const { api } = fakeApi()
    const wrapper = ({ children }: { children: ReactNode }) => <ServicesContext.Provider value={{ db, api }}>{children}</ServicesContext.Provider>
    const { result, rerender } = renderHook(({ list }) => useStoryRows(list), { wrapper, initialProps: { list: listOf(keys) } })
    await waitFor(() => expect(result.current.list?.keys).toEqual([keys[0], keys[1], keys[3]]))
    const shown = result.current.list?.keys
    expect(result.current.list?.total).toBe(3)
    rerender({ list: listOf(keys) }) // same keys array, new list object
    expect(result.current.list?.keys).toBe(shown)
    rerender({ list: listOf([...keys]) }) // new keys: walked again
    expect(result.current.list?.keys).not.toBe(shown)
    expect(result.current.list?.keys).toEqual(shown)
  })
})
