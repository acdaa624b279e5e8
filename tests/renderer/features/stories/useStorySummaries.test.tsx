// @vitest-environment happy-dom
// The list's story summaries while bursts land: a change of the stories in view waits for the query's paced re-read
// (in the farm's first refresh these reads were three quarters of the page's article reads), and is read at once
// when no burst is landing or once the bursts stop.
import 'fake-indexeddb/auto'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { articleTables, writeArticles } from '../../../../src/renderer/src/db/article-tags'
import { BURST_QUIET_MS, LARGE_IMPORT_ARTICLES, noteIngestBurst } from '../../../../src/renderer/src/db/paced-live-query'
import type { MeridianDb, StoredArticle } from '../../../../src/renderer/src/db/schema'
import { useStorySummaries } from '../../../../src/renderer/src/features/stories/useStorySummaries'
import { ServicesContext } from '../../../../src/renderer/src/lib/services'
import { dropDatabase, fakeApi, freshDb } from '../../helpers/factories'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
let db: MeridianDb

/** A stored article of story `s` from feed `feedId` (outlet `outlet`), with its story member row. */
async function storeMember(id: string, s: string, feedId: string, outlet?: string): Promise<void> {
  const a = { id, feedId, url: `https://x.test/${id}`, title: id, publishedAt: '2026-11-01T09:00:00.000Z', sortKey: `2026-11-01T09:00:00.000Z|${id}`, countries: [], topics: [], isRead: 0, isStarred: 0, firstSeenAt: 0, storyId: s, ...(outlet && { outletCountry: outlet }) } as unknown as StoredArticle
  await db.transaction('rw', [...articleTables(db), db.storyMembers], async () => {
    await writeArticles(db, [{ after: a }])
    await db.storyMembers.put({ id, s })
  })
}

beforeEach(async () => {
  db = freshDb()
  await storeMember('a1', 'a1', 'f1', 'FR')
  await storeMember('a2', 'a1', 'f2', 'DE')
  await storeMember('b1', 'b1', 'f1', 'FR')
  await storeMember('b2', 'b1', 'f3', 'FR')
  await storeMember('b3', 'b1', 'f4')
})
afterEach(async () => {
  noteIngestBurst(-Infinity) // no burst carries over to the next test
  await dropDatabase(db)
})

function renderSummaries(storiesKey: string) {
  const { api } = fakeApi()
  const wrapper = ({ children }: { children: ReactNode }) => <ServicesContext.Provider value={{ db, api }}>{children}</ServicesContext.Provider>
  return renderHook(({ key }) => useStorySummaries(key), { wrapper, initialProps: { key: storiesKey } })
}

describe('useStorySummaries', () => {
  it('counts each story’s sources and outlet countries (a feed without one counts as its own)', async () => {
    const { result } = renderSummaries('a1\nb1')
    await waitFor(() => expect(result.current?.size).toBe(2))
    expect(Object.fromEntries(result.current ?? [])).toEqual({ a1: { sources: 2, countries: 2 }, b1: { sources: 3, countries: 2 } })
  })

  it('reads a change of the stories in view at once while no burst is landing', async () => {
    const { result, rerender } = renderSummaries('a1')
    await waitFor(() => expect([...(result.current?.keys() ?? [])]).toEqual(['a1']))
    rerender({ key: 'a1\nb1' })
    await waitFor(() => expect([...(result.current?.keys() ?? [])].sort()).toEqual(['a1', 'b1']))
  })

  it('while bursts land, holds a change for the next re-read, and reads it once the bursts stop', async () => {
    const { result, rerender } = renderSummaries('a1')
    await waitFor(() => expect([...(result.current?.keys() ?? [])]).toEqual(['a1']))
    noteIngestBurst(performance.now(), LARGE_IMPORT_ARTICLES)
    rerender({ key: 'a1' }) // the train begins: one query for the whole train, which reads at once
    await sleep(100)
    rerender({ key: 'a1\nb1' })
    await sleep(400)
    expect([...(result.current?.keys() ?? [])]).toEqual(['a1']) // held: no read for the change alone
    noteIngestBurst(-Infinity) // the bursts stopped
    await waitFor(() => expect([...(result.current?.keys() ?? [])].sort()).toEqual(['a1', 'b1']))
  })

  it('holds a change through a large import’s pause longer than a burst train’s', async () => {
    const { result, rerender } = renderSummaries('a1')
    await waitFor(() => expect([...(result.current?.keys() ?? [])]).toEqual(['a1']))
    noteIngestBurst(performance.now() - BURST_QUIET_MS - 100, LARGE_IMPORT_ARTICLES) // paused, the import not over
    rerender({ key: 'a1' })
    await sleep(100)
    rerender({ key: 'a1\nb1' })
    await sleep(400)
    expect([...(result.current?.keys() ?? [])]).toEqual(['a1'])
    noteIngestBurst(-Infinity)
    await waitFor(() => expect([...(result.current?.keys() ?? [])].sort()).toEqual(['a1', 'b1']))
  })

  it('while bursts land, a commit’s re-read takes the stories in view then', async () => {
    const { result, rerender } = renderSummaries('a1')
    await waitFor(() => expect([...(result.current?.keys() ?? [])]).toEqual(['a1']))
    noteIngestBurst(performance.now(), 10)
    rerender({ key: 'a1\nb1' })
    const keepLanding = setInterval(() => noteIngestBurst(performance.now(), 10), 100)
    try {
      await storeMember('b4', 'b1', 'f5', 'GB')
      await waitFor(() => expect(result.current?.get('b1')).toEqual({ sources: 4, countries: 3 }), { timeout: 4000 })
    } finally {
      clearInterval(keepLanding)
    }
  })
})
