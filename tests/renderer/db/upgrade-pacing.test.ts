// The runner's pacing: background steps pause between batches as long as a batch took while the reader uses the app,
// and run on (the short pause every step has) while the reader is away; steps the reader waits for never pause long.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/renderer/src/db/schema'
import { runDataMigrations } from '../../../src/renderer/src/db/data-migrations'
import { nextPace } from '../../../src/renderer/src/db/data-migration-pacing'
import { DATA_STEPS } from '../../../src/renderer/src/db/migrations/data-steps'
import { createAt, manyArticlesAt } from './released-schemas'

const TOOK_MS = 700

/** Every pause the runner made, with the step of the batch before it, when each batch "took" TOOK_MS. */
async function pausesOf(isReaderActive: (() => boolean) | undefined): Promise<{ step: string; ms: number }[]> {
  const name = `pacing-${Math.random().toString(36).slice(2)}`
  await createAt(14, name, manyArticlesAt(14, 130))
  const db = openDatabase(name)
  const pauses: { step: string; ms: number }[] = []
  let step = ''
  let t = 0
  try {
    const done = await runDataMigrations(db, {
      batchSize: 40,
      isReaderActive,
      clock: () => (t += TOOK_MS),
      onProgress: (p) => void (step = p.step),
      sleep: async (ms) => void pauses.push({ step, ms }),
    })
    expect(done).toBe(true)
  } finally {
    db.close()
    await db.delete()
  }
  return pauses
}

const isBackground = (name: string) => DATA_STEPS.find((s) => s.name === name)?.isBackground === true

describe('upgrade pacing', () => {
  it('background steps pause as long as their batch took while the reader is active, and not otherwise', async () => {
    for (const active of [() => true, undefined]) {
      const pauses = await pausesOf(active)
      const background = pauses.filter((p) => isBackground(p.step))
      expect(background.length).toBeGreaterThan(3)
      expect(background.every((p) => p.ms === TOOK_MS)).toBe(true)
      expect(pauses.filter((p) => !isBackground(p.step)).every((p) => p.ms < 50)).toBe(true)
    }
  })

  it('with the reader away, no step pauses long', async () => {
    const pauses = await pausesOf(() => false)
    expect(pauses.some((p) => isBackground(p.step))).toBe(true)
    expect(pauses.every((p) => p.ms < 50)).toBe(true)
  })

  it('asks again after every batch: a reader who comes back slows the step down at once', async () => {
    let batches = 0
    const pauses = await pausesOf(() => ++batches > 12)
    const background = pauses.filter((p) => isBackground(p.step))
    const firstLong = background.findIndex((p) => p.ms === TOOK_MS)
    expect(firstLong).toBeGreaterThanOrEqual(0)
    expect(background.slice(firstLong).every((p) => p.ms === TOOK_MS)).toBe(true)
    expect(pauses.slice(0, pauses.indexOf(background[firstLong])).every((p) => p.ms < 50)).toBe(true)
  })
})

describe('batch sizes by activity', () => {
  const background = DATA_STEPS.find((s) => s.isBackground)!
  const foreground = DATA_STEPS.find((s) => !s.isBackground)!
  /** The limits a step's batches reach when each batch takes `msPerUnit` per unit. */
  const limitsOf = (step: typeof background, active: boolean, msPerUnit: number, batches = 12) => {
    const out = [250]
    for (let i = 1; i < batches; i++) out.push(nextPace(step, out[i - 1], out[i - 1] * msPerUnit, active).limit)
    return out
  }

  it('a background step with the reader away grows to batches of about 2 s, up to 20,000 units', () => {
    expect(limitsOf(background, false, 0.2).at(-1)).toBe(10_000)
    expect(limitsOf(background, false, 0.01).at(-1)).toBe(20_000)
  })

  it('with the reader active, or for a step the reader waits for, batches aim at 1 s, up to 5,000', () => {
    expect(limitsOf(background, true, 0.2).at(-1)).toBe(5_000)
    expect(limitsOf(background, true, 1).at(-1)).toBe(1_000)
    expect(limitsOf(foreground, false, 1).at(-1)).toBe(1_000)
    expect(limitsOf(foreground, false, 0.01).at(-1)).toBe(5_000)
  })

  it('shrinks the batch at once when the reader comes back: at most half, and 5,000', () => {
    expect(nextPace(background, 10_000, 2000, true)).toEqual({ limit: 5_000, pauseMs: 2000 })
    expect(nextPace(background, 6_000, 2000, true)).toEqual({ limit: 3_000, pauseMs: 2000 })
  })
})
