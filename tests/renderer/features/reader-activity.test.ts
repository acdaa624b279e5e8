// The upgrade's question "is the reader using the app?": yes for ACTIVE_MS after a key, click, scroll or touch, and
// while an ingest burst lands or a view holds background work back; no otherwise, and no input counts once stopped.
import { afterEach, describe, expect, it } from 'vitest'
import { ACTIVE_MS, watchReaderActivity } from '../../../src/renderer/src/features/status/reader-activity'
import { noteIngestBurst } from '../../../src/renderer/src/db'
import { holdBackgroundWork } from '../../../src/renderer/src/lib/background-hold'

let t = 1_000_000
const clock = () => t
const watchers: { stop(): void }[] = []
afterEach(() => {
  for (const w of watchers.splice(0)) w.stop()
})

function watch() {
  const target = new EventTarget()
  const w = watchReaderActivity(target as unknown as Window, clock)
  watchers.push(w)
  return { target, ...w }
}

describe('reader activity', () => {
  it('is active for ACTIVE_MS after each kind of input, then not', () => {
    for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) {
      t += 10 * ACTIVE_MS
      const w = watch()
      expect(w.isReaderActive()).toBe(false)
      w.target.dispatchEvent(new Event(type))
      t += ACTIVE_MS - 1
      expect(w.isReaderActive()).toBe(true)
      t += 1
      expect(w.isReaderActive()).toBe(false)
    }
  })

  it('ignores input once stopped', () => {
    t += 10 * ACTIVE_MS
    const w = watch()
    w.stop()
    w.target.dispatchEvent(new Event('keydown'))
    expect(w.isReaderActive()).toBe(false)
  })

  it('is active while a view holds background work back, and while ingest bursts land', () => {
    t += 10 * ACTIVE_MS
    const w = watch()
    const release = holdBackgroundWork()
    expect(w.isReaderActive()).toBe(true)
    release()
    expect(w.isReaderActive()).toBe(false)
    noteIngestBurst()
    expect(w.isReaderActive()).toBe(true)
  })

  it('says the reader came back at the first input after ACTIVE_MS without any, not at every input', () => {
    t += 10 * ACTIVE_MS
    const w = watch()
    let returns = 0
    const unsubscribe = w.onReaderReturn(() => returns++)
    w.target.dispatchEvent(new Event('keydown'))
    t += ACTIVE_MS - 1
    w.target.dispatchEvent(new Event('wheel'))
    expect(returns).toBe(1)
    t += ACTIVE_MS
    w.target.dispatchEvent(new Event('pointerdown'))
    expect(returns).toBe(2)
    unsubscribe()
    t += 2 * ACTIVE_MS
    w.target.dispatchEvent(new Event('keydown'))
    expect(returns).toBe(2)
  })
})
