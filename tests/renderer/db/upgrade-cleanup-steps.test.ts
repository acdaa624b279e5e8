// The steps of the 14 → 15 and 30 → 31 paths that move or drop whole stores (`v15-drop-tags`, `v31-copy-search`,
// `v31-drop-old-search`) against their shipped versions (copies in shipped-steps/), on random libraries: whatever the
// batch sizes, and resumed where the shipped step stopped (a window closed mid-way before the update), today's step
// stores what the shipped one stored, touches nothing else, and counts every unit once.
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openDatabase, type MeridianDb } from '../../../src/renderer/src/db/schema'
import type { DataStep } from '../../../src/renderer/src/db/migrations/data-step'
import { dropTagsStep } from '../../../src/renderer/src/db/migrations/d15-drop-tags'
import { copySearchStep } from '../../../src/renderer/src/db/migrations/d31-copy-search'
import { dropOldSearchStep } from '../../../src/renderer/src/db/migrations/d31-drop-old-search'
import { dropTagsStep as shippedDropTags } from './shipped-steps/d15-drop-tags'
import { copySearchStep as shippedCopy } from './shipped-steps/d31-copy-search'
import { dropOldSearchStep as shippedDropOld } from './shipped-steps/d31-drop-old-search'
import { createAt, manyArticlesAt } from './released-schemas'
import { cloneDb, runStepAlone } from './step-harness'

/** A library at `v` opened with today's schema (its versionchange run, no data step), then changed by `edit`. */
async function build(v: number, n: number, edit: (db: MeridianDb) => Promise<void> = async () => {}): Promise<MeridianDb> {
  const name = `cleanup-steps-${Math.random().toString(36).slice(2)}`
  await createAt(v, name, manyArticlesAt(v, n))
  const db = openDatabase(name)
  await db.open()
  await edit(db)
  return db
}

const everything = async (db: MeridianDb) => Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)))

/** The shipped step on one copy; on the other, the shipped step for `first` batches, then today's step from its
 *  cursor. Both copies' every table, and the units today's run counted against the step's size at the start. */
async function both(db: MeridianDb, shipped: DataStep, today: DataStep, shippedLimit: number, limit: number, first: number) {
  const b = await cloneDb(db)
  try {
    const size = await today.size(b)
    await runStepAlone(db, shipped, shippedLimit)
    const begun = first ? await runStepAlone(b, shipped, shippedLimit, undefined, first) : { count: 0, done: false }
    const rest = begun.done ? { count: 0 } : await runStepAlone(b, today, limit, begun.cursor)
    return { shipped: await everything(db), today: await everything(b), counted: begun.count + rest.count, size }
  } finally {
    for (const x of [db, b]) {
      x.close()
      await Dexie.delete(x.name)
    }
  }
}

const sizes = fc.record({ n: fc.integer({ min: 1, max: 60 }), shippedLimit: fc.integer({ min: 1, max: 30 }), limit: fc.integer({ min: 1, max: 80 }), first: fc.integer({ min: 0, max: 4 }) })

describe('clean-up and copy steps equal their shipped versions', () => {
  it("v15-drop-tags: schema 14's tag rows all gone, nothing else touched", async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async ({ n, shippedLimit, limit, first }) => {
        const db = await build(14, n)
        const before = await db.table('tags').count()
        expect(before).toBeGreaterThan(n)
        const out = await both(db, shippedDropTags, dropTagsStep, shippedLimit, limit, first)
        expect(out.today).toEqual(out.shipped)
        expect(out.today.tags).toEqual([])
        expect(out.counted).toBe(out.size)
      }),
      { numRuns: 20 },
    )
  }, 120_000)

  it("v31-drop-old-search: schema 30's set-aside rows all gone, nothing else touched", async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async ({ n, shippedLimit, limit, first }) => {
        const db = await build(30, n)
        const out = await both(db, shippedDropOld, dropOldSearchStep, shippedLimit, limit, first)
        expect(out.today).toEqual(out.shipped)
        expect(out.today.searchOld).toEqual([])
        expect(out.counted).toBe(out.size)
      }),
      { numRuns: 20 },
    )
  }, 120_000)

  it('v31-copy-search: the same rows back, with articles deleted and rows rewritten since the open', async () => {
    const edits = fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 60 })
    await fc.assert(
      fc.asyncProperty(sizes, edits, async ({ n, shippedLimit, limit, first }, kinds) => {
        // Per article: 0 as left by 30, 1 its article deleted (retention, unsubscribe), 2 its row rewritten by the app.
        const db = await build(30, n, async (d) => {
          const ids = (await d.articles.toCollection().primaryKeys()) as string[]
          await d.transaction('rw', [d.articles, d.search], async () => {
            for (const [i, id] of ids.entries()) {
              if (kinds[i] === 1) await d.articles.delete(id)
              if (kinds[i] === 2) await d.search.put({ id, t: '2026-12-07T00:00:00.000Z', w: ['rewritten'] })
            }
          })
        })
        const out = await both(db, shippedCopy, copySearchStep, shippedLimit, limit, first)
        expect(out.today).toEqual(out.shipped)
        const stored = new Set((out.today.articles as { id: string }[]).map((a) => a.id))
        expect((out.today.search as { id: string }[]).every((r) => stored.has(r.id))).toBe(true)
        expect(out.counted).toBe(out.size)
      }),
      { numRuns: 20 },
    )
  }, 120_000)
})
