import { feedsForExport } from '../../db'
import { downloadFile } from '../../lib/download-file'
import { buildOpml } from '../../lib/opml'
import { useServices } from '../../lib/services'

/** Downloads every subscription as OPML. */
export function OpmlExportButton() {
  const { db } = useServices()
  async function exportOpml() {
    downloadFile(new Blob([buildOpml(await feedsForExport(db))], { type: 'text/x-opml' }), 'meridian-subscriptions.opml')
  }
  return (
    <button type="button" onClick={() => void exportOpml()}>
      Export OPML
    </button>
  )
}
