// Object URLs for stored image blobs, created when the set of images changes and revoked when it changes
// again or the component goes away, so an open reader never leaks a blob per article viewed.
import { useEffect, useState } from 'react'
import type { ImageRow } from '../db'

export function useBlobUrls(images: ImageRow[] | undefined): ReadonlyMap<string, string> {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map())
  // Live queries hand back new arrays for unrelated changes (usedAt); only a different set of images matters.
  const signature = (images ?? []).map((i) => `${i.key}:${i.bytes}`).join('\n')
  useEffect(() => {
    const created = new Map<string, string>()
    for (const image of images ?? []) created.set(image.url, URL.createObjectURL(image.blob))
    // No images before and none now (most articles): keep the same map, so the body is not sanitized again.
    setUrls((prev) => (created.size === 0 && prev.size === 0 ? prev : created))
    return () => created.forEach((url) => URL.revokeObjectURL(url))
  }, [signature])
  return urls
}
