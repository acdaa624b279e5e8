// Which rises of watched countries to notify about: each watched country at most once per local day, the first time
// it is seen rising that day. The log of what was sent is kept in localStorage by the caller.
import type { CountryCode } from '../../../../shared/model'
import type { Rise } from './rising'

/** country → the day it was last notified as rising ('YYYY-MM-DD'). */
export type NoticeLog = Record<string, string>

export function riseNotices(rises: Rise[], watched: readonly CountryCode[], log: NoticeLog, today: string): { notify: Rise[]; log: NoticeLog } {
  const notify = rises.filter((r) => watched.includes(r.key) && log[r.key] !== today)
  if (notify.length === 0) return { notify, log }
  const next: NoticeLog = {}
  // Only today's entries are kept: older days can never match again.
  for (const [c, day] of Object.entries(log)) if (day === today) next[c] = day
  for (const r of notify) next[r.key] = today
  return { notify, log: next }
}
