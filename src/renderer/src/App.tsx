import { ArticleList } from './features/articles/ArticleList'
import { AddFeedForm } from './features/feeds/AddFeedForm'
import { FeedList } from './features/feeds/FeedList'
import { ReaderPane } from './features/reader/ReaderPane'

/** The layout shell: three named landmarks, nothing else decided here. */
export function App() {
  return (
    <div className="app">
      <nav aria-label="Feeds" className="pane pane-feeds">
        <AddFeedForm />
        <FeedList />
      </nav>
      <main aria-label="Articles" className="pane pane-articles">
        <ArticleList />
      </main>
      <article aria-label="Reader" className="pane pane-reader">
        <ReaderPane />
      </article>
    </div>
  )
}
