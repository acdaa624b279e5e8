import { useState } from 'react'
import type { Feed } from '../../db/schema'
import { isBrowserMode } from '../../lib/api'

interface Props {
  feed: Pick<Feed, 'siteUrl' | 'url'>
  name: string
  /** Off in browser mode, which runs against loopback feeds whose sites never resolve: every failed image load
   *  logs a console error that no code can catch, and the e2e tests require a clean console. */
  shouldLoad?: boolean
}

/** The site's /favicon.ico, or the name's first letter when there is none (or it fails to load). */
export function Favicon({ feed, name, shouldLoad = !isBrowserMode }: Props) {
  const [failed, setFailed] = useState(false)
  let src: string | undefined
  try {
    src = shouldLoad ? `${new URL(feed.siteUrl ?? feed.url).origin}/favicon.ico` : undefined
  } catch {
    src = undefined
  }
  if (!src || failed) {
    // The letter is CSS-generated, not text: it is decoration and must not enter the button's visible label.
    return <span className="favicon favicon-letter" aria-hidden="true" data-letter={(name.trim()[0] ?? '?').toUpperCase()} />
  }
  return <img className="favicon" src={src} alt="" width={16} height={16} loading="lazy" referrerPolicy="no-referrer" onError={() => setFailed(true)} />
}
