// `l` asks the open article's label picker to open: a counter the reader's Labels button watches.
import { create } from 'zustand'

export const useLabelRequest = create<{ asked: number; ask(): void }>()((set) => ({
  asked: 0,
  ask: () => set((s) => ({ asked: s.asked + 1 })),
}))
