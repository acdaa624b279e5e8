import { useId } from 'react'
import { useUi } from '../../state/ui-store'
import './search.css'

/** What the `/` shortcut focuses (features/keyboard). */
export const SEARCH_BOX_SELECTOR = 'input[data-article-search]'

/** The article search field above the list. Escape clears it and gives the keyboard back to the shortcuts. */
export function SearchBox() {
  const query = useUi((s) => s.query)
  const setQuery = useUi((s) => s.setQuery)
  const id = useId()
  return (
    <div className="article-search" role="search">
      <label htmlFor={id} className="visually-hidden">
        Search articles
      </label>
      <input
        id={id}
        type="search"
        placeholder="Search articles  /"
        autoComplete="off"
        spellCheck={false}
        value={query}
        data-article-search=""
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return
          e.preventDefault()
          setQuery('')
          e.currentTarget.blur()
        }}
      />
    </div>
  )
}
