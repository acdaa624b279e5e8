// Runs an OPML import for the UI: parse, subscribe in batches with progress and cancel, then ask for the added feeds
// to be fetched. They are stored with their first poll held back (db/opml-import.ts) so that polling does not compete
// with the import; the main process polls the ones its schedule does not name yet as soon as it does.
import { importOpmlFeeds } from '../../db'
import { OpmlError, parseOpml, type OpmlFeed } from '../../lib/opml'
import type { Services } from '../../lib/services'
import { useOpmlImport } from '../../state/opml-import'

/** Skipped addresses listed in the summary; the counts are always whole. */
const LISTED = 200

export async function runOpmlImport({ db, api }: Services, text: string, fileName: string): Promise<void> {
  const store = useOpmlImport.getState()
  let feeds: OpmlFeed[]
  try {
    feeds = parseOpml(text)
  } catch (err) {
    return store.fail(fileName, err instanceof OpmlError ? err.message : `Could not read ${fileName}: ${describe(err)}`)
  }
  const signal = store.begin(fileName, feeds.length)
  try {
    const report = await importOpmlFeeds(db, feeds, { signal, onProgress: ({ done }) => useOpmlImport.getState().progress(done) })
    useOpmlImport.getState().finish({
      added: report.added.length,
      duplicates: report.duplicates.slice(0, LISTED),
      duplicateCount: report.duplicates.length,
      invalid: report.invalid.slice(0, LISTED),
      invalidCount: report.invalid.length,
      cancelled: report.cancelled === true,
    })
    // A failed refresh shows on each feed as its error; the call's own failure adds nothing.
    if (report.added.length) void api.refreshNow(report.added.map((f) => f.id)).catch(() => undefined)
  } catch (err) {
    useOpmlImport.getState().fail(fileName, `Import of ${fileName} stopped: ${describe(err)}. Feeds subscribed before the error stay subscribed.`)
  }
}

const describe = (err: unknown) => (err instanceof Error ? err.message : String(err))
