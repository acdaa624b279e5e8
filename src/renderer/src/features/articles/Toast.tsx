import { useEffect } from 'react'
import { useUi } from '../../state/ui-store'

const SHOW_MS = 10_000

/** The latest notice (mark all read, OPML import) with its undo; a polite live region, gone after 10 s. */
export function Toast() {
  const toast = useUi((s) => s.toast)
  const showToast = useUi((s) => s.showToast)
  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(() => showToast(null), SHOW_MS)
    return () => clearTimeout(timer)
  }, [toast, showToast])
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast">
          <span>{toast.message}</span>
          {toast.undo && (
            <button type="button" onClick={() => void toast.undo?.()}>
              Undo
            </button>
          )}
          <button type="button" className="link-button" aria-label="Dismiss" onClick={() => showToast(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  )
}
