// Each story member's outlet key, kept from one summary read to the next until a commit touches its article, so a
// paced re-read of the list's story summaries reads only members it has not seen (db/README.md, "The farm in
// Chromium, session 18": one read per member was the cost, whatever the record's size). Must not import React.
// A member answered from here is not read, so the summaries' live query no longer observes it: `onEvicted` tells
// the view (useStorySummaries) to read again when a commit changes or deletes a member it holds.
import Dexie, { cmp, RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie'
import type { MeridianDb } from './rows/types'

/** Members kept at most; past it the cache starts again (a read more, nothing else is lost). */
const MAX_KEPT = 50_000

export interface OutletCache {
  get(id: string): string | undefined
  /** Starts a read: what it learns is kept by `keep` unless a commit touched that article meanwhile. */
  beginRead(): { keep(id: string, outlet: string): void; end(): void }
  /** Calls `listener` after a commit changed or deleted a kept member; returns the unsubscribe function. */
  onEvicted(listener: () => void): () => void
}

const caches = new WeakMap<MeridianDb, OutletCache>()

export function outletCacheOf(db: MeridianDb): OutletCache {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = openCache(db)))
  return cache
}

function openCache(db: MeridianDb): OutletCache {
  const part = `idb://${db.name}/articles/`
  const kept = new Map<string, string>()
  /** Per read under way: the articles commits touched since it began (`all` after a range, as a clear). */
  const reads = new Set<{ touched: Set<string>; all: boolean }>()
  const listeners = new Set<() => void>()

  const onMutated = (parts: ObservabilitySet) => {
    const tree = parts[part] as IntervalTree | undefined
    if (!tree) return
    let isEvicted = false
    for (const node of new RangeSet().add(tree)) {
      if (cmp(node.from, node.to) === 0) {
        const id = node.from as string
        for (const r of reads) r.touched.add(id)
        isEvicted = kept.delete(id) || isEvicted
        continue
      }
      for (const r of reads) r.all = true
      for (const id of [...kept.keys()]) {
        if (cmp(id, node.from) >= 0 && cmp(id, node.to) <= 0) isEvicted = kept.delete(id) || isEvicted
      }
    }
    if (isEvicted) for (const l of [...listeners]) l()
  }
  Dexie.on.storagemutated.subscribe(onMutated)
  db.on('close', () => Dexie.on.storagemutated.unsubscribe(onMutated))

  return {
    get: (id) => kept.get(id),
    beginRead() {
      const read = { touched: new Set<string>(), all: false }
      reads.add(read)
      return {
        keep(id, outlet) {
          if (read.all || read.touched.has(id)) return
          if (kept.size >= MAX_KEPT) kept.clear()
          kept.set(id, outlet)
        },
        end: () => void reads.delete(read),
      }
    },
    onEvicted(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
