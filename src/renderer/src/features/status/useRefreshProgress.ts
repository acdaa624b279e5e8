import { useEffect, useState } from 'react'
import type { RefreshProgress } from '../../../../shared/model'
import { useServices } from '../../lib/services'

/** The latest progress event from the main process (undefined before the first). */
export function useRefreshProgress(): RefreshProgress | undefined {
  const { api } = useServices()
  const [progress, setProgress] = useState<RefreshProgress>()
  useEffect(() => api.onRefreshProgress(setProgress), [api])
  return progress
}
