// One shared, throttled read of a table for every watcher in the window: after a burst of commits to the table the
// read runs once (at most every 250 ms) and every watcher gets the same result. Dexie's liveQuery runs each
// subscriber's query after every commit, which at 10,000 feeds (or icons) meant a dozen full reads per stored batch.
import Dexie, { type ObservabilitySet } from 'dexie'
import type { MeridianDb } from './schema'

/** Least time between two reads: commits that come faster are answered together by the next read. A read that
 *  takes long (10,000 feeds read and sorted on a loaded machine) spaces the next ones further, so reading never
 *  takes more than a fifth of the thread. */
const MIN_READ_INTERVAL_MS = 250
const READ_SHARE = 5

export interface TableWatch<T> {
  /** Calls next with the result now (if known) and after changes; returns a stop function. */
  watch(next: (value: T) => void, onError: (err: unknown) => void): () => void
  /** The result watchers were last given, or undefined before the first read. */
  latest(): T | undefined
}

interface Watcher<T> {
  next(value: T): void
  onError(err: unknown): void
}

/** Per database, a watch of `table` whose reads run `read`. `keep(previous, next)` may answer `previous` to tell
 *  the watchers nothing changed (they are then not called), or reuse parts of it. */
export function sharedTableWatch<T>(table: string, read: (db: MeridianDb) => Promise<T>, keep: (previous: T | undefined, next: T) => T = (_, n) => n): (db: MeridianDb) => TableWatch<T> {
  const sources = new WeakMap<MeridianDb, TableWatch<T>>()
  return (db) => {
    let source = sources.get(db)
    if (!source) sources.set(db, (source = openWatch(db, table, read, keep, () => sources.delete(db))))
    return source
  }
}

function openWatch<T>(db: MeridianDb, table: string, read: (db: MeridianDb) => Promise<T>, keep: (previous: T | undefined, next: T) => T, onIdle: () => void): TableWatch<T> {
  const part = `idb://${db.name}/${table}/`
  const watchers = new Set<Watcher<T>>()
  let latest: T | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let isReading = false
  let isDirty = false
  let lastReadAt = -Infinity
  let interval = MIN_READ_INTERVAL_MS
  let isOpen = false

  const schedule = () => {
    if (isReading) isDirty = true
    else if (timer === undefined) timer = setTimeout(() => void readNow(), Math.max(0, lastReadAt + interval - performance.now()))
  }
  const readNow = async () => {
    timer = undefined
    isReading = true
    const startedAt = performance.now()
    try {
      const value = keep(latest, await read(db))
      if (isOpen && value !== latest) {
        latest = value
        for (const w of [...watchers]) w.next(value)
      }
    } catch (err) {
      if (isOpen) for (const w of [...watchers]) w.onError(err)
    } finally {
      isReading = false
      lastReadAt = performance.now()
      interval = Math.max(MIN_READ_INTERVAL_MS, READ_SHARE * (lastReadAt - startedAt))
      if (isDirty && isOpen) {
        isDirty = false
        schedule()
      }
    }
  }
  const onMutated = (parts: ObservabilitySet) => {
    if (part in parts) schedule()
  }
  const open = () => {
    isOpen = true
    Dexie.on.storagemutated.subscribe(onMutated)
    schedule()
  }
  const close = () => {
    isOpen = false
    clearTimeout(timer)
    timer = undefined
    Dexie.on.storagemutated.unsubscribe(onMutated)
    onIdle()
  }
  return {
    watch(next, onError) {
      const watcher = { next, onError }
      watchers.add(watcher)
      if (!isOpen) open()
      const known = latest
      if (known !== undefined) queueMicrotask(() => watchers.has(watcher) && watcher.next(known))
      return () => {
        watchers.delete(watcher)
        if (watchers.size === 0 && isOpen) close()
      }
    },
    latest: () => latest,
  }
}
