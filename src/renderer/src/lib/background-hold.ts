// Background work yields to what the reader is looking at. After a large import the search indexer writes for
// minutes, and in Chromium every IndexedDB request of a database waits behind the write being committed: a one-row
// counter read took 0.2–1.7 s meanwhile (bench/map-bench.ts). A view whose every click reads (the map) takes a hold
// while it is open; background loops check isBackgroundHeld() between batches and wait while one is taken.
const holds = new Set<symbol>()

/** Takes a hold; call the returned function to release it (once). */
export function holdBackgroundWork(): () => void {
  const hold = Symbol('hold')
  holds.add(hold)
  return () => void holds.delete(hold)
}

export function isBackgroundHeld(): boolean {
  return holds.size > 0
}
