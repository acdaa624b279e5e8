// One way to start a refresh, for the button, the `r` key and "Retry all failing feeds": the outcome of the call
// lands in one place (this store), where RefreshStatus shows it.
import { create } from 'zustand'
import type { NewsApi } from '../../../../shared/api'

interface RefreshControl {
  /** Why the last refresh request itself failed (the main process unreachable); cleared by the next one. */
  error?: string
  clearError(): void
}

export const useRefreshControl = create<RefreshControl>()((set) => ({
  error: undefined,
  clearError: () => set({ error: undefined }),
}))

/** Asks main to refresh (all feeds, or the ones named); a failed request is reported in the status bar. */
export async function requestRefresh(api: Pick<NewsApi, 'refreshNow'>, feedIds?: string[]): Promise<void> {
  useRefreshControl.setState({ error: undefined })
  try {
    await api.refreshNow(feedIds)
  } catch (err) {
    useRefreshControl.setState({ error: `Refresh failed: ${err instanceof Error ? err.message : String(err)}` })
  }
}
