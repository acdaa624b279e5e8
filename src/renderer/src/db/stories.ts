// Stories (issue 19, one row per story): the main process gives each incoming article a storyId (the id of the
// story's first article); this file keeps, for stories of two or more articles, which articles they hold, and
// answers the list's and the reader's questions about them. Single-article stories cost nothing here.
import type { MeridianDb, StoredArticle, StoryMemberRow } from './rows/types'
import { idOfSortKey } from './vocab/tags'

/** The grouper remembers three days; the main process takes at most this many seeds. */
const MAX_SEEDS = 20_000

/** Records the stories of freshly written articles; call inside the ingest transaction. A story's first article
 *  joins the table when its second arrives: its row is written then, not again by every later burst that adds a
 *  member (in the farm's first refresh those re-puts were about a third of the table's writes; db/README.md, "The
 *  farm in Chromium, session 17"). Whether it is there is one read of the burst's seeds. */
export async function recordStories(db: MeridianDb, articles: readonly StoredArticle[]): Promise<void> {
  const rows = new Map<string, StoryMemberRow>()
  const seeds = new Set<string>()
  const sortKeys = new Map<string, string>()
  for (const a of articles) {
    sortKeys.set(a.id, a.sortKey)
    if (!a.storyId || a.storyId === a.id) continue
    rows.set(a.id, { id: a.id, s: a.storyId, k: a.sortKey })
    seeds.add(a.storyId)
  }
  // A seed written as a member of this burst (of another story) keeps that row, as before.
  const unwritten = [...seeds].filter((s) => !rows.has(s)).sort()
  const stored = unwritten.length ? await db.storyMembers.bulkGet(unwritten) : []
  unwritten.forEach((seed, i) => {
    if (stored[i]?.s !== seed) rows.set(seed, withSortKey({ id: seed, s: seed }, sortKeys.get(seed)))
  })
  if (rows.size) await db.storyMembers.bulkPut([...rows.values()])
}

/** A seed from an earlier burst has no sortKey at hand: its summary reads its article (story-summaries.ts). */
function withSortKey(row: StoryMemberRow, k: string | undefined): StoryMemberRow {
  return k === undefined ? row : { ...row, k }
}

/** The story of each of `ids` that belongs to a story of two or more articles. */
export async function storiesOf(db: MeridianDb, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.storyMembers.bulkGet([...ids])
  const out = new Map<string, string>()
  for (const r of rows) if (r) out.set(r.id, r.s)
  return out
}

/**
 * How far back an article can still gain a story: the grouper remembers 72 hours and a story spans at most 72 hours
 * from its first article, with a day to spare.
 */
const STORY_REACH_MS = 7 * 24 * 3600_000
/** Ids remembered before the lookup starts again (a list this long is read once more, nothing else is lost). */
const MAX_KNOWN = 250_000

/** Changes whenever an ingest writes story members: the lookup's `generation`. */
export function storyMembersGeneration(db: MeridianDb): Promise<number> {
  return db.storyMembers.count()
}

/**
 * storiesOf for a list that grows and changes a little at a time (a page more, a read mark, a new article): the
 * answer for each id is kept, so only ids never seen are read. When storyMembers has changed (an ingest wrote rows;
 * `generation` differs), only recent articles are read again: an older one can no longer join a story.
 */
export class StoryLookup {
  private readonly known = new Map<string, string | null>()
  private readonly recent = new Set<string>()
  private generation: unknown

  constructor(private readonly db: MeridianDb) {}

  /** The story of each listed article (by sortKey) that belongs to a story of two or more articles. */
  async storiesOfKeys(keys: readonly string[], generation: unknown, now = Date.now()): Promise<Map<string, string>> {
    if (generation !== this.generation) {
      for (const id of this.recent) this.known.delete(id)
      this.recent.clear()
      this.generation = generation
    }
    if (this.known.size > MAX_KNOWN) {
      this.known.clear()
      this.recent.clear()
    }
    const from = new Date(now - STORY_REACH_MS).toISOString()
    const ids = keys.map(idOfSortKey)
    const missing: string[] = []
    ids.forEach((id, i) => {
      if (this.known.has(id)) return
      missing.push(id)
      if (keys[i] >= from) this.recent.add(id)
    })
    if (missing.length) {
      const rows = await this.db.storyMembers.bulkGet(missing)
      missing.forEach((id, i) => this.known.set(id, rows[i]?.s ?? null))
    }
    const out = new Map<string, string>()
    for (const id of ids) {
      const story = this.known.get(id)
      if (story) out.set(id, story)
    }
    return out
  }
}

/** Every stored article of a story, newest first (retention may have removed some members). */
export async function storySources(db: MeridianDb, storyId: string): Promise<StoredArticle[]> {
  const ids = (await db.storyMembers.where('s').equals(storyId).toArray()).map((r) => r.id)
  const articles = (await db.articles.bulkGet(ids)).filter((a): a is StoredArticle => a !== undefined)
  return articles.sort((a, b) => (a.sortKey < b.sortKey ? 1 : -1))
}

export { storySummaries, type StorySummary } from './story-summaries'

/** Keys of a list with every story after its first appearance left out: one row per story. */
export function onePerStory(keys: readonly string[], storyOfId: ReadonlyMap<string, string>, idOf: (key: string) => string): string[] {
  const seen = new Set<string>()
  return keys.filter((key) => {
    const story = storyOfId.get(idOf(key))
    if (story === undefined) return true
    if (seen.has(story)) return false
    seen.add(story)
    return true
  })
}

/** The seeds for the main process's story grouper: articles of the last `hours`, newest first. */
export async function recentStorySeeds(db: MeridianDb, now: number, hours = 72) {
  const from = new Date(now - hours * 3600_000).toISOString()
  const keys = await db.lists.where('k').between(['all', from], ['all', '\uffff']).reverse().limit(MAX_SEEDS).primaryKeys()
  const articles = await db.articles.bulkGet(keys.map(idOfSortKey))
  return articles.flatMap((a) =>
    a ? [{ id: a.id, feedId: a.feedId, storyId: a.storyId, title: a.title, summary: a.summary, url: a.url, lang: a.language, publishedAt: a.publishedAt, about: a.countries }] : [],
  )
}
