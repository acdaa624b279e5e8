import { useState } from 'react'
import { retagArticles } from '../../db'
import { useServices } from '../../lib/services'

/** "Re-tag all articles": runs the current classifier over every stored article; read/starred and the
 *  reader's corrections are kept (db/retag.ts). */
export function RetagButton() {
  const { db, api } = useServices()
  const [status, setStatus] = useState<string>()
  const [isRunning, setRunning] = useState(false)

  async function run() {
    setRunning(true)
    setStatus('Re-tagging…')
    try {
      const summary = await retagArticles(db, (r) => api.classifyArticles(r), {
        all: true,
        onProgress: (p) => setStatus(`Re-tagging… ${p.scanned.toLocaleString()} articles`),
      })
      setStatus(`Re-tagged ${summary.retagged.toLocaleString()} articles with classifier version ${summary.version}.`)
    } catch (err) {
      setStatus(`Re-tagging stopped: ${err instanceof Error ? err.message : String(err)}`)
    } finally {
      setRunning(false)
    }
  }

  return (
    <div className="retag">
      <button type="button" disabled={isRunning} onClick={() => void run()}>
        Re-tag all articles
      </button>
      {status && <p role="status" className="muted">{status}</p>}
    </div>
  )
}
