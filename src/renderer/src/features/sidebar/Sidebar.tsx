import { useUi } from '../../state/ui-store'
import { useLayout, type SidebarTab } from '../../state/layout'
import { FacetsPanel } from '../facets/FacetsPanel'
import { FeedTree } from '../feeds/FeedTree'
import { RefreshStatus } from '../status/RefreshStatus'
import { UpgradeNotice } from '../status/UpgradeNotice'
import { OpmlExportButton } from './OpmlExportButton'
import { OpmlImportButton } from './OpmlImportButton'
import { SmartViews } from './SmartViews'
import { SavedViews } from '../views/SavedViews'
import { LabelViews } from '../labels/LabelViews'
import { OfflineSettingsButton } from '../../offline/OfflineSettingsButton'
import { GeneralSettingsButton } from '../settings/GeneralSettingsButton'

const TABS: { id: SidebarTab; label: string }[] = [
  { id: 'feeds', label: 'Feeds' },
  { id: 'filters', label: 'Filters' },
]

/** The Feeds pane: refresh state, smart views, then two tabs, so the filters are one click away however many
 *  feeds there are: the subscriptions (with OPML), and the country, topic and outlet filters. */
export function Sidebar() {
  const openDialog = useUi((s) => s.openDialog)
  const tab = useLayout((s) => s.sidebarTab)
  const setTab = useLayout((s) => s.setSidebarTab)
  const activeFilters = useUi((s) => s.countries.length + s.topics.length + s.outlets.length)
  return (
    <>
      <div className="sidebar-top">
        <button type="button" className="primary" onClick={() => openDialog('add-feed')}>
          + Add a feed
        </button>
        <RefreshStatus />
        <UpgradeNotice />
      </div>
      <SmartViews />
      <SavedViews />
      <LabelViews />
      <div className="sidebar-tabs" role="tablist" aria-label="Sidebar">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`sidebar-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`sidebar-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = TABS[(TABS.findIndex((x) => x.id === tab) + 1) % TABS.length]!
                setTab(next.id)
                document.getElementById(`sidebar-tab-${next.id}`)?.focus()
              }
            }}
          >
            {t.label}
            {t.id === 'filters' && activeFilters > 0 && <span className="badge">{activeFilters}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`sidebar-panel-${tab}`} aria-labelledby={`sidebar-tab-${tab}`} className="sidebar-panel">
        {tab === 'feeds' ? (
          <>
            <FeedTree />
            <div className="opml-buttons">
              <OpmlImportButton />
              <OpmlExportButton />
            </div>
          </>
        ) : (
          <FacetsPanel />
        )}
      </div>
      <div className="sidebar-bottom">
        <GeneralSettingsButton />
        <button type="button" onClick={() => openDialog('rules')}>
          Rules and muted words
        </button>
        <OfflineSettingsButton />
      </div>
    </>
  )
}
