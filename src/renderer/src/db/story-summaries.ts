// What a list row says about its story ("3 sources · 2 countries"): how many stored articles report it, from how
// many outlet countries. Must not import React. A summary needs each member's outlet (or feed) and whether it is
// still stored; the member's list row says both in its membership string (' f:<feed> … o:GB … '), a record a tenth
// the size of the article, so members whose row carries its sortKey are read there (db/README.md, "The farm in
// Chromium, session 18": the farm's big stories made these reads most of the page's article reads).
import type { MeridianDb, StoredArticle, StoryMemberRow } from './rows/types'

export interface StorySummary {
  sources: number
  countries: number
}

export async function storySummaries(db: MeridianDb, storyIds: readonly string[]): Promise<Map<string, StorySummary>> {
  const out = new Map<string, StorySummary>()
  if (storyIds.length === 0) return out
  // One getAll per story rather than one cursor over all of them: a step per member was tens of thousands of
  // cursor steps in a farm refresh.
  const perStory = await Promise.all([...new Set(storyIds)].map((s) => db.storyMembers.where('s').equals(s).toArray()))
  const rows = perStory.flat()
  const outlets = await outletKeysOf(db, rows)
  const byStory = new Map<string, string[]>()
  rows.forEach((r, i) => {
    const outlet = outlets[i]
    if (outlet === undefined) return // retention removed it
    const members = byStory.get(r.s)
    if (members) members.push(outlet)
    else byStory.set(r.s, [outlet])
  })
  for (const [story, members] of byStory) {
    if (members.length > 1) out.set(story, { sources: members.length, countries: new Set(members).size })
  }
  return out
}

/** Each member's outlet key (its outlet country, else `feed:<feedId>`), undefined when it is no longer stored. A
 *  row without a sortKey, or whose list row is gone (deleted, or re-dated since: a new sortKey), reads the article. */
async function outletKeysOf(db: MeridianDb, rows: readonly StoryMemberRow[]): Promise<(string | undefined)[]> {
  const out: (string | undefined)[] = Array.from({ length: rows.length })
  const keyed = rows.flatMap((r, i) => (r.k ? [i] : []))
  const listRows = await db.lists.bulkGet(keyed.map((i) => rows[i].k as string))
  keyed.forEach((i, j) => {
    const m = listRows[j]?.m
    if (m !== undefined) out[i] = outletKeyOfMembership(m)
  })
  const unread = rows.flatMap((_, i) => (out[i] === undefined ? [i] : []))
  if (unread.length === 0) return out
  const articles = await db.articles.bulkGet(unread.map((i) => rows[i].id))
  unread.forEach((i, j) => {
    const a: StoredArticle | undefined = articles[j]
    if (a) out[i] = a.outletCountry ?? `feed:${a.feedId}`
  })
  return out
}

/** ' f:<feedId> c:FR t:sport o:GB … ' → 'GB', or 'feed:<feedId>' for an outlet of no known country (the article's
 *  `outletCountry ?? feed:<feedId>`; list rows carry the outlet tag exactly when the article has one). */
export function outletKeyOfMembership(m: string): string | undefined {
  let feed: string | undefined
  for (const token of m.split(' ')) {
    if (token.startsWith('o:')) return token.slice(2)
    if (feed === undefined && token.startsWith('f:')) feed = token.slice(2)
  }
  return feed === undefined ? undefined : `feed:${feed}`
}
