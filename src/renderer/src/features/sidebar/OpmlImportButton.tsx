import { useRef, type ChangeEvent } from 'react'
import { useServices } from '../../lib/services'
import { runOpmlImport } from '../opml/run-opml-import'
import { useOpmlImport } from '../../state/opml-import'

/** Picks an OPML file and imports it (folders kept, duplicates skipped) in the import dialog (mounted once, in App),
 *  then fetches the new feeds. */
export function OpmlImportButton() {
  const services = useServices()
  const input = useRef<HTMLInputElement>(null)

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = '' // picking the same file again must fire change again
    if (!file) return
    let text: string
    try {
      text = await file.text()
    } catch (err) {
      return useOpmlImport.getState().fail(file.name, `Could not read ${file.name}: ${err instanceof Error ? err.message : String(err)}`)
    }
    await runOpmlImport(services, text, file.name)
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
