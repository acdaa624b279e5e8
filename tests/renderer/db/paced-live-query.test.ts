import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { BURST_QUIET_MS, IMPORT_PACED_READ_MS, IMPORT_QUIET_MS, LARGE_IMPORT_ARTICLES, PACED_READ_MS, SIDE_PACED_READ_MS, isIngestBursting, noteIngestBurst, storeInTurn, pacedDelayMs, pacedLiveQuery, type PaceTier } from '../../../src/renderer/src/db/paced-live-query'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A database of one table, and a paced live query of its row count that records when each read ran. */
async function watchedCount(tier?: PaceTier) {
  const db = new Dexie(`paced-${Math.random()}`)
  db.version(1).stores({ t: 'id' })
  await db.open()
  const readsAt: number[] = []
  const values: number[] = []
  const sub = pacedLiveQuery(async () => {
    readsAt.push(performance.now())
    return db.table('t').count()
  }, tier).subscribe((n) => values.push(n))
  const until = async (n: number, ms = 5000) => {
    for (const t = performance.now(); values.at(-1) !== n && performance.now() - t < ms; ) await sleep(10)
  }
  return { db, readsAt, values, until, stop: () => (sub.unsubscribe(), db.delete()) }
}

afterEach(() => noteIngestBurst(-Infinity)) // no burst, and no import's article count, carries over to the next test

describe('pacedLiveQuery', () => {
  it('re-reads after every commit while no burst is landing', async () => {
    const w = await watchedCount()
    await w.until(0)
    for (let i = 0; i < 3; i++) {
      await w.db.table('t').put({ id: i })
      await w.until(i + 1)
    }
    expect(w.values).toEqual([0, 1, 2, 3])
    expect(w.readsAt).toHaveLength(4)
    await w.stop()
  })

  it('while bursts land, re-reads at most once per PACED_READ_MS and still delivers the last commit', async () => {
    const w = await watchedCount()
    await w.until(0)
    const started = performance.now()
    // Twelve commits ~50 ms apart, each one a burst: unpaced, each would re-read.
    for (let i = 0; i < 12; i++) {
      noteIngestBurst()
      await w.db.table('t').put({ id: i })
      await sleep(50)
    }
    const commitsMs = performance.now() - started
    await w.until(12)
    expect(w.values.at(-1)).toBe(12)
    const reReads = w.readsAt.slice(1)
    // At most one read per window over the commits and the wait after them (plus the one that may start at once).
    expect(reReads.length).toBeLessThanOrEqual(Math.ceil((performance.now() - started) / PACED_READ_MS) + 1)
    expect(reReads.length).toBeLessThan(12)
    for (let i = 1; i < reReads.length; i++) expect(reReads[i] - reReads[i - 1]).toBeGreaterThanOrEqual(PACED_READ_MS - 5)
    expect(commitsMs).toBeGreaterThan(12 * 40) // the commits really were spread out
    await w.stop()
  })

  /** Twelve commits ~50 ms apart, each one a burst of `articles`. */
  const burstTrain = async (w: Awaited<ReturnType<typeof watchedCount>>, articles: number) => {
    for (let i = 0; i < 12; i++) {
      noteIngestBurst(performance.now(), articles)
      await w.db.table('t').put({ id: i })
      await sleep(50)
    }
  }

  it('during a large import, spaces a view beside the list (counts, badge) by SIDE_PACED_READ_MS', async () => {
    expect(SIDE_PACED_READ_MS).toBeGreaterThan(IMPORT_PACED_READ_MS)
    const w = await watchedCount('side')
    await w.until(0)
    const started = performance.now()
    noteIngestBurst(performance.now(), LARGE_IMPORT_ARTICLES)
    await burstTrain(w, 500)
    await w.until(12, SIDE_PACED_READ_MS + 3000)
    expect(w.values.at(-1)).toBe(12)
    const reReads = w.readsAt.slice(1)
    expect(reReads.length).toBeLessThanOrEqual(Math.ceil((performance.now() - started) / SIDE_PACED_READ_MS) + 1)
    for (let i = 1; i < reReads.length; i++) expect(reReads[i] - reReads[i - 1]).toBeGreaterThanOrEqual(SIDE_PACED_READ_MS - 5)
    await w.stop()
  }, 15_000)

  it('keeps the one-second pace for a view beside the list while a small train lands (one feed added)', async () => {
    const w = await watchedCount('side')
    await w.until(0)
    const started = performance.now()
    noteIngestBurst(performance.now(), 2)
    await w.db.table('t').put({ id: 1 })
    await w.until(1)
    expect(w.values.at(-1)).toBe(1)
    expect(performance.now() - started).toBeLessThan(PACED_READ_MS + 500)
    await w.stop()
  })

  it('reads once the train ends, not at the end of the side pace', async () => {
    const w = await watchedCount('side')
    await w.until(0)
    noteIngestBurst(performance.now(), LARGE_IMPORT_ARTICLES)
    await w.db.table('t').put({ id: 1 })
    const lastBurst = performance.now()
    await w.until(1, SIDE_PACED_READ_MS + 3000)
    expect(w.values.at(-1)).toBe(1)
    expect(performance.now() - lastBurst).toBeLessThan(BURST_QUIET_MS + 600)
    await w.stop()
  })

  it('reads at once when subscribed during a burst (a new view, the next article)', async () => {
    noteIngestBurst()
    const started = performance.now()
    const w = await watchedCount()
    await w.until(0)
    expect(w.values).toEqual([0])
    expect(w.readsAt[0] - started).toBeLessThan(PACED_READ_MS / 2)
    await w.stop()
  })
})

