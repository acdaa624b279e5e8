// BENCH_STORY_READS=1: after the farm's refresh, times in the page what the list's story summaries read for the
// farm's biggest stories, read as before session 18 (each member's whole article) and as now (each member's list row
// through the sortKey its member row carries), taking turns in one page over the same data, so the load of the
// machine moves both alike (db/README.md, "The farm in Chromium, session 18").
import type { Page } from 'playwright-core'

export interface StoryReadTimes {
  stories: number
  members: number
  /** Member rows carrying a sortKey (the rest read their article either way). */
  keyed: number
  articleMs: number[]
  listRowMs: number[]
}

export async function timeStoryReads(page: Page, stories = 20, turns = 5): Promise<StoryReadTimes> {
  return page.evaluate(
    async ({ stories, turns }) => {
      type Row = { id: string; s: string; k?: string }
      type Db = {
        storyMembers: { toArray(): Promise<Row[]>; where(i: string): { anyOf(k: string[]): { toArray(): Promise<Row[]> }; equals(k: string): { toArray(): Promise<Row[]> } } }
        articles: { bulkGet(k: string[]): Promise<({ feedId: string; outletCountry?: string } | undefined)[]> }
        lists: { bulkGet(k: string[]): Promise<({ m: string } | undefined)[]> }
      }
      const db = (window as unknown as { __bench: { db: Db } }).__bench.db
      const all = await db.storyMembers.toArray()
      const size = new Map<string, number>()
      for (const r of all) size.set(r.s, (size.get(r.s) ?? 0) + 1)
      const ids = [...size].sort((a, b) => b[1] - a[1]).slice(0, stories).map(([s]) => s)
      const byArticles = async () => {
        const rows = await db.storyMembers.where('s').anyOf(ids).toArray()
        const articles = await db.articles.bulkGet(rows.map((r) => r.id))
        return articles.filter(Boolean).length
      }
      const byListRows = async () => {
        const rows = (await Promise.all(ids.map((s) => db.storyMembers.where('s').equals(s).toArray()))).flat()
        const keyed = rows.filter((r) => r.k)
        const listRows = await db.lists.bulkGet(keyed.map((r) => r.k as string))
        const found = new Set(keyed.filter((_, i) => listRows[i]).map((r) => r.id))
        const missing = rows.filter((r) => !found.has(r.id))
        const articles = await db.articles.bulkGet(missing.map((r) => r.id))
        return listRows.filter(Boolean).length + articles.filter(Boolean).length
      }
      const articleMs: number[] = []
      const listRowMs: number[] = []
      for (let t = 0; t < turns; t++) {
        for (const [run, out] of [[byArticles, articleMs], [byListRows, listRowMs]] as const) {
          const t0 = performance.now()
          await run()
          out.push(Math.round(performance.now() - t0))
        }
      }
      const chosen = new Set(ids)
      const members = all.filter((r) => chosen.has(r.s))
      return { stories: ids.length, members: members.length, keyed: members.filter((r) => r.k).length, articleMs, listRowMs }
    },
    { stories, turns },
  )
}

export function storyReadLine(t: StoryReadTimes): string {
  return `story summaries' reads, ${t.stories} biggest stories (${t.members} members, ${t.keyed} with a sortKey), ms per turn: whole articles ${t.articleMs.join(' / ')}; list rows ${t.listRowMs.join(' / ')}`
}
