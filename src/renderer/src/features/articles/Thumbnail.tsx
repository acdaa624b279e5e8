import { useState } from 'react'
import { useImageSrc } from '../../offline/useImageSrc'

/** A lazy list thumbnail that disappears when the image cannot be loaded, rather than showing a broken icon. */
export function Thumbnail({ url }: { url: string }) {
  const [failed, setFailed] = useState(false)
  const src = useImageSrc(url, 'thumb') // stored thumbnail, or remote only when allowed (offline/useImageSrc.ts)
  if (failed || !src) return null
  return <img className="row-thumb" src={src} alt="" loading="lazy" decoding="async" referrerPolicy="no-referrer" onError={() => setFailed(true)} />
}
