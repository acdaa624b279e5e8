import { useEffect } from 'react'
import type { CountryCode } from '../../../../shared/model'
import { firstPage } from '../../db'
import { countryName } from '../../lib/countries'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'
import { riseNotices, type NoticeLog } from './rise-notices'
import type { Rise } from './rising'
import { rangeStart } from './time-range'

const KEY = 'meridian.riseNotices'
const logger = log.scope('watchlist')

function readLog(): NoticeLog {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}')
    return parsed && typeof parsed === 'object' ? (parsed as NoticeLog) : {}
  } catch {
    return {} // a damaged log only means a rise may be notified twice
  }
}

/** Sends a desktop notification (through the main process's watch batching) the first time each day a watched
 *  country is seen rising, naming its newest headline. */
export function useRiseNotifications(rises: Rise[], watched: CountryCode[], today: string | undefined): void {
  const { db, api } = useServices()
  useEffect(() => {
    if (!today || watched.length === 0) return
    const { notify, log: next } = riseNotices(rises, watched, readLog(), today)
    if (notify.length === 0) return
    localStorage.setItem(KEY, JSON.stringify(next))
    void (async () => {
      const since = rangeStart('today')
      const hits = []
      for (const r of notify) {
        const [top] = await firstPage(db, { scope: { kind: 'today', since }, countries: [r.key] }, 1)
        if (top) hits.push({ watchKey: `country:${r.key}`, label: `${countryName(r.key)} (rising: ${r.today} today)`, articleId: top.id, title: top.title })
      }
      if (hits.length) await api.notifyWatchHits(hits)
    })().catch((err: unknown) => logger.warn('could not notify rising watched countries', err))
  }, [db, api, rises, watched, today]) // re-run on every new series; the log keeps each notice to once a day
}
