import { useRef, type ChangeEvent } from 'react'
import { importOpmlFeeds } from '../../db'
import { OpmlError, describeImport, parseOpml } from '../../lib/opml'
import { useServices } from '../../lib/services'
import { useUi } from '../../state/ui-store'

/** Picks an OPML file, subscribes to its feeds (folders kept, duplicates skipped), reports, and fetches them. */
export function OpmlImportButton() {
  const services = useServices()
  const showToast = useUi((s) => s.showToast)
  const input = useRef<HTMLInputElement>(null)

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = '' // picking the same file again must fire change again
    if (!file) return
    try {
      const report = await importOpmlFeeds(services.db, parseOpml(await file.text()))
      showToast({ message: describeImport({ added: report.added.length, duplicates: report.duplicates.length, invalid: report.invalid.length }) })
      if (report.added.length) void services.api.refreshNow(report.added.map((f) => f.id)).catch(() => undefined)
    } catch (err) {
      const reason = err instanceof OpmlError ? err.message : `Could not read ${file.name}: ${err instanceof Error ? err.message : String(err)}`
      showToast({ message: reason })
    }
  }

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import OPML…
      </button>
      <input ref={input} type="file" accept=".opml,.xml,text/xml,application/xml,text/x-opml" hidden aria-label="OPML file to import" onChange={(e) => void onFile(e)} />
    </>
  )
}
