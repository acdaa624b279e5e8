// The inverted search index as posting lists: for each token and day, the sortKeys of the articles holding it, one
// record per (token, day, indexer batch) in `postings`, keyed `${token}\u0001${day}\u0001${batch}`. A batch of 500
// articles writes a few thousand such records, each a plain key and value, instead of ~16,500 multiEntry index
// entries (db/README.md, "Search as posting lists"), and reads nothing to do so: records are only ever added.
//
// So a record may be stale (its article was deleted, re-dated, or lost the word) or repeat another batch's: readers
// take a token's records newest day first, merge each day's records, and check every hit against the article's
// forward row (`search`, search-index.ts), which is the truth.
import { SEP } from './search-tokens'
import type { MeridianDb, PostingRow, SearchRow } from './rows/types'

/** Characters of the time that make the day (ISO times: YYYY-MM-DD). Any prefix keeps the order of times. */
const DAY = 10
/** Records read at first, then doubling up to MAX_RECORDS. */
const FIRST_RECORDS = 8
const MAX_RECORDS = 512
/** Records read by the first request when counting, growing fourfold up to COUNT_CHUNK: a frequent word's first
 *  records already hold the cap. */
const FIRST_COUNT = 16
const COUNT_CHUNK = 256

const timeOf = (sortKey: string) => sortKey.slice(0, sortKey.indexOf('|'))
const dayOfKey = (k: string) => k.split(SEP)[1]
/** The day a hit is posted under. */
export const dayOfSortKey = (sortKey: string) => timeOf(sortKey).slice(0, DAY)

let lastBatchTime = 0
let batchesThisTime = 0

/**
 * A key part that no other indexer batch has, in the order the batches were made: the time in base 36, a count of
 * the batches made in the same millisecond (queue rows written together must be posted in that order), and a random
 * tail (another window of the same profile). The time never goes back, even when the clock does.
 */
export function newBatchId(): string {
  const now = Date.now()
  if (now > lastBatchTime) {
    lastBatchTime = now
    batchesThisTime = 0
  } else batchesThisTime++
  const tail = Math.random().toString(36).slice(2, 5).padEnd(3, '0')
  return `${lastBatchTime.toString(36)}${batchesThisTime.toString(36).padStart(3, '0')}${tail}`
}

/** The posting records of forward rows (of either form, see SearchRow), for one batch, in key order. */
export function postingsOf(rows: readonly SearchRow[], batch: string): PostingRow[] {
  const lists = new Map<string, string[]>()
  const add = (token: string, time: string, id: string) => {
    const k = `${token}${SEP}${time.slice(0, DAY)}${SEP}${batch}`
    const list = lists.get(k)
    if (list) list.push(`${time}|${id}`)
    else lists.set(k, [`${time}|${id}`])
  }
  for (const row of rows) {
    if (row.t !== undefined) for (const token of row.w) add(token, row.t, row.id)
    else for (const entry of row.w) add(entry.slice(0, entry.indexOf(SEP)), entry.slice(entry.indexOf(SEP) + 1), row.id)
  }
  return [...lists.keys()].sort().map((k) => ({ k, s: lists.get(k)! }))
}

/**
 * A token's hits newest first, in batches, strictly before `after`, each once, not yet checked against the forward
 * rows. Records of one day are merged before any of its hits go out: a read that stops inside a day leaves that day
 * for the next read.
 */
export async function* postingBatches(db: MeridianDb, token: string, after?: string, firstRecords = FIRST_RECORDS): AsyncGenerator<string[]> {
  const lower = `${token}${SEP}`
  let upper = after === undefined ? `${token}${SEP}\uffff` : `${token}${SEP}${timeOf(after).slice(0, DAY)}${SEP}\uffff`
  let size = firstRecords
  for (;;) {
    const records = await db.postings.where(':id').between(lower, upper, true, true).reverse().limit(size).toArray()
    const isFull = records.length === size
    let whole = records
    if (isFull) {
      const oldest = dayOfKey(records[records.length - 1].k)
      whole = records.filter((r) => dayOfKey(r.k) !== oldest)
      upper = `${token}${SEP}${oldest}${SEP}\uffff`
    }
    let keys = [...new Set(whole.flatMap((r) => r.s))].sort().reverse()
    if (after !== undefined) keys = keys.filter((k) => k < after)
    if (keys.length) yield keys
    if (!isFull) return
    // A day holding more records than one read is read again, bigger, past MAX_RECORDS if need be.
    size = whole.length ? Math.min(size * 2, MAX_RECORDS) : size * 2
  }
}

/** The hits of any of `tokens` on the days from `loDay` to `hiDay` (YYYY-MM-DD), one key range per token. */
export async function postingsBetweenDays(db: MeridianDb, tokens: string[], loDay: string, hiDay: string): Promise<Set<string>> {
  const lists = await Promise.all(tokens.map((t) => db.postings.where(':id').between(`${t}${SEP}${loDay}`, `${t}${SEP}${hiDay}${SEP}\uffff`, true, true).toArray()))
  const held = new Set<string>()
  for (const records of lists) for (const r of records) for (const k of r.s) held.add(k)
  return held
}

/** Key range of a term's records: one token's, or every token starting with a prefix. */
export function postingRange(text: string, isPrefix: boolean): [string, string] {
  return isPrefix ? [text, `${text}\uffff`] : [`${text}${SEP}`, `${text}${SEP}\uffff`]
}

/** Hits in a key range, counted up to `cap` (stale and repeated ones too: an estimate, for planning). */
export async function countPostings(db: MeridianDb, [lower, upper]: [string, string], cap: number): Promise<number> {
  let n = 0
  let from = lower
  let isFirst = true
  for (let chunk = FIRST_COUNT; ; chunk = Math.min(chunk * 4, COUNT_CHUNK)) {
    const records = await db.postings.where(':id').between(from, upper, isFirst, true).limit(chunk).toArray()
    for (const r of records) if ((n += r.s.length) >= cap) return cap
    if (records.length < chunk) return n
    from = records[records.length - 1].k
    isFirst = false
  }
}

/** The distinct tokens starting with `prefix`, one key step each; undefined past `max`. */
export async function expandPrefix(db: MeridianDb, prefix: string, max: number): Promise<string[] | undefined> {
  const tokens: string[] = []
  let from = prefix
  for (;;) {
    const [key] = await db.postings.where(':id').between(from, `${prefix}\uffff`, true, true).limit(1).primaryKeys()
    if (key === undefined) return tokens
    const token = key.slice(0, key.indexOf(SEP))
    tokens.push(token)
    if (tokens.length > max) return undefined
    from = `${token}\u0002` // past every record of this token, which all continue with SEP
  }
}
