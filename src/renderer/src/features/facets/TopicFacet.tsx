import { useId } from 'react'
import { TOPICS, type TopicId } from '../../../../shared/model'
import { topicLabel } from '../../lib/topics'
import { FacetOption } from './FacetOption'

/** The 17 topics in their fixed order, each with its count for the current view. */
export function TopicFacet({ counts, selected, onToggle }: { counts: Map<TopicId, number> | undefined; selected: TopicId[]; onToggle(t: TopicId): void }) {
  const headingId = useId()
  return (
    <section className="facet" aria-labelledby={headingId}>
      <h3 id={headingId}>Topics</h3>
      <ul className="facet-list" aria-label="Topics">
        {TOPICS.map((t) => (
          <FacetOption key={t} label={topicLabel(t)} count={counts?.get(t) ?? 0} isSelected={selected.includes(t)} onToggle={() => onToggle(t)} />
        ))}
      </ul>
    </section>
  )
}
