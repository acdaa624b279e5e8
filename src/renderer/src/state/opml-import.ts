// The OPML import the reader is watching: progress while it runs, the summary once it ended. UI state only;
// the feeds themselves are in the database.
import { create } from 'zustand'

/** What the summary lists: counts, and the addresses that were skipped (capped, for display). */
export interface OpmlImportSummary {
  added: number
  duplicates: string[]
  duplicateCount: number
  invalid: string[]
  invalidCount: number
  cancelled: boolean
}

type OpmlImportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; fileName: string; done: number; total: number }
  | { kind: 'done'; fileName: string; total: number; summary: OpmlImportSummary }
  | { kind: 'failed'; fileName: string; message: string }

interface OpmlImportState {
  status: OpmlImportStatus
  controller: AbortController | null
  begin(fileName: string, total: number): AbortSignal
  progress(done: number): void
  finish(summary: OpmlImportSummary): void
  fail(fileName: string, message: string): void
  /** Stops after the batch being written: what was written stays subscribed. */
  cancel(): void
  close(): void
}

export const useOpmlImport = create<OpmlImportState>()((set, get) => ({
  status: { kind: 'idle' },
  controller: null,
  begin(fileName, total) {
    get().controller?.abort()
    const controller = new AbortController()
    set({ status: { kind: 'running', fileName, done: 0, total }, controller })
    return controller.signal
  },
  progress(done) {
    const s = get().status
    if (s.kind === 'running') set({ status: { ...s, done } })
  },
  finish(summary) {
    const s = get().status
    if (s.kind === 'running') set({ status: { kind: 'done', fileName: s.fileName, total: s.total, summary }, controller: null })
  },
  fail: (fileName, message) => set({ status: { kind: 'failed', fileName, message }, controller: null }),
  cancel: () => get().controller?.abort(),
  close() {
    get().controller?.abort()
    set({ status: { kind: 'idle' }, controller: null })
  },
}))
