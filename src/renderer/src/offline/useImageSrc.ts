// The src to use for a single image outside article HTML (the reader's lead image, list thumbnails): the
// stored copy as a blob: URL when there is one, else the remote URL only when remote images are allowed.
import { useLiveQuery } from 'dexie-react-hooks'
import { findStoredImage, getOfflineSettings } from '../db'
import { useServices } from '../lib/services'
import { useBlobUrls } from './useBlobUrls'
import { useOnline } from './useOnline'

export function useImageSrc(url: string | undefined, prefer: 'thumb' | 'full' = 'full'): string | undefined {
  const { db } = useServices()
  // null = looked up, nothing stored; undefined = still looking (never request remote before knowing).
  const stored = useLiveQuery(async () => (url ? ((await findStoredImage(db, url, prefer)) ?? null) : null), [db, url, prefer])
  const settings = useLiveQuery(() => getOfflineSettings(db), [db])
  const isOnline = useOnline()
  const blobUrls = useBlobUrls(stored ? [stored] : undefined)
  if (!url || stored === undefined || settings === undefined) return undefined
  if (stored) return blobUrls.get(url)
  return isOnline && settings.loadRemoteImages ? url : undefined
}
