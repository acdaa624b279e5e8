// Hands the General settings to where they act: the concurrency to the main process, the refresh interval to
// every feed (new ones included), and the start choices once, when the window opens.
import { useEffect } from 'react'
import { setAllFeedIntervals } from '../../db'
import { log } from '../../lib/log'
import { useServices } from '../../lib/services'
import { useGeneralSettings } from '../../state/general-settings'
import { useUi } from '../../state/ui-store'
import { useFeeds } from '../feeds/useFeeds'
import { requestRefresh } from '../status/refresh-control'

const logger = log.scope('settings')

export function useGeneralSettingsApplied(): void {
  const { db, api } = useServices()
  const concurrency = useGeneralSettings((s) => s.concurrency)
  const refreshMinutes = useGeneralSettings((s) => s.refreshMinutes)
  const feedCount = useFeeds()?.length ?? 0
  useEffect(() => {
    const { onStart, startView } = useGeneralSettings.getState()
    if (startView === 'unread') useUi.getState().select({ kind: 'unread' })
    if (onStart === 'refresh') void requestRefresh(api)
  }, [api])
  useEffect(() => {
    api.setConcurrency(concurrency).catch((err: unknown) => logger.warn(`concurrency not applied: ${String(err)}`))
  }, [api, concurrency])
  useEffect(() => {
    if (feedCount > 0) setAllFeedIntervals(db, refreshMinutes).catch((err: unknown) => logger.warn(`interval not applied: ${String(err)}`))
  }, [db, refreshMinutes, feedCount])
}