describe('storeInTurn', () => {
  it('lets a slow read of the open list finish between bursts that come faster than it reads', async () => {
    const db = new Dexie(`paced-${Math.random()}`)
    db.version(1).stores({ t: 'id' })
    await db.open()
    const values: number[] = []
    const sub = pacedLiveQuery(async () => {
      const n = await db.table('t').count()
      await Dexie.waitFor(sleep(300)) // a list read slower than the bursts' pace
      return n
    }, 'list').subscribe((n) => values.push(n))
    for (const t = performance.now(); values.length === 0 && performance.now() - t < 5000; ) await sleep(10)
    const during: number[] = []
    for (let i = 1; i <= 25; i++) {
      noteIngestBurst()
      await storeInTurn(() => db.table('t').put({ id: i }))
      noteIngestBurst(performance.now(), 100)
      await sleep(100)
      during.push(values.at(-1) ?? -1)
    }
    // Answers arrived while the bursts kept landing, not only once they stopped.
    expect(new Set(during.filter((n) => n > 0)).size).toBeGreaterThanOrEqual(2)
    sub.unsubscribe()
    await db.delete()
  })

  it('gives up waiting for a read after its limit', async () => {
    let release: () => void = () => {}
    const db = new Dexie(`paced-${Math.random()}`)
    db.version(1).stores({ t: 'id' })
    await db.open()
    const sub = pacedLiveQuery(() => Dexie.waitFor(new Promise<number>((r) => (release = () => r(0)))), 'list').subscribe(() => {})
    await sleep(50)
    const t = performance.now()
    await storeInTurn(async () => {}, 200)
    expect(performance.now() - t).toBeGreaterThanOrEqual(190)
    release()
    await sleep(10)
    const t2 = performance.now()
    await storeInTurn(async () => {}, 200)
    expect(performance.now() - t2).toBeLessThan(50)
    sub.unsubscribe()
    await db.delete()
  })
})

describe('pacedDelayMs', () => {
  it('waits out the window only while a burst was stored within BURST_QUIET_MS', () => {
    noteIngestBurst(10_000)
    expect(isIngestBursting(10_000 + BURST_QUIET_MS - 1)).toBe(true)
    expect(pacedDelayMs(10_000, 10_200)).toBe(PACED_READ_MS - 200)
    expect(pacedDelayMs(-Infinity, 10_200)).toBe(0)
    expect(pacedDelayMs(10_000, 10_200, 'side')).toBe(PACED_READ_MS - 200) // a small train: one pace for all
    expect(isIngestBursting(10_000 + BURST_QUIET_MS)).toBe(false)
    expect(pacedDelayMs(10_000 + BURST_QUIET_MS, 10_000 + BURST_QUIET_MS)).toBe(0)
  })

  it('paces the list and the views beside it apart once a train has stored a large import', () => {
    noteIngestBurst(10_000, LARGE_IMPORT_ARTICLES - 1)
    expect(pacedDelayMs(10_000, 10_200, 'side')).toBe(PACED_READ_MS - 200)
    noteIngestBurst(10_100, 1)
    expect(pacedDelayMs(10_000, 10_200, 'list')).toBe(IMPORT_PACED_READ_MS - 200)
    expect(pacedDelayMs(10_000, 10_200, 'side')).toBe(SIDE_PACED_READ_MS - 200)
    // A pause shorter than IMPORT_QUIET_MS (the train ended and a new one starts) keeps the import large...
    noteIngestBurst(10_100 + BURST_QUIET_MS, 1)
    expect(pacedDelayMs(10_000 + BURST_QUIET_MS, 10_200 + BURST_QUIET_MS, 'side')).toBe(SIDE_PACED_READ_MS - 200)
    // ...a longer one ends it: the next train starts small.
    const later = 10_100 + BURST_QUIET_MS + IMPORT_QUIET_MS
    noteIngestBurst(later, 1)
    expect(pacedDelayMs(later - 100, later + 100, 'side')).toBe(PACED_READ_MS - 200)
  })
})
