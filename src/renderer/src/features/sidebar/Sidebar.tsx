import { useUi } from '../../state/ui-store'
import { FacetsPanel } from '../facets/FacetsPanel'
import { FeedTree } from '../feeds/FeedTree'
import { RefreshStatus } from '../status/RefreshStatus'
import { OpmlExportButton } from './OpmlExportButton'
import { OpmlImportButton } from './OpmlImportButton'
import { SmartViews } from './SmartViews'
import { OfflineSettingsButton } from '../../offline/OfflineSettingsButton'

/** The Feeds pane: refresh state, smart views, subscriptions, facets, OPML. */
export function Sidebar() {
  const openDialog = useUi((s) => s.openDialog)
  return (
    <>
      <div className="sidebar-top">
        <button type="button" className="primary" onClick={() => openDialog('add-feed')}>
          + Add a feed
        </button>
        <RefreshStatus />
      </div>
      <SmartViews />
      <h3 className="sidebar-heading">Feeds</h3>
      <FeedTree />
      <FacetsPanel />
      <div className="opml-buttons">
        <OpmlImportButton />
        <OpmlExportButton />
      </div>
      <OfflineSettingsButton />
    </>
  )
}
