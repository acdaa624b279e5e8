import { useEffect, useState } from 'react'
import { useServices } from '../../lib/services'

/** How long opening the database may take before the reader is told why nothing shows yet. */
export const SLOW_OPEN_MS = 1000
const POLL_MS = 250

/** A notice while the database takes long to open. After installing a version whose schema changed, the one-time
 *  upgrade rewrites part of the library first (measured: about two minutes for 100,000 articles), and until then
 *  every pane is empty: without a word, that looks like a hang. Dexie opens the database on the panes' first read;
 *  this only watches (calling open() here as well would race the tests' and the app's own close). */
export function LibraryOpening() {
  const { db } = useServices()
  const [isSlow, setIsSlow] = useState(false)
  useEffect(() => {
    const started = Date.now()
    const timer = setInterval(() => {
      // A failed open is reported where the data is read; this notice only explains a wait.
      const isSettled = db.isOpen() || db.hasFailed()
      setIsSlow(!isSettled && Date.now() - started >= SLOW_OPEN_MS)
      if (isSettled) clearInterval(timer)
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [db])
  if (!isSlow) return null
  return (
    <div role="status" className="library-opening">
      Preparing your library… After an update this is done once and can take a few minutes with a large library.
    </div>
  )
}
