// Runs inside Chromium (bundled by upgrade-candidates-profile.ts): raw IndexedDB timings of the ways an upgrade can build
// the list rows of a filled library — puts into a store that has the multiEntry index, puts into a store without it
// followed by `createIndex` in a versionchange, and bigger transactions — and of reading the articles by `getAll`
// pages or by cursors. Raw IndexedDB, so the figures compare what Chromium does, not Dexie's overheads.
import { listRowV23, type ListRowV23 } from '../../../src/renderer/src/db/migrations/frozen/list-rows-v23'
import { article, type Art } from './articles'

const req = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error)
  })
const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = tx.onabort = () => reject(tx.error)
  })

/** Opens `name` at `version`, running `upgrade` in its versionchange; resolves with the database and how long the
 *  open took (the versionchange included: what a reader waits for). */
function openAt(name: string, version: number, upgrade: (db: IDBDatabase, tx: IDBTransaction) => void): Promise<{ db: IDBDatabase; ms: number }> {
  const t0 = performance.now()
  const r = indexedDB.open(name, version)
  r.onupgradeneeded = () => upgrade(r.result, r.transaction!)
  return req(r).then((db) => ({ db, ms: performance.now() - t0 }))
}

const ARTICLES = 'cand-upgrade-articles'
let articlesDb: IDBDatabase | undefined

async function seedArticles(n: number): Promise<number> {
  await req(indexedDB.deleteDatabase(ARTICLES))
  const { db } = await openAt(ARTICLES, 1, (d) => {
    const s = d.createObjectStore('articles', { keyPath: 'id' })
    s.createIndex('feedId', 'feedId')
    s.createIndex('feedUrl', ['feedId', 'url'])
    s.createIndex('readAt', 'readAt')
  })
  articlesDb = db
  const t0 = performance.now()
  for (let i = 0; i < n; i += 2000) {
    const tx = db.transaction('articles', 'readwrite')
    const store = tx.objectStore('articles')
    for (let j = i; j < Math.min(n, i + 2000); j++) store.put(article(j))
    await done(tx)
  }
  return performance.now() - t0
}

/** Reads every article in key order, `page` at a time, each page in its own transaction (as a data step does). */
async function readAll(mode: 'getAll' | 'cursor', page: number, onPage: (rows: Art[]) => void): Promise<number> {
  const db = articlesDb!
  const t0 = performance.now()
  let last: string | undefined
  for (;;) {
    const tx = db.transaction('articles', 'readonly')
    const store = tx.objectStore('articles')
    const range = last === undefined ? undefined : IDBKeyRange.lowerBound(last, true)
    const rows = mode === 'getAll' ? ((await req(store.getAll(range, page))) as Art[]) : await cursorPage(store, range, page)
    onPage(rows)
    if (rows.length < page) break
    last = rows[rows.length - 1].id
  }
  return performance.now() - t0
}

function cursorPage(store: IDBObjectStore, range: IDBKeyRange | undefined, page: number): Promise<Art[]> {
  return new Promise((resolve, reject) => {
    const rows: Art[] = []
    const r = store.openCursor(range)
    r.onerror = () => reject(r.error)
    r.onsuccess = () => {
      const c = r.result
      if (!c) return resolve(rows)
      rows.push(c.value as Art)
      if (rows.length === page) resolve(rows)
      else c.continue()
    }
  })
}

let rows: ListRowV23[] = []
const byKey = (a: ListRowV23, b: ListRowV23) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0)

export interface WriteVariant {
  name: string
  /** The store has the multiEntry index while rows are put; otherwise `finishLists` adds it in a versionchange. */
  indexFirst: boolean
  batch: number
  /** Rows in their own key (time) order across batches; otherwise in article id order, as a walk of the articles. */
  inKeyOrder: boolean
  durability: IDBTransactionDurability
}

const open = new Map<string, IDBDatabase>()

/** A fresh database for a variant's list rows. */
async function openLists(v: WriteVariant): Promise<void> {
  await req(indexedDB.deleteDatabase(v.name))
  const { db } = await openAt(v.name, 1, (d) => {
    const s = d.createObjectStore('lists', { keyPath: 's' })
    if (v.indexFirst) s.createIndex('k', 'k', { multiEntry: true })
  })
  open.set(v.name, db)
}

/** Puts the variant's rows [from, from + n) (in its order), `batch` per transaction; returns ms. Variants take
 *  turns a chunk at a time, so none runs while another's deleted database is being compacted away. */
async function writeChunk(v: WriteVariant, from: number, n: number): Promise<number> {
  const db = open.get(v.name)!
  const ordered = v.inKeyOrder ? sortedRows() : rows
  const t0 = performance.now()
  for (let i = from; i < Math.min(ordered.length, from + n); i += v.batch) {
    const tx = db.transaction('lists', 'readwrite', { durability: v.durability })
    const store = tx.objectStore('lists')
    // Each batch puts its rows in key order, as the data step does.
    for (const row of ordered.slice(i, Math.min(i + v.batch, from + n)).sort(byKey)) store.put(row)
    await done(tx)
  }
  return performance.now() - t0
}

/** Adds the index when the variant put its rows without it (the versionchange's time: what a reader would wait
 *  for), counts the index's entries, and deletes the database. */
async function finishLists(v: WriteVariant): Promise<{ createIndexMs: number; entries: number }> {
  let db = open.get(v.name)!
  db.close()
  let createIndexMs = 0
  if (!v.indexFirst) {
    const again = await openAt(v.name, 2, (_, tx) => tx.objectStore('lists').createIndex('k', 'k', { multiEntry: true }))
    createIndexMs = again.ms
    db = again.db
  } else db = (await openAt(v.name, 1, () => undefined)).db
  const entries = await req(db.transaction('lists', 'readonly').objectStore('lists').index('k').count())
  db.close()
  open.delete(v.name)
  await req(indexedDB.deleteDatabase(v.name))
  return { createIndexMs, entries }
}

let sorted: ListRowV23[] | undefined
const sortedRows = () => (sorted ??= [...rows].sort(byKey))

/** Reads every article by id in the list rows' key (time) order, `page` point reads per transaction: how a step
 *  that walks a time-ordered list of ids (schema 14's 'all' tag rows) reads the articles. */
async function readByTime(page: number): Promise<number> {
  const db = articlesDb!
  const ids = sortedRows().map((r) => r.s.slice(r.s.indexOf('|') + 1))
  const t0 = performance.now()
  for (let i = 0; i < ids.length; i += page) {
    const tx = db.transaction('articles', 'readonly')
    const store = tx.objectStore('articles')
    await Promise.all(ids.slice(i, i + page).map((id) => req(store.get(id))))
  }
  return performance.now() - t0
}

const upgradeCandidates = {
  readByTime,
  seed: seedArticles,
  /** Reads all articles by `mode` pages of `page`; keeps their list rows (in article id order) for the writes. */
  async read(mode: 'getAll' | 'cursor', page: number): Promise<{ ms: number; rows: number }> {
    const out: ListRowV23[] = []
    const ms = await readAll(mode, page, (arts) => {
      for (const a of arts) out.push(listRowV23(a))
    })
    rows = out
    sorted = undefined
    return { ms, rows: rows.length }
  },
  openLists,
  writeChunk,
  finishLists,
}

declare global {
  interface Window {
    upgradeCandidates: typeof upgradeCandidates
  }
}
window.upgradeCandidates = upgradeCandidates
