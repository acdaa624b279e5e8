// One condition of a rule in the editor: its kind, then the inputs that kind needs.
import type { Condition, Feed, TextField } from '../../db'
import { TOPIC_LABELS } from '../../lib/topics'

const KINDS: { kind: Condition['kind']; label: string }[] = [
  { kind: 'text', label: 'Text contains' },
  { kind: 'feed', label: 'Feed is' },
  { kind: 'folder', label: 'Folder is' },
  { kind: 'countries', label: 'About the country' },
  { kind: 'topics', label: 'Topic is' },
  { kind: 'language', label: 'Language is' },
  { kind: 'outlet', label: 'Outlet country is' },
]
const FIELDS: { field: TextField; label: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'summary', label: 'Summary' },
  { field: 'fullText', label: 'Full text' },
  { field: 'author', label: 'Author' },
]

export function emptyCondition(kind: Condition['kind'], feeds: Feed[]): Condition {
  switch (kind) {
    case 'text':
      return { kind, fields: ['title', 'summary'], mode: 'words', value: '' }
    case 'feed':
      return { kind, feedIds: feeds[0] ? [feeds[0].id] : [] }
    case 'folder':
      return { kind, folder: feeds.find((f) => f.folder)?.folder ?? '' }
    case 'topics':
      return { kind, topics: ['politics'] }
    case 'language':
      return { kind, languages: [] }
    default:
      return { kind, countries: [] }
  }
}

/** Codes typed as "FR, de": upper-case country codes or lower-case language tags. */
const codes = (text: string, upper: boolean) => text.split(/[\s,]+/).filter(Boolean).map((c) => (upper ? c.toUpperCase() : c.toLowerCase()))

interface Props {
  condition: Condition
  feeds: Feed[]
  index: number
  onChange(c: Condition): void
  onRemove(): void
}

export function ConditionEditor({ condition: c, feeds, index, onChange, onRemove }: Props) {
  const n = index + 1
  const folders = [...new Set(feeds.flatMap((f) => (f.folder ? [f.folder] : [])))].sort()
  return (
    <fieldset className="rule-condition">
      <legend className="visually-hidden">Condition {n}</legend>
      <select aria-label={`Condition ${n} kind`} value={c.kind} onChange={(e) => onChange(emptyCondition(e.target.value as Condition['kind'], feeds))}>
        {KINDS.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </select>
      {c.kind === 'text' && (
        <>
          <select aria-label={`Condition ${n} match`} value={c.mode} onChange={(e) => onChange({ ...c, mode: e.target.value as typeof c.mode })}>
            <option value="words">any of the words</option>
            <option value="phrase">the phrase</option>
            <option value="regex">the regular expression</option>
          </select>
          <input type="text" aria-label={`Condition ${n} text`} value={c.value} maxLength={300} onChange={(e) => onChange({ ...c, value: e.target.value })} />
          <span className="rule-fields">
            {FIELDS.map((f) => (
              <label key={f.field} className="checkbox">
                <input
                  type="checkbox"
                  checked={c.fields.includes(f.field)}
                  onChange={(e) => onChange({ ...c, fields: e.target.checked ? [...c.fields, f.field] : c.fields.filter((x) => x !== f.field) })}
                />
                {f.label}
              </label>
            ))}
          </span>
        </>
      )}
      {c.kind === 'feed' && (
        <select aria-label={`Condition ${n} feed`} value={c.feedIds[0] ?? ''} onChange={(e) => onChange({ ...c, feedIds: [e.target.value] })}>
          {feeds.map((f) => (
            <option key={f.id} value={f.id}>
              {f.customTitle ?? f.title}
            </option>
          ))}
        </select>
      )}
      {c.kind === 'folder' && (
        <select aria-label={`Condition ${n} folder`} value={c.folder} onChange={(e) => onChange({ ...c, folder: e.target.value })}>
          {folders.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      )}
      {c.kind === 'topics' && (
        <select aria-label={`Condition ${n} topic`} value={c.topics[0]} onChange={(e) => onChange({ ...c, topics: [e.target.value as (typeof c.topics)[number]] })}>
          {Object.entries(TOPIC_LABELS).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      )}
      {(c.kind === 'countries' || c.kind === 'outlet') && (
        <input type="text" aria-label={`Condition ${n} country codes`} placeholder="FR, DE" defaultValue={c.countries.join(', ')} onChange={(e) => onChange({ ...c, countries: codes(e.target.value, true) as typeof c.countries })} />
      )}
      {c.kind === 'language' && (
        <input type="text" aria-label={`Condition ${n} language codes`} placeholder="en, fr" defaultValue={c.languages.join(', ')} onChange={(e) => onChange({ ...c, languages: codes(e.target.value, false) })} />
      )}
      <button type="button" className="icon-button" aria-label={`Remove condition ${n}`} onClick={onRemove}>
        ×
      </button>
    </fieldset>
  )
}
