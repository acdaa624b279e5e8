// Counts the page's IndexedDB work during a refresh: requests by kind and cursor steps, as the page makes them (each is a message to the browser process, whose backend does the work). A count, unlike CPU
// time, does not move with the machine's load, so two builds compare in one run each.
import type { Page } from 'playwright-core'

export interface IdbCounts {
  reads: number
  writes: number
  cursorSteps: number
}

/** Wraps IndexedDB's prototypes in the page (once) and zeroes the counts. */
export async function countIdb(page: Page): Promise<void> {
  await page.evaluate(() => {
    type W = typeof window & { __idb?: Record<string, number> }
    const w = window as W
    if (w.__idb) {
      for (const k of Object.keys(w.__idb)) w.__idb[k] = 0
      return
    }
    const c: Record<string, number> = { reads: 0, writes: 0, cursorSteps: 0 }
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
    wrap(IDBObjectStore.prototype, ['put', 'add', 'delete', 'clear'], () => void (c.writes += 1))
    // (IDBDatabase.prototype.transaction wrapped the same way counted nothing: Dexie's calls did not go through it.)
    wrap(IDBCursor.prototype, ['continue', 'advance', 'continuePrimaryKey'], () => void (c.cursorSteps += 1))
  })
}

export async function readIdbCounts(page: Page): Promise<IdbCounts> {
  return page.evaluate(() => ({ ...(window as typeof window & { __idb: IdbCounts }).__idb }))
}

export function idbLine(c: IdbCounts): string {
  return `IndexedDB from the click: requests ${c.reads} reads + ${c.writes} writes, cursor steps ${c.cursorSteps}`
}
