// "Why these tags?": the article's two country tiers and its topics, each with the words that decided it, what the
// tags were read from, and the buttons that correct them (move a country between tiers, remove a tag).
import type { ReactNode } from 'react'
import type { CountryCode, TagEvidence, TopicId } from '../../../../shared/model'
import type { StoredArticle, TagEdit } from '../../db'
import { countryName } from '../../lib/countries'
import { topicLabel } from '../../lib/topics'

interface Props {
  article: StoredArticle
  onEdit(edit: TagEdit): void
}

/** A sentence on where the tags come from; nothing for articles tagged before the classifier said. */
function sourceNote(evidence: TagEvidence | undefined): string | undefined {
  if (evidence?.source === 'teaser') return 'Tagged from the feed’s teaser: the full text may change these tags.'
  if (evidence?.source === 'full-text') return 'Tagged from the article’s full text.'
  return undefined
}

function because(words: string[] | undefined, isCorrection: boolean): string {
  const reason = words?.length ? `because of “${words.join('”, “')}”` : ''
  if (isCorrection) return reason ? `${reason}; placed here by you` : 'placed here by you'
  return reason || 'added by you'
}

function countryWords(evidence: TagEvidence | undefined, c: CountryCode): string[] | undefined {
  return evidence?.countries[c] ?? evidence?.mentions?.[c] // a country the reader moved keeps its words
}

export function TagTiers({ article, onEdit }: Props) {
  const evidence = article.tagEvidence
  const user = article.userTags
  const mentions = article.mentions ?? []
  const note = sourceNote(evidence)
  const country = (c: CountryCode, tier: 'about' | 'mention') => {
    const name = countryName(c)
    const isCorrection = tier === 'about' ? (user?.addCountries.includes(c) ?? false) : (user?.addMentions?.includes(c) ?? false)
    const move: TagEdit = tier === 'about' ? { action: 'add', kind: 'mention', value: c } : { action: 'add', kind: 'country', value: c }
    const remove: TagEdit = tier === 'about' ? { action: 'remove', kind: 'country', value: c } : { action: 'remove', kind: 'mention', value: c }
    return (
      <li key={c}>
        {name} <span className="muted">{because(countryWords(evidence, c), isCorrection)}</span>{' '}
        <button type="button" onClick={() => onEdit(move)}>
          {tier === 'about' ? `Move ${name} to also mentioned` : `Move ${name} to about`}
        </button>{' '}
        <button type="button" onClick={() => onEdit(remove)}>
          Remove {name}
        </button>
      </li>
    )
  }
  const topic = (t: TopicId) => (
    <li key={t}>
      {topicLabel(t)} <span className="muted">{because(evidence?.topics[t], false)}</span>{' '}
      <button type="button" onClick={() => onEdit({ action: 'remove', kind: 'topic', value: t })}>
        Remove {topicLabel(t)}
      </button>
    </li>
  )
  return (
    <>
      {note && <p className="tag-source">{note}</p>}
      <TierList title="About" empty="No country this story is about.">{article.countries.map((c) => country(c, 'about'))}</TierList>
      {mentions.length > 0 && <TierList title="Also mentioned">{mentions.map((c) => country(c, 'mention'))}</TierList>}
      {evidence?.topicsUnavailable && <p className="tag-source">Topics are not available in this language.</p>}
      {(!evidence?.topicsUnavailable || article.topics.length > 0) && <TierList title="Topics" empty="No topic.">{article.topics.map(topic)}</TierList>}
    </>
  )
}

function TierList({ title, empty, children }: { title: string; empty?: string; children: ReactNode[] }) {
  return (
    <section className="tag-tier" aria-label={title}>
      <h4 className="tag-tier-title">{title}:</h4>
      {children.length > 0 ? <ul className="tag-editor-list">{children}</ul> : <p className="muted">{empty}</p>}
    </section>
  )
}
