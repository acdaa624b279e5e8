// @vitest-environment happy-dom
import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LibraryOpening, SLOW_OPEN_MS } from '../../../src/renderer/src/features/status/LibraryOpening'
import type { MeridianDb } from '../../../src/renderer/src/db/schema'
import { fakeApi } from '../helpers/factories'
import { renderWith, useComponentTestHygiene } from '../helpers/render'

useComponentTestHygiene()
beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** A database the test opens or fails by hand. */
function slowDb(isOpen = false) {
  const state = { isOpen, hasFailed: false }
  const db = { isOpen: () => state.isOpen, hasFailed: () => state.hasFailed } as unknown as MeridianDb
  return { db, settle: { resolve: () => void (state.isOpen = true), reject: () => void (state.hasFailed = true) } }
}

describe('LibraryOpening', () => {
  it('says why the panes are empty once opening takes longer than a second, and goes away when it is open', async () => {
    const { db, settle } = slowDb()
    renderWith(<LibraryOpening />, { db, api: fakeApi().api })
    await act(() => vi.advanceTimersByTimeAsync(SLOW_OPEN_MS - 10))
    expect(screen.queryByRole('status')).toBeNull()
    await act(() => vi.advanceTimersByTimeAsync(20))
    expect(screen.getByRole('status').textContent).toMatch(/Preparing your library/)
    settle.resolve()
    await act(() => vi.advanceTimersByTimeAsync(300))
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('stays silent when the database opens quickly, is already open, or fails (the failure is reported where data is read)', async () => {
    const quick = slowDb()
    const { unmount } = renderWith(<LibraryOpening />, { db: quick.db, api: fakeApi().api })
    quick.settle.resolve()
    await act(() => vi.advanceTimersByTimeAsync(SLOW_OPEN_MS * 2))
    expect(screen.queryByRole('status')).toBeNull()
    unmount()

    const open = slowDb(true)
    const second = renderWith(<LibraryOpening />, { db: open.db, api: fakeApi().api })
    await act(() => vi.advanceTimersByTimeAsync(SLOW_OPEN_MS * 2))
    expect(screen.queryByRole('status')).toBeNull()
    second.unmount()

    const failing = slowDb()
    renderWith(<LibraryOpening />, { db: failing.db, api: fakeApi().api })
    failing.settle.reject()
    await act(() => vi.advanceTimersByTimeAsync(SLOW_OPEN_MS * 2))
    expect(screen.queryByRole('status')).toBeNull()
  })
})
