// Whether the reader is using the app right now, for the library upgrade's pacing (db/data-migrations.ts): a key,
// a click, a scroll or a touch within the last ACTIVE_MS, an ingest burst landing, or a view holding background work
// back (the map). Background upgrade steps pause between batches while it says yes and run on otherwise.
import { isIngestBursting } from '../../db'
import { isBackgroundHeld } from '../../lib/background-hold'

/** How long after the last input the reader still counts as active: the next key of someone reading a list. */
export const ACTIVE_MS = 3000
const INPUTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const

/** Starts watching the window's input; returns the question to ask, and a stop function. */
export function watchReaderActivity(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window, now = () => performance.now()) {
  let lastInputAt = -Infinity
  const returns = new Set<() => void>()
  const onInput = () => {
    const wasAway = now() - lastInputAt >= ACTIVE_MS
    lastInputAt = now()
    if (wasAway) for (const listener of [...returns]) listener()
  }
  for (const type of INPUTS) target.addEventListener(type, onInput, { capture: true, passive: true })
  return {
    isReaderActive: () => now() - lastInputAt < ACTIVE_MS || isIngestBursting() || isBackgroundHeld(),
    /** Calls `listener` at the first input after ACTIVE_MS without any (the reader coming back); returns its removal. */
    onReaderReturn: (listener: () => void) => {
      returns.add(listener)
      return () => void returns.delete(listener)
    },
    stop: () => {
      returns.clear()
      for (const type of INPUTS) target.removeEventListener(type, onInput, { capture: true })
    },
  }
}
