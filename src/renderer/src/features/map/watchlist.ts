// The reader's watched countries (issue 20). They are the desktop notifications' watched countries (desktop
// settings, kept by the main process), so starring a country on the map also asks to be notified of new articles
// about it, and the settings screen and the map edit one list.
import { useEffect } from 'react'
import { create } from 'zustand'
import type { NewsApi } from '../../../../shared/api'
import type { CountryCode } from '../../../../shared/model'
import { onNotificationWatch, setNotificationWatch } from '../../desktop/start-notifications'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'

const logger = log.scope('watchlist')

interface WatchState {
  /** Undefined until read from the settings. */
  codes: CountryCode[] | undefined
  set(codes: CountryCode[]): void
}

const useWatchlist = create<WatchState>()((set) => ({ codes: undefined, set: (codes) => set({ codes }) }))
// Every saved watch (the map's star, the settings screen) reaches the store, mounted map or not: one list, live.
onNotificationWatch((watch) => useWatchlist.getState().set(watch.countries))

/** The watched countries: read from the settings once per session, then kept in step with every save (the map's
 *  star or the settings screen, through setNotificationWatch). */
export function useWatchedCountries(): CountryCode[] {
  const { api } = useServices()
  const codes = useWatchlist((s) => s.codes)
  useEffect(() => {
    if (codes !== undefined) return
    api.getDesktopSettings().then(
      (s) => useWatchlist.getState().codes === undefined && useWatchlist.getState().set(s.notifications.watch.countries),
      (err: unknown) => logger.warn('could not read the watched countries', err),
    )
  }, [api, codes])
  return codes ?? []
}

/** Watches the country, or stops watching it; saved in the desktop settings. */
export async function toggleWatched(api: Pick<NewsApi, 'getDesktopSettings' | 'updateDesktopSettings'>, code: CountryCode): Promise<void> {
  const settings = await api.getDesktopSettings()
  const current = settings.notifications.watch.countries
  const countries = current.includes(code) ? current.filter((c) => c !== code) : [...current, code]
  const result = await api.updateDesktopSettings({ notifications: { watch: { ...settings.notifications.watch, countries } } })
  if (!result.ok) {
    logger.warn(`could not save the watched countries: ${result.error.message}`)
    return
  }
  setNotificationWatch(result.value.notifications.watch) // the store follows through onNotificationWatch
}
