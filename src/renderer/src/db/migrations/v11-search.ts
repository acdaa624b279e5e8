// Version 11 (issues 4 and 6): article search. Builds the search table from the articles with the tokenizer as it
// was then (frozen/search-v11.ts); later writes keep it in step through the search middleware.
import type { Transaction } from 'dexie'
import { rebuildSearchIndexV11 } from './frozen/search-v11'

export function upgradeToV11(tx: Transaction): Promise<void> {
  return rebuildSearchIndexV11(tx.table('articles'), tx.table('search'))
}
