// Version 15 (issue 15): the tag rows (one record per list an article is in, ~18 per article) become one list row per
// article whose lists are entries of a multiEntry index (db/README.md has the measurements). Built from the 'all'
// tag rows alone (their membership strings hold feed, countries, topics and outlet; 'u:all' and 's' give the
// state), so no article is read; counters do not change. Frozen: the list-row shape as it was at version 15.
import type { Table, Transaction } from 'dexie'
import { pagesOfTagV14, sortKeysOfTagV14, tagV14, type TagRowV14 } from './frozen/tag-rows-v14'

interface ListRowV15 {
  s: string
  m: string
  k: [string, string][]
}

function listRowV15(row: TagRowV14, isUnread: boolean, isStarred: boolean): ListRowV15 {
  const facets = row.m.split(' ').filter(Boolean)
  const flags = [...(isUnread ? ['u'] : []), ...(isStarred ? ['s'] : [])]
  const tags = ['all', ...facets, ...(isUnread ? ['u:all'] : []), ...(isStarred ? ['s'] : [])]
  return { s: row.sortKey, m: ` ${[...facets, ...flags].join(' ')} `, k: tags.map((t): [string, string] => [t, row.sortKey]) }
}

export async function upgradeToV15(tx: Transaction, onProgress?: (done: number) => void): Promise<void> {
  const tags: Table<TagRowV14, [string, string]> = tx.table('tags')
  const lists: Table<ListRowV15, string> = tx.table('lists')
  const [unread, starred] = (await Promise.all([sortKeysOfTagV14(tags, tagV14.unread(tagV14.all)), sortKeysOfTagV14(tags, tagV14.starred)])).map((keys) => new Set(keys))
  let done = 0
  for await (const page of pagesOfTagV14(tags, tagV14.all)) {
    await lists.bulkPut(page.map((row) => listRowV15(row, unread.has(row.sortKey), starred.has(row.sortKey))))
    done += page.length
    onProgress?.(done)
  }
}

