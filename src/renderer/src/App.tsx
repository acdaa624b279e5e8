import { useEffect } from 'react'
import { ArticlesPane } from './features/articles/ArticlesPane'
import { useCurrentView } from './features/articles/useCurrentView'
import { AddFeedDialog } from './features/feeds/AddFeedDialog'
import { HelpDialog } from './features/keyboard/HelpDialog'
import { useKeyboard } from './features/keyboard/useKeyboard'
import { ReaderPane } from './features/reader/ReaderPane'
import { LibraryOpening } from './features/status/LibraryOpening'
import { Sidebar } from './features/sidebar/Sidebar'
import { applyTheme, useReadingSettings } from './state/reading-settings'

/** The keyboard follows the current view; kept in its own component so a filter change re-renders only this, not
 *  the whole shell (the sidebar's 200 feeds, the dialogs). */
function KeyboardShortcuts() {
  useKeyboard(useCurrentView())
  return null
}

/** The layout shell: three named landmarks, the dialogs, the keyboard and the theme. Nothing else decided here. */
export function App() {
  const theme = useReadingSettings((s) => s.theme)
  useEffect(() => applyTheme(theme), [theme])
  return (
    <div className="app">
      <KeyboardShortcuts />
      <LibraryOpening />
      <nav aria-label="Feeds" className="pane pane-feeds">
        <Sidebar />
      </nav>
      <main aria-label="Articles" className="pane pane-articles">
        <ArticlesPane />
      </main>
      <article aria-label="Reader" className="pane pane-reader" tabIndex={-1} data-pane="reader">
        <ReaderPane />
      </article>
      <AddFeedDialog />
      <HelpDialog />
    </div>
  )
}
