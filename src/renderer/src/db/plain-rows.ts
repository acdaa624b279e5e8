// A database of plain article rows and nothing derived (no lists, counters or search): the storage bench's reference
// for what one Dexie bulkPut of the same rows costs in the same browser. Used by dev/bench-hooks.ts only.
import { Dexie } from 'dexie'
import type { StoredArticle } from './schema'

const opened = new Map<string, Dexie>()

function plainDatabase(name: string): Dexie {
  let db = opened.get(name)
  if (!db) {
    db = new Dexie(name)
    db.version(1).stores({ articles: 'id' })
    opened.set(name, db)
  }
  return db
}

/** Stores the rows with one bulkPut; resolves with its duration in ms. */
export async function putPlainRows(name: string, rows: StoredArticle[]): Promise<number> {
  const table = plainDatabase(name).table<StoredArticle, string>('articles')
  const t0 = performance.now()
  await table.bulkPut(rows)
  return performance.now() - t0
}

export async function dropPlainRows(name: string): Promise<void> {
  await plainDatabase(name).delete()
  opened.delete(name)
}
