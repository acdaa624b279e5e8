import { useEffect, type CSSProperties } from 'react'
import { ArticlesPane } from './features/articles/ArticlesPane'
import { useCurrentView } from './features/articles/useCurrentView'
import { AddFeedDialog } from './features/feeds/AddFeedDialog'
import { HelpDialog } from './features/keyboard/HelpDialog'
import { OpmlImportDialog } from './features/opml/OpmlImportDialog'
import { ContextMenu } from './features/context-menu/ContextMenu'
import { RulesDialog } from './features/rules/RulesDialog'
import { PaneResizer } from './features/layout/PaneResizer'
import { SiteIconsProvider } from './features/icons/SiteIcons'
import { startIconSync } from './features/icons/icon-sync'
import { useServices } from './lib/services'
import { useGeneralSettingsApplied } from './features/settings/useGeneralSettingsApplied'
import { useKeyboard } from './features/keyboard/useKeyboard'
import { useOpenRequestHandler } from './desktop/useOpenRequestHandler'
import { useUnreadBadge } from './desktop/useUnreadBadge'
import { ReaderPane } from './features/reader/ReaderPane'
import { LibraryOpening } from './features/status/LibraryOpening'
import { Sidebar } from './features/sidebar/Sidebar'
import { useLayout } from './state/layout'
import { applyTheme, useReadingSettings } from './state/reading-settings'

/** The keyboard follows the current view; kept in its own component so a filter change re-renders only this, not
 *  the whole shell (the sidebar's 200 feeds, the dialogs). */
function KeyboardShortcuts() {
  useKeyboard(useCurrentView())
  return null
}

/** General settings follow the feed list (new feeds get the interval); alone here so that does not re-render the shell. */
function GeneralSettingsEffects() {
  useGeneralSettingsApplied()
  return null
}

/** The desktop around the window: its badge, and what it asks of the window (links, files, menu, notifications). */
function DesktopEffects() {
  useUnreadBadge()
  useOpenRequestHandler()
  return null
}

/** The layout shell: three named landmarks, the dialogs, the keyboard and the theme. Nothing else decided here. */
export function App() {
  const theme = useReadingSettings((s) => s.theme)
  useEffect(() => applyTheme(theme), [theme])
  const { db, api } = useServices()
  useEffect(() => startIconSync(db, api), [db, api])
  const widths = useLayout((s) => s.widths)
  // Widths the reader dragged; otherwise base.css sizes the panes from the window width.
  const style = {
    ...(widths.feeds ? { '--feeds-width': `${widths.feeds}px` } : {}),
    ...(widths.articles ? { '--articles-width': `${widths.articles}px` } : {}),
  } as CSSProperties
  return (
    <SiteIconsProvider>
      <div className="app" style={style}>
        <KeyboardShortcuts />
        <GeneralSettingsEffects />
        <DesktopEffects />
        <LibraryOpening />
        <nav aria-label="Feeds" className="pane pane-feeds">
          <Sidebar />
        </nav>
        <PaneResizer pane="feeds" label="Resize the Feeds pane" />
        <main aria-label="Articles" className="pane pane-articles">
          <ArticlesPane />
        </main>
        <PaneResizer pane="articles" label="Resize the Articles pane" />
        <article aria-label="Reader" className="pane pane-reader" tabIndex={-1} data-pane="reader">
          <ReaderPane />
        </article>
        <AddFeedDialog />
        <HelpDialog />
        <OpmlImportDialog />
        <ContextMenu />
        <RulesDialog />
      </div>
    </SiteIconsProvider>
  )
}
