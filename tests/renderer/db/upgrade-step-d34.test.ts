// Version 34's data step as shipped (a copy in shipped-steps/) against the step in migrations/ today, on random
// schema-32 libraries: forward rows in both forms (indexed before 31 and after), rows still queued by 16–30, hidden
// articles, articles with no country or several, and rows whose article is gone: the same forward rows and queued
// rows record for record, and the same (token, sortKey) hits in the posting lists, repeats included (their record
// keys name the batch, and so differ by design).
import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openDatabase, type MeridianDb } from '../../../src/renderer/src/db/schema'
import { countryPostingsStep } from '../../../src/renderer/src/db/migrations/d34-country-postings'
import { countryPostingsStep as shippedStep } from './shipped-steps/d34-country-postings'
import { createAt, manyArticlesAt } from './released-schemas'
import { cloneDb, runStepAlone } from './step-harness'

const POOL = ['FR', 'DE', 'US', 'JP', 'BR', 'IN', 'NG']
const SEP = '\u0001'

interface Library {
  countries: number[][]
  hidden: boolean[]
  /** Per article: 0 indexed in today's form, 1 in the form indexed before 31, 2 still queued, 3 its article deleted. */
  form: number[]
}

const libraries = fc.integer({ min: 1, max: 70 }).chain((n) =>
  fc.record({
    countries: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: POOL.length - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
    hidden: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    form: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
  }),
)

/** A schema-32 library as that version's code left it, then opened with today's schema (steps not run). */
async function build(lib: Library): Promise<MeridianDb> {
  const name = `d34-${Math.random().toString(36).slice(2)}`
  const articles = manyArticlesAt(32, lib.countries.length).map((a, i) => ({
    ...a, countries: lib.countries[i].map((c) => POOL[c]), ...(lib.hidden[i] ? { isHidden: 1 } : {}),
  }))
  await createAt(32, name, articles)
  const db = openDatabase(name)
  await db.open()
  const rows = await db.search.toArray()
  await db.transaction('rw', [db.search, db.searchPending, db.articles], async () => {
    for (const [i, a] of articles.entries()) {
      const row = rows.find((r) => r.id === a.id)
      if (!row) continue
      if (lib.form[i] === 1) await db.search.put({ id: row.id, w: row.w.map((w) => `${w}${SEP}${row.t}`) })
      if (lib.form[i] === 2) await Promise.all([db.search.delete(row.id), db.searchPending.put(row)])
      if (lib.form[i] === 3) await db.articles.delete(a.id)
    }
  })
  return db
}

const tables = async (db: MeridianDb) => ({
  search: await db.search.toArray(),
  pending: await db.searchPending.toArray(),
  postings: await db.postings.toArray(),
})

/** Every (token, sortKey) hit of the posting lists, with its repeats. */
const hits = (postings: { k: string; s: string[] }[]) => postings.flatMap(({ k, s }) => s.map((sk) => `${k.slice(0, k.indexOf(SEP))}${SEP}${sk}`)).sort()

/** The shipped step on one copy; on the other, the shipped step for `first` batches (a window closed mid-way before
 *  the update), then today's step from its cursor. */
async function both(lib: Library, shippedLimit: number, limit: number, first = 0) {
  const a = await build(lib)
  const b = await cloneDb(a) // a rebuild would name its posting batches anew
  try {
    expect(await tables(a)).toEqual(await tables(b))
    await runStepAlone(a, shippedStep, shippedLimit)
    const begun = first ? await runStepAlone(b, shippedStep, shippedLimit, undefined, first) : undefined
    if (!begun?.done) await runStepAlone(b, countryPostingsStep, limit, begun?.cursor)
    return [await tables(a), await tables(b)]
  } finally {
    for (const db of [a, b]) {
      db.close()
      await Dexie.delete(db.name)
    }
  }
}

const same = (today: Awaited<ReturnType<typeof tables>>, shipped: Awaited<ReturnType<typeof tables>>) => {
  expect(today.search).toEqual(shipped.search)
  expect(today.pending).toEqual(shipped.pending)
  expect(hits(today.postings)).toEqual(hits(shipped.postings))
}

describe("version 34's step equals the shipped step", () => {
  it('the same forward rows, queued rows and posting hits, whatever the batch sizes', async () => {
    await fc.assert(
      fc.asyncProperty(libraries, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 200 }), async (lib, shippedLimit, limit) => {
        const [shipped, today] = await both(lib, shippedLimit, limit)
        same(today, shipped)
      }),
      { numRuns: 30 },
    )
  })

  it("resumed from the shipped step's cursor (the walk by id begun): the same", async () => {
    await fc.assert(
      fc.asyncProperty(libraries, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 3 }), async (lib, limit, first) => {
        const [shipped, today] = await both(lib, limit, limit, first)
        same(today, shipped)
      }),
      { numRuns: 20 },
    )
  })
})
