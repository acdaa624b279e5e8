// Counts the page's IndexedDB work during a refresh: requests by kind and cursor steps, as the page makes them (each is a message to the browser process, whose backend does the work). A count, unlike CPU
// time, does not move with the machine's load, so two builds compare in one run each.
import type { Page } from 'playwright-core'

export interface IdbCounts {
  reads: number
  writes: number
  cursorSteps: number
  /** Writes by object store: which derived rows an article costs (db/README.md, "The farm in Chromium, session 16"). */
  writesByStore: Record<string, number>
  /** Read requests by object store (an index's under its store's name): which views re-read during the refresh. */
  readsByStore: Record<string, number>
}

/** Wraps IndexedDB's prototypes in the page (once) and zeroes the counts. */
export async function countIdb(page: Page): Promise<void> {
  await page.evaluate((stacks) => {
    type Counts = { reads: number; writes: number; cursorSteps: number; writesByStore: Record<string, number>; readsByStore: Record<string, number> }
    type W = typeof window & { __idb?: Counts }
    const w = window as W
    if (w.__idb) {
      Object.assign(w.__idb, { reads: 0, writes: 0, cursorSteps: 0, writesByStore: {}, readsByStore: {} })
      return
    }
    const c: Counts = { reads: 0, writes: 0, cursorSteps: 0, writesByStore: {}, readsByStore: {} }
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
    const read = (store: string) => {
      c.reads += 1
      c.readsByStore[store] = (c.readsByStore[store] ?? 0) + 1
    }
    const byCaller: Record<string, number> | undefined = stacks ? {} : undefined
    if (byCaller) (c as Counts & { articleReadsByCaller?: Record<string, number> }).articleReadsByCaller = byCaller
    wrap(IDBObjectStore.prototype, reads, (self) => read((self as IDBObjectStore).name))
    // BENCH_IDB_STACKS: rows the articles table's bulkGet asks for, by the calling functions (a build with minify off
    // names them); IndexedDB's own requests come from Dexie's promise callbacks, whose stacks name no caller. The
    // story, list and counter tables' bulkGets are counted too, prefixed with their table's name (each row is a request).
    const BULK_READ_TABLES = ['articles', 'storyMembers', 'lists', 'counters']
    const table = (w as W & { __bench?: { db: { articles: object } } }).__bench?.db.articles
    if (byCaller && table) {
      wrap(Object.getPrototypeOf(table) as object, ['bulkGet'], (self, args) => {
        const name = (self as { name: string }).name
        if (!BULK_READ_TABLES.includes(name)) return
        const frames = (new Error().stack ?? '').split('\n').slice(2, 6).map((l) => /at (?:async )?([\w$.<>]+)/.exec(l)?.[1] ?? '?')
        const who = `${name === 'articles' ? '' : `${name}: `}${frames.join(' < ')}`
        byCaller[who] = (byCaller[who] ?? 0) + ((args[0] as unknown[] | undefined)?.length ?? 0)
      })
    }
    wrap(IDBIndex.prototype, reads, (self) => read((self as IDBIndex).objectStore.name))
    wrap(IDBObjectStore.prototype, ['put', 'add', 'delete', 'clear'], (self) => {
      const store = (self as IDBObjectStore).name
      c.writes += 1
      c.writesByStore[store] = (c.writesByStore[store] ?? 0) + 1
    })
    // (IDBDatabase.prototype.transaction wrapped the same way counted nothing: Dexie's calls did not go through it.)
    wrap(IDBCursor.prototype, ['continue', 'advance', 'continuePrimaryKey'], () => void (c.cursorSteps += 1))
  }, Boolean(process.env.BENCH_IDB_STACKS))
}

export async function readIdbCounts(page: Page): Promise<IdbCounts> {
  return page.evaluate(() => ({ ...(window as typeof window & { __idb: IdbCounts }).__idb }))
}

export function idbLine(c: IdbCounts): string {
  const byStore = (counts: Record<string, number> | undefined) => Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1]).map(([store, n]) => `${store} ${n}`).join(', ')
  const callers = (c as IdbCounts & { articleReadsByCaller?: Record<string, number> }).articleReadsByCaller
  const byCaller = callers ? `; article reads by caller: ${byStore(callers)}` : ''
  return `IndexedDB from the click: requests ${c.reads} reads (${byStore(c.readsByStore)}) + ${c.writes} writes (${byStore(c.writesByStore)}), cursor steps ${c.cursorSteps}${byCaller}`
}
