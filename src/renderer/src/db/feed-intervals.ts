// The reader's refresh interval applied to every feed (issue 17's General settings). Each feed keeps it as its
// base interval; sync.ts sends the changed feeds to the main process, which reschedules them.
import type { MeridianDb } from './schema'

/** Sets every feed's base interval; returns how many changed. */
export function setAllFeedIntervals(db: MeridianDb, minutes: number): Promise<number> {
  return db.feeds.filter((f) => f.intervalMinutes !== minutes).modify({ intervalMinutes: minutes })
}
