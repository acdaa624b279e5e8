// The article list's order, shared with the keyboard handler (j/k, n/p) without putting table data in the store:
// the list publishes the sortKeys it shows, the keyboard asks for neighbours. The list also publishes the articles
// it holds, so the reader can paint the one just clicked without waiting for IndexedDB.
import { idOfSortKey, type StoredArticle } from '../../db'

let keys: readonly string[] = []
let articles: ReadonlyMap<string, StoredArticle> = new Map()

export function publishListArticles(next: ReadonlyMap<string, StoredArticle>): void {
  articles = next
}

/** The list's copy of an article, when the list has read it (the reader's live query then keeps it current). */
export function listArticleOf(id: string): StoredArticle | undefined {
  return articles.get(id)
}

export function publishListKeys(next: readonly string[]): void {
  keys = next
}

export function indexOfId(id: string): number {
  const suffix = `|${id}`
  for (let i = 0; i < keys.length; i++) if (keys[i].endsWith(suffix) && idOfSortKey(keys[i]) === id) return i
  return -1
}

/** Ids from `current` onwards in direction `step`, not including current (from the top when nothing is open). */
export function idsAfter(current: string | null, step: 1 | -1, max = 200): string[] {
  const start = current === null ? (step > 0 ? -1 : keys.length) : indexOfId(current)
  const out: string[] = []
  for (let i = start + step; i >= 0 && i < keys.length && out.length < max; i += step) out.push(idOfSortKey(keys[i]))
  return out
}

export function neighbourId(current: string | null, step: 1 | -1): string | undefined {
  if (current !== null && indexOfId(current) < 0) return keys.length ? idOfSortKey(keys[0]) : undefined
  return idsAfter(current, step, 1)[0]
}

export function listLength(): number {
  return keys.length
}
