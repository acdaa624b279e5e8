// Counts the page's IndexedDB work during a refresh: requests by kind and cursor steps, as the page makes them (each is a message to the browser process, whose backend does the work). A count, unlike CPU
// time, does not move with the machine's load, so two builds compare in one run each.
import type { Page } from 'playwright-core'

export interface IdbCounts {
  reads: number
  writes: number
  cursorSteps: number
  /** Writes by object store: which derived rows an article costs (db/README.md, "The farm in Chromium, session 16"). */
  writesByStore: Record<string, number>
}

/** Wraps IndexedDB's prototypes in the page (once) and zeroes the counts. */
export async function countIdb(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Counts = { reads: number; writes: number; cursorSteps: number; writesByStore: Record<string, number> }
    type W = typeof window & { __idb?: Counts }
    const w = window as W
    if (w.__idb) {
      Object.assign(w.__idb, { reads: 0, writes: 0, cursorSteps: 0, writesByStore: {} })
      return
    }
    const c: Counts = { reads: 0, writes: 0, cursorSteps: 0, writesByStore: {} }
    w.__idb = c
    const wrap = (proto: object, names: string[], bump: (self: unknown, args: unknown[]) => void) => {
      for (const name of names) {
        const p = proto as Record<string, (...a: unknown[]) => unknown>
        const real = p[name]
        if (typeof real !== 'function') continue
        p[name] = function (this: unknown, ...args: unknown[]) {
          bump(this, args)
          return real.apply(this, args)
        }
      }
    }
    const reads = ['get', 'getAll', 'getAllKeys', 'getKey', 'openCursor', 'openKeyCursor', 'count']
    wrap(IDBObjectStore.prototype, reads, () => void (c.reads += 1))
    wrap(IDBIndex.prototype, reads, () => void (c.reads += 1))
    wrap(IDBObjectStore.prototype, ['put', 'add', 'delete', 'clear'], (self) => {
      const store = (self as IDBObjectStore).name
      c.writes += 1
      c.writesByStore[store] = (c.writesByStore[store] ?? 0) + 1
    })
    // (IDBDatabase.prototype.transaction wrapped the same way counted nothing: Dexie's calls did not go through it.)
    wrap(IDBCursor.prototype, ['continue', 'advance', 'continuePrimaryKey'], () => void (c.cursorSteps += 1))
  })
}

export async function readIdbCounts(page: Page): Promise<IdbCounts> {
  return page.evaluate(() => ({ ...(window as typeof window & { __idb: IdbCounts }).__idb }))
}

export function idbLine(c: IdbCounts): string {
  const byStore = Object.entries(c.writesByStore ?? {}).sort((a, b) => b[1] - a[1]).map(([store, n]) => `${store} ${n}`).join(', ')
  return `IndexedDB from the click: requests ${c.reads} reads + ${c.writes} writes (${byStore}), cursor steps ${c.cursorSteps}`
}
