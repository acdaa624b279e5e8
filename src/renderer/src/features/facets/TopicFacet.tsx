import { useState } from 'react'
import { TOPICS, type TopicId } from '../../../../shared/model'
import { topicLabel } from '../../lib/topics'
import { SidebarSection } from '../sidebar/SidebarSection'
import { FacetOption } from './FacetOption'

/** The topics with articles in the current view, in their fixed order with their counts; the empty ones wait
 *  behind a button (a ticked one always shows, to be unticked). */
export function TopicFacet({ counts, selected, onToggle, trends }: { counts: Map<TopicId, number> | undefined; selected: TopicId[]; onToggle(t: TopicId): void; trends?: Map<string, number[]> }) {
  const [showEmpty, setShowEmpty] = useState(false)
  const count = (t: TopicId) => counts?.get(t) ?? 0
  const empty = TOPICS.filter((t) => count(t) === 0 && !selected.includes(t))
  const shown = showEmpty ? TOPICS : TOPICS.filter((t) => !empty.includes(t))
  return (
    <SidebarSection id="topics" title="Topics">
      {counts && shown.length === 0 && <p className="hint">None in this view yet.</p>}
      <ul className="facet-list" aria-label="Topics">
        {shown.map((t) => (
          <FacetOption key={t} label={topicLabel(t)} count={count(t)} isSelected={selected.includes(t)} trend={trends?.get(t)} onToggle={() => onToggle(t)} />
        ))}
      </ul>
      {counts && empty.length > 0 && (
        <button type="button" className="link-button" onClick={() => setShowEmpty(!showEmpty)}>
          {showEmpty ? 'Hide topics with no articles here' : `Show ${empty.length} more with no articles here`}
        </button>
      )}
    </SidebarSection>
  )
}
