import { feedsForExport } from '../../db'
import { buildOpml } from '../../lib/opml'
import { useServices } from '../../lib/services'

/** Downloads every subscription as OPML (a Blob through a temporary link: no file-system access needed). */
export function OpmlExportButton() {
  const { db } = useServices()
  async function exportOpml() {
    const blob = new Blob([buildOpml(await feedsForExport(db))], { type: 'text/x-opml' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = 'meridian-subscriptions.opml'
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return (
    <button type="button" onClick={() => void exportOpml()}>
      Export OPML
    </button>
  )
}
